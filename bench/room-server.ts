/**
 * The workshop server alone in a process of its own, for the bench's room measure: its memory is
 * then the server's, not the forty clients'. It tells its parent its address, and answers each
 * "memory" message with its process's memory.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startWorkshopServer } from '../src/live-room/server.ts';

const dist = mkdtempSync(join(tmpdir(), 'rv-bench-room-'));
writeFileSync(join(dist, 'index.html'), '<!doctype html><title>bench</title>');
const server = await startWorkshopServer({ dist, host: '127.0.0.1', port: 0, log: () => {} });
process.send?.({ url: server.url });
process.on('message', (message) => {
  if (message === 'memory') {
    globalThis.gc?.();
    process.send?.({ memory: process.memoryUsage() });
  } else if (message === 'stop') void server.close().then(() => process.exit(0));
});
