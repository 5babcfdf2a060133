import {
  createReadStream,
  createWriteStream,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createBrotliDecompress } from 'node:zlib';
import { type Browser, chromium, type LaunchOptions } from 'playwright-core';
import { extract } from 'tar-fs';

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

/** Where a system Chromium or Chrome usually is, by platform. */
const SYSTEM_BROWSERS: Readonly<Record<string, readonly string[]>> = {
  linux: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'],
  darwin: ['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', '/Applications/Chromium.app/Contents/MacOS/Chromium'],
  win32: [
    'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
    'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
  ],
};

/** A browser to launch: its executable and what it needs in its environment. */
export interface ChromeChoice {
  readonly executablePath: string;
  /** Where it came from, for the log line: screenshots differ between Chromium builds. */
  readonly source: 'CHROME_PATH' | 'system' | 'bundled';
  readonly env: Readonly<Record<string, string>>;
}

/** What the finder looks at; tests pass their own. */
export interface ChromeSearch {
  readonly env: NodeJS.ProcessEnv;
  readonly platform: NodeJS.Platform;
  readonly arch: string;
  readonly exists: (path: string) => boolean;
  /** Unpacks the Chromium of the project's devDependencies and says where it is, or null if it cannot. */
  readonly bundled: () => Promise<ChromeChoice | null>;
}

const defaultSearch = (): ChromeSearch => ({
  env: process.env,
  platform: process.platform,
  arch: process.arch,
  exists: existsSync,
  bundled: bundledChromium,
});

/**
 * `CHROME_PATH`, else a system Chromium or Chrome, else the Chromium that `npm install` brought
 * (`@sparticuz/chromium`, Linux x64 only). Fails loudly: a browser test never skips silently.
 */
export async function findChrome(search: ChromeSearch = defaultSearch()): Promise<ChromeChoice> {
  const fromEnv = search.env.CHROME_PATH;
  if (fromEnv) {
    if (!search.exists(fromEnv)) throw new Error(`CHROME_PATH is set to "${fromEnv}", but there is no file there.`);
    return { executablePath: fromEnv, source: 'CHROME_PATH', env: {} };
  }
  const candidates = SYSTEM_BROWSERS[search.platform] ?? [];
  const system = candidates.find((path) => search.exists(path));
  if (system) return { executablePath: system, source: 'system', env: {} };
  const bundled = search.platform === 'linux' && search.arch === 'x64' ? await search.bundled() : null;
  if (bundled) return bundled;
  throw new Error(
    `No Chromium or Chrome found (looked at ${candidates.join(', ') || 'no usual place on this platform'}; ` +
      `the Chromium that npm installs runs on Linux x64 only). Install Chrome or Chromium, or set CHROME_PATH to a Chromium-based browser.`,
  );
}

/** The installed `@sparticuz/chromium`: its packed files, version and the `node_modules` it is in; null when not installed. */
function sparticuzFolder(): { bin: string; version: string; nodeModules: string } | null {
  try {
    // The package exports only its entry point (build/cjs/index.cjs), three folders down.
    const entry = createRequire(import.meta.url).resolve('@sparticuz/chromium');
    const folder = join(dirname(entry), '..', '..');
    const { version } = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as { version: string };
    return { bin: join(folder, 'bin'), version, nodeModules: dirname(dirname(folder)) };
  } catch {
    return null;
  }
}

async function unbrotli(source: string, target: string): Promise<void> {
  await pipeline(createReadStream(source), createBrotliDecompress(), createWriteStream(target, { mode: 0o755 }));
}

async function untarBrotli(source: string, folder: string): Promise<void> {
  await pipeline(createReadStream(source), createBrotliDecompress(), extract(folder));
}

/**
 * Unpacks `@sparticuz/chromium` once into `node_modules/.cache` (later runs reuse it): the browser,
 * SwiftShader beside it (WebGL in software), the NSS/NSPR/expat libraries that minimal images lack
 * (`lib/`, passed as LD_LIBRARY_PATH) and its fonts with a fontconfig file that points at them
 * (without fonts, canvas text renders blank). The package's own `executablePath()` unpacks into the
 * shared temp folder and skips the libraries outside Amazon Linux, hence this.
 */
async function bundledChromium(): Promise<ChromeChoice | null> {
  const found = sparticuzFolder();
  if (!found) return null;
  const folder = join(found.nodeModules, '.cache', 'rendez-vous', `chromium-${found.version}`);
  const choice: ChromeChoice = {
    executablePath: join(folder, 'chromium'),
    source: 'bundled',
    env: { LD_LIBRARY_PATH: join(folder, 'lib'), FONTCONFIG_FILE: join(folder, 'fonts.conf') },
  };
  if (existsSync(join(folder, 'ready'))) return choice;
  // Unpacked beside, then renamed: two processes unpacking at once never see half a browser.
  removeAbandonedUnpacks(folder);
  const work = `${folder}.${process.pid}.partial`;
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  await Promise.all([
    unbrotli(join(found.bin, 'chromium.br'), join(work, 'chromium')),
    untarBrotli(join(found.bin, 'swiftshader.tar.br'), work),
    untarBrotli(join(found.bin, 'al2023.tar.br'), work),
    untarBrotli(join(found.bin, 'fonts.tar.br'), work),
  ]);
  writeFileSync(
    join(work, 'fonts.conf'),
    `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n  <dir>${join(folder, 'fonts')}</dir>\n  <cachedir>${join(folder, 'fonts-cache')}</cachedir>\n</fontconfig>\n`,
  );
  writeFileSync(join(work, 'ready'), `${found.version}\n`);
  try {
    renameSync(work, folder);
  } catch (error) {
    // Another process finished first: keep its copy.
    rmSync(work, { recursive: true, force: true });
    if (!existsSync(join(folder, 'ready'))) throw error;
  }
  return choice;
}

/** Whether a process is running (one of another user's answers EPERM, but exists). */
function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Deletes the half-unpacked copies (`<folder>.<pid>.partial`) that an interrupted run left, some
 * 600 MB each; a copy whose process still runs is being unpacked and is left alone.
 */
export function removeAbandonedUnpacks(folder: string, alive: (pid: number) => boolean = processAlive): void {
  const parent = dirname(folder);
  if (!existsSync(parent)) return;
  const pattern = new RegExp(`^${basename(folder).replace(/[.]/g, '\\.')}\\.(\\d+)\\.partial$`);
  for (const name of readdirSync(parent)) {
    const pid = Number(pattern.exec(name)?.[1] ?? Number.NaN);
    if (Number.isInteger(pid) && !alive(pid)) rmSync(join(parent, name), { recursive: true, force: true });
  }
}

/** The browser's own libraries first, then whatever the user's LD_LIBRARY_PATH already named. */
function libraryPath(own: string | undefined, user: string | undefined): { LD_LIBRARY_PATH?: string } {
  const path = [own, user].filter((part): part is string => Boolean(part)).join(':');
  return path ? { LD_LIBRARY_PATH: path } : {};
}

/** The options that launch the chosen browser headless, quiet and offline. */
export function launchOptions(choice: ChromeChoice, extraArgs: readonly string[] = []): LaunchOptions {
  return {
    executablePath: choice.executablePath,
    args: [...CHROME_FLAGS, ...extraArgs],
    env: { ...process.env, ...choice.env, ...libraryPath(choice.env.LD_LIBRARY_PATH, process.env.LD_LIBRARY_PATH) },
  };
}

/** Finds a browser and launches it, logging which one: screenshots differ between builds. */
export async function launchBrowser(extraArgs: readonly string[] = []): Promise<Browser> {
  const choice = await findChrome();
  const browser = await chromium.launch(launchOptions(choice, extraArgs));
  console.log(`browser: ${choice.executablePath} (${choice.source}), Chromium ${browser.version()}`);
  return browser;
}
