import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test, vi } from 'vitest';
import {
  CHROME_FLAGS,
  type ChromeChoice,
  type ChromeSearch,
  findChrome,
  launchOptions,
  removeAbandonedUnpacks,
} from '../../src/harness/chrome.ts';

const BUNDLED: ChromeChoice = {
  executablePath: '/repo/node_modules/.cache/rendez-vous/chromium-147.0.0/chromium',
  source: 'bundled',
  env: { LD_LIBRARY_PATH: '/x/lib', FONTCONFIG_FILE: '/x/fonts.conf' },
};

/** A machine with these files, on Linux x64 unless said; `bundled` counts its calls (unpacking is slow). */
function machine(files: readonly string[], overrides: Partial<ChromeSearch> = {}) {
  const calls = { bundled: 0 };
  const search: ChromeSearch = {
    env: {},
    platform: 'linux',
    arch: 'x64',
    exists: (path) => files.includes(path),
    bundled: async () => {
      calls.bundled++;
      return BUNDLED;
    },
    ...overrides,
  };
  return { search, calls };
}

test('CHROME_PATH wins over a system browser, and nothing is unpacked', async () => {
  const { search, calls } = machine(['/opt/chrome', '/usr/bin/chromium'], { env: { CHROME_PATH: '/opt/chrome' } });
  await expect(findChrome(search)).resolves.toEqual({ executablePath: '/opt/chrome', source: 'CHROME_PATH', env: {} });
  expect(calls.bundled).toBe(0);
});

test('a CHROME_PATH that points nowhere fails, naming it, rather than quietly using another browser', async () => {
  const { search } = machine(['/usr/bin/chromium'], { env: { CHROME_PATH: '/nowhere' } });
  await expect(findChrome(search)).rejects.toThrow('CHROME_PATH is set to "/nowhere", but there is no file there.');
});

test('else a system Chromium or Chrome, in the order of the usual places', async () => {
  const { search, calls } = machine(['/usr/bin/google-chrome', '/usr/bin/chromium-browser']);
  await expect(findChrome(search)).resolves.toEqual({
    executablePath: '/usr/bin/chromium-browser',
    source: 'system',
    env: {},
  });
  expect(calls.bundled).toBe(0);
});

test('a Mac looks in /Applications', async () => {
  const chrome = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
  const { search } = machine([chrome], { platform: 'darwin', arch: 'arm64' });
  await expect(findChrome(search)).resolves.toMatchObject({ executablePath: chrome, source: 'system' });
});

test('else, on Linux x64, the Chromium that npm installed', async () => {
  const { search, calls } = machine([]);
  await expect(findChrome(search)).resolves.toBe(BUNDLED);
  expect(calls.bundled).toBe(1);
});

test('no browser at all: a failure that says what was tried and how to get one', async () => {
  const { search, calls } = machine([], { platform: 'darwin', arch: 'arm64' });
  await expect(findChrome(search)).rejects.toThrow(
    /looked at \/Applications\/Google Chrome\.app.*Linux x64 only.*Install Chrome or Chromium, or set CHROME_PATH/,
  );
  // The bundled Chromium is a Linux x64 build: it is not even tried elsewhere.
  expect(calls.bundled).toBe(0);
});

test('the bundled Chromium missing from node_modules is the same clear failure', async () => {
  const { search } = machine([], { bundled: async () => null });
  await expect(findChrome(search)).rejects.toThrow(/looked at \/usr\/bin\/chromium, .*set CHROME_PATH/);
});

afterEach(() => {
  vi.unstubAllEnvs();
});

test("the bundled browser launches with its own libraries first, before the user's, and its fonts", () => {
  vi.stubEnv('LD_LIBRARY_PATH', '/usr/local/lib');
  const options = launchOptions(BUNDLED, ['--mute-audio']);
  expect(options.executablePath).toBe(BUNDLED.executablePath);
  expect(options.args).toEqual([...CHROME_FLAGS, '--mute-audio']);
  expect(options.env?.LD_LIBRARY_PATH).toBe('/x/lib:/usr/local/lib');
  expect(options.env?.FONTCONFIG_FILE).toBe('/x/fonts.conf');
});

test("a system browser launches with the user's environment untouched", () => {
  vi.stubEnv('LD_LIBRARY_PATH', '/usr/local/lib');
  const options = launchOptions({ executablePath: '/usr/bin/chromium', source: 'system', env: {} });
  expect(options.env?.LD_LIBRARY_PATH).toBe('/usr/local/lib');
  expect(options.env?.FONTCONFIG_FILE).toBe(process.env.FONTCONFIG_FILE);
});

test('half-unpacked copies left by runs that died are deleted; one still being unpacked, and the rest, stay', () => {
  const parent = mkdtempSync(join(tmpdir(), 'rendez-vous-unpack-'));
  const names = [
    'chromium-147.0.0',
    'chromium-147.0.0.111.partial',
    'chromium-147.0.0.222.partial',
    'chromium-146.0.0.111.partial',
    'chromium-147.0.0.x.partial',
  ];
  for (const name of names) mkdirSync(join(parent, name));
  removeAbandonedUnpacks(join(parent, 'chromium-147.0.0'), (pid) => pid === 222);
  expect(readdirSync(parent).sort()).toEqual([
    'chromium-146.0.0.111.partial',
    'chromium-147.0.0',
    'chromium-147.0.0.222.partial',
    'chromium-147.0.0.x.partial',
  ]);
  rmSync(parent, { recursive: true });
});
