import { type Browser, chromium } from 'playwright-core';
import { inject } from 'vitest';

/**
 * This worker's Chromium (started by global-browser.ts), for one test file. Closing what this
 * returns closes the file's contexts and its connection, never the browser itself.
 */
export function launchBrowser(): Promise<Browser> {
  const endpoints = inject('chromeEndpoints');
  const worker = Number(process.env.VITEST_POOL_ID ?? '1');
  const endpoint = endpoints[(worker - 1) % endpoints.length];
  if (!endpoint) throw new Error('no browser was started for the browser tests (see tests/e2e/global-browser.ts)');
  return chromium.connect(endpoint);
}
