import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

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
 * Text every static host sends compressed: served raw, the game would measure slower on a phone's
 * network than any real host makes it (Lighthouse's mobile preset counted 1 MB of savings).
 */
const COMPRESSIBLE: ReadonlySet<string> = new Set(['.html', '.js', '.css', '.svg', '.json', '.webmanifest']);

/**
 * Serves a built `dist/` on 127.0.0.1 on a free port; nothing leaves the machine. RENDEZVOUS_DIST
 * names another build to serve instead of `dist` (`vite build --outDir <dir>`), so that two people
 * working in one checkout can build and test without overwriting each other's build.
 */
export interface ServeOptions {
  /** Extra headers for a served path: a learning platform's own Content-Security-Policy, say. */
  readonly headers?: (path: string) => Readonly<Record<string, string>>;
  /** Takes POST requests (a learning platform's saves), each answered 200 with `{"result":"true"}`. */
  readonly onPost?: (path: string, body: string) => void;
  /** Answers a request before the files do; returns false to leave it to them (the workshop's live room). */
  readonly handle?: (request: IncomingMessage, response: ServerResponse) => boolean;
  /** Where to listen: 127.0.0.1 on a free port unless said (the workshop listens on the local network). */
  readonly host?: string;
  readonly port?: number;
}

export async function serveDirectory(
  root: string,
  options: ServeOptions = {},
): Promise<{ url: string; server: Server; close(): Promise<void> }> {
  const base = resolve(root === 'dist' ? (process.env.RENDEZVOUS_DIST ?? root) : root);
  if (!existsSync(join(base, 'index.html'))) {
    throw new Error(`${join(base, 'index.html')} is missing: run "npm run build" before the browser tests.`);
  }
  /** Each file compressed once per version of it. */
  const packed = new Map<string, { mtime: number; body: Buffer }>();
  const gzipped = (file: string, mtime: number, body: Buffer) => {
    const known = packed.get(file);
    if (known?.mtime === mtime) return known.body;
    const fresh = gzipSync(body);
    packed.set(file, { mtime, body: fresh });
    return fresh;
  };
  const server: Server = createServer((request, response) => {
    if (options.handle?.(request, response)) return;
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    const file = normalize(join(base, path === '/' ? 'index.html' : path));
    const { onPost } = options;
    if (request.method === 'POST' && onPost) {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        onPost(path, Buffer.concat(chunks).toString('utf8'));
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end('{"result":"true"}');
      });
      return;
    }
    const extra = options.headers?.(path) ?? {};
    const send = async () => {
      if (!file.startsWith(base)) throw new Error('not found');
      const info = await stat(file);
      if (!info.isFile()) throw new Error('not found');
      const body = await readFile(file);
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      if (COMPRESSIBLE.has(extname(file)) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
        response.writeHead(200, { ...extra, 'content-type': type, 'content-encoding': 'gzip', vary: 'accept-encoding' });
        response.end(gzipped(file, info.mtimeMs, body));
        return;
      }
      response.writeHead(200, { ...extra, 'content-type': type });
      response.end(body);
    };
    send().catch(() => {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('not found');
    });
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, host, done);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}/`,
    server,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
