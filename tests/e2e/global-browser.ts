import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { findChrome, launchOptions } from '../../src/harness/chrome.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The WebSocket address of the one Chromium that every browser test file connects to. */
    chromeEndpoint: string;
  }
}

/**
 * Starts one Chromium for the whole browser project, before any file runs: the bundled browser is
 * unpacked once, the launch is paid once, and the log says once which browser the run used. Each
 * file connects to it and works in contexts of its own, which share nothing.
 */
export default async function startBrowser(project: TestProject): Promise<() => Promise<void>> {
  const choice = await findChrome();
  const server = await chromium.launchServer(launchOptions(choice));
  const version = await chromium.connect(server.wsEndpoint()).then(async (browser) => {
    const v = browser.version();
    await browser.close();
    return v;
  });
  console.log(`browser tests: ${choice.executablePath} (${choice.source}), Chromium ${version}`);
  project.provide('chromeEndpoint', server.wsEndpoint());
  return () => server.close();
}
