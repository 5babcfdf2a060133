import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';

/** Flags that keep a headless Chromium quiet and offline (see shared/STACK.md). */
export const CHROME_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
] as const;

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'] as const;

/** `CHROME_PATH`, else a system Chromium or Chrome. Fails loudly: a browser test never skips silently. */
export function findChrome(env: NodeJS.ProcessEnv = process.env, exists: (path: string) => boolean = existsSync): string {
  const fromEnv = env.CHROME_PATH;
  if (fromEnv) {
    if (!exists(fromEnv)) throw new Error(`CHROME_PATH is set to "${fromEnv}", but there is no file there.`);
    return fromEnv;
  }
  const found = CANDIDATES.find((path) => exists(path));
  if (!found) {
    throw new Error(
      `No Chromium or Chrome found (looked at ${CANDIDATES.join(', ')}). ` +
        'Install one (on Debian: apt-get install chromium) or set CHROME_PATH to a Chromium-based browser.',
    );
  }
  return found;
}

export async function launchBrowser(): Promise<Browser> {
  const executablePath = findChrome();
  const browser = await chromium.launch({ executablePath, args: [...CHROME_FLAGS] });
  console.log(`browser tests: ${executablePath}, Chromium ${browser.version()}`);
  return browser;
}

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

/** Everything a page reports as wrong: console errors, uncaught errors, failed or missing requests. */
export function watchForErrors(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} ${request.failure()?.errorText ?? ''}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return problems;
}

/**
 * Waits for the page's finite animations (a screen's text settling in) to end, so that a check of
 * colours reads what the player sees once the screen is still, not a frame of a fade. Endless ones
 * (the interruption's pulse) are left running.
 */
export async function animationsSettled(page: Page): Promise<void> {
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((animation) => animation.effect?.getComputedTiming().iterations !== Number.POSITIVE_INFINITY)
        .map((animation) => animation.finished.catch(() => undefined)),
    ),
  );
}
