/**
 * Meetings played one after another in one page leave nothing of theirs behind: no closure, no
 * listener, no detached DOM node more after the third than after the first. Counts from heap
 * snapshots, not timings or byte sizes (V8's compiled code grows for dozens of meetings, and byte
 * sizes move with it); a scene that forgets to remove one listener adds hundreds of closures a meeting.
 */
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type HeapCensus, takeHeapCensus } from '../../bench/heap-snapshot.ts';
import { playHoldingNothing } from '../../bench/page.ts';
import { loadScenarioOrThrow, playToEnd, preferMoves } from '../../src/engine/index.ts';
import { launchBrowser, serveDirectory, watchForErrors } from './browser.ts';

const FILE = 'dialogues/full-diary.yaml';
const scenario = loadScenarioOrThrow(readFileSync(FILE, 'utf8'), FILE);
const SEED = 7;

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

test('three meetings in one page: the third leaves as many closures, listeners and detached nodes as the first', async () => {
  const actions = playToEnd(scenario, SEED, preferMoves(['interrupt', 'oversell', 'monologue', 'deny-weakness'])).actions;
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, locale: 'en-GB', serviceWorkers: 'block' });
  await context.addInitScript(() => localStorage.setItem('rendez-vous.text-speed', 'instant'));
  const page = await context.newPage();
  const problems = watchForErrors(page);
  const cdp = await context.newCDPSession(page);
  await page.goto(`${server.url}?lang=en&seed=${SEED}`);
  const censuses: HeapCensus[] = [];
  for (let meeting = 1; meeting <= 3; meeting++) {
    await page.click(`.card[data-scenario="${scenario.id}"] .start`);
    await playHoldingNothing(page, actions);
    await page.click('[data-role="debrief"] [data-action="menu"]');
    await page.locator('[data-role="menu"] .card[data-scenario] .start').first().waitFor();
    if (meeting !== 2) censuses.push(await takeHeapCensus(cdp));
  }
  await context.close();
  const [first, third] = censuses;
  // A meeting's scene, panel and actor are hundreds of closures: any left behind shows.
  expect(first?.closures).toBeGreaterThan(1_000);
  expect(third?.closures).toBe(first?.closures);
  expect(third?.eventListeners).toBe(first?.eventListeners);
  expect(third?.detachedDomNodes).toBe(first?.detachedDomNodes);
  expect(problems).toEqual([]);
});
