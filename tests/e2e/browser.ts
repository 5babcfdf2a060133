import { type Browser, chromium } from 'playwright-core';
import { inject } from 'vitest';

/**
 * The run's Chromium (started by global-browser.ts), for one test file. Closing what this returns
 * closes the file's contexts and its connection, never the browser the other files use.
 */
export function launchBrowser(): Promise<Browser> {
  return chromium.connect(inject('chromeEndpoint'));
}
