/** Once loaded, the game installs as an app and plays with the network gone. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { playToEnd, preferMoves } from '../../src/engine/index.ts';
import { playActions, returningPlayer, watchForErrors } from '../../src/harness/page-driver.ts';
import { serveDirectory } from '../../src/harness/static-server.ts';
import { launchBrowser } from './browser.ts';
import { shippedMeeting } from './shipped.ts';

let server: Awaited<ReturnType<typeof serveDirectory>>;
let browser: Browser;

beforeAll(async () => {
  server = await serveDirectory('dist');
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test('the manifest names the game and offers icons an installer accepts', async () => {
  const page = await browser.newPage();
  await page.goto(server.url);
  const href = await page.getAttribute('link[rel="manifest"]', 'href');
  expect(href).toBeTruthy();
  const manifest = await page.evaluate(async (url) => (await fetch(url)).json(), href as string);
  expect(manifest).toMatchObject({ name: 'Rendez-vous', display: 'standalone', start_url: './' });
  const sizes = (manifest.icons as { sizes: string; type: string; src: string }[]).filter((i) => i.type === 'image/png');
  expect(sizes.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
  for (const icon of sizes) {
    const status = await page.evaluate(async (src) => (await fetch(src)).status, icon.src);
    expect(status, icon.src).toBe(200);
  }
  await page.close();
});

test('after one visit, the game opens and a meeting plays to its debrief with the network off', async () => {
  // The meeting's engine and the debrief are chunks of their own, fetched when first needed: the
  // service worker must have them too.
  const expected = playToEnd(shippedMeeting('mission-interview'), 5, preferMoves(['let-finish']));
  const context = await browser.newContext();
  await returningPlayer(context);
  const page = await context.newPage();
  const errors = watchForErrors(page);
  await page.goto(`${server.url}?lang=en&seed=5`);
  await page.waitForSelector('[data-role="menu"] .card[data-scenario]');
  // The service worker takes control of the page once it has cached the game.
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });

  await context.setOffline(true);
  await page.reload();
  await page.waitForSelector('[data-role="menu"] .card[data-scenario="mission-interview"]');
  await page.click('.card[data-scenario="mission-interview"] .start');
  await page.waitForSelector('[data-role="meeting"] [data-role="actions"] button');
  expect(await page.textContent('[data-role="meeting"]')).toContain('Claire Vasseur');
  await playActions(page, expected.actions, 'keyboard');
  expect(await page.locator('[data-role="debrief"]').getAttribute('data-outcome')).toBe(expected.outcome);
  expect(errors).toEqual([]);
  await context.close();
});
