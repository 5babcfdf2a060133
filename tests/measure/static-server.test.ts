/**
 * The server the browser tests and the bench load the game from: text compressed as a real host
 * sends it (else Lighthouse's phone preset measures a slower network than any host gives), nothing
 * outside the served folder.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { serveDirectory } from '../../src/harness/static-server.ts';

let root: string;
let server: Awaited<ReturnType<typeof serveDirectory>>;
const SCRIPT = `console.log(${JSON.stringify('a line of the game '.repeat(200))});`;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'rendez-vous-server-'));
  mkdirSync(join(root, 'site'));
  writeFileSync(join(root, 'site', 'index.html'), '<!doctype html><title>t</title>');
  writeFileSync(join(root, 'site', 'game.js'), SCRIPT);
  writeFileSync(join(root, 'site', 'tone.wav'), Buffer.alloc(4000, 7));
  writeFileSync(join(root, 'secret.txt'), 'outside');
  server = await serveDirectory(join(root, 'site'));
});

afterAll(async () => {
  await server?.close();
  rmSync(root, { recursive: true, force: true });
});

/** A raw request (fetch would undo the compression before the test could see it). */
function request(path: string, encoding: string | null): Promise<{ status: number; encoding: string | undefined; body: Buffer }> {
  return new Promise((done, fail) => {
    get(`${server.url}${path}`, { headers: encoding ? { 'accept-encoding': encoding } : {} }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        done({ status: response.statusCode ?? 0, encoding: response.headers['content-encoding'], body: Buffer.concat(chunks) }),
      );
    }).on('error', fail);
  });
}

test('a script is sent gzipped to a browser that accepts it, and is the same script unpacked', async () => {
  const packed = await request('game.js', 'gzip, deflate, br');
  expect(packed.encoding).toBe('gzip');
  expect(packed.body.length).toBeLessThan(SCRIPT.length / 4);
  expect(gunzipSync(packed.body).toString('utf8')).toBe(SCRIPT);
});

test('a client that does not accept gzip gets the file as it is; sound is never recompressed', async () => {
  const plain = await request('game.js', null);
  expect([plain.encoding, plain.body.toString('utf8')]).toEqual([undefined, SCRIPT]);
  const sound = await request('tone.wav', 'gzip');
  expect([sound.encoding, sound.body.length]).toEqual([undefined, 4000]);
});

test('nothing outside the served folder is sent', async () => {
  expect((await request('../secret.txt', 'gzip')).status).toBe(404);
  expect((await request('%2e%2e/secret.txt', 'gzip')).status).toBe(404);
});
