import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { findChrome, launchOptions } from '../../src/harness/chrome.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The WebSocket address of each worker's Chromium, by worker (VITEST_POOL_ID 1, 2, …). */
    chromeEndpoints: string[];
  }
}

/**
 * Starts one Chromium per worker before any file runs: the bundled browser is unpacked once, each
 * launch is paid once, and the log says once which browser the run used. A worker's files connect
 * to its own browser and work in contexts of their own, which share nothing. One browser per
 * worker rather than one for all: a browser draws every page's WebGL in a single GPU process,
 * which two files at once would queue on.
 */
export default async function startBrowsers(project: TestProject): Promise<() => Promise<void>> {
  const choice = await findChrome();
  const workers = Number(project.config.maxWorkers) || 1;
  const servers = await Promise.all(Array.from({ length: workers }, () => chromium.launchServer(launchOptions(choice))));
  const probe = await chromium.connect(servers[0]?.wsEndpoint() ?? '');
  console.log(
    `browser tests: ${choice.executablePath} (${choice.source}), Chromium ${probe.version()}, one per worker (${workers})`,
  );
  await probe.close();
  project.provide(
    'chromeEndpoints',
    servers.map((server) => server.wsEndpoint()),
  );
  return async () => {
    await Promise.all(servers.map((server) => server.close()));
  };
}
