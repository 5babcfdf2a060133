import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.wav': 'audio/wav',
};

/**
 * Serves a built `dist/` on 127.0.0.1 on a free port; nothing leaves the machine. RENDEZVOUS_DIST
 * names another build to serve instead of `dist` (`vite build --outDir <dir>`), so that two people
 * working in one checkout can build and test without overwriting each other's build.
 */
export async function serveDirectory(root: string): Promise<{ url: string; close(): Promise<void> }> {
  const base = resolve(root === 'dist' ? (process.env.RENDEZVOUS_DIST ?? root) : root);
  if (!existsSync(join(base, 'index.html'))) {
    throw new Error(`${join(base, 'index.html')} is missing: run "npm run build" before the browser tests.`);
  }
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    const file = normalize(join(base, path === '/' ? 'index.html' : path));
    const send = async () => {
      if (!file.startsWith(base) || !(await stat(file)).isFile()) throw new Error('not found');
      const body = await readFile(file);
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      response.end(body);
    };
    send().catch(() => {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('not found');
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
