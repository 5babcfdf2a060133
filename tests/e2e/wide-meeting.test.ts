/**
 * A valid file built to be hard to weigh never freezes the debrief (issue 15): the meeting of the
 * issue (20 decisions of 12 options, each leading to a decision that loops on itself) and the same
 * kind of meeting where every option is remembered to the end (far more states than the road
 * explores). The debrief is drawn at once, the page answers while the road is weighed a slice at a
 * time, and the road ends either weighed as the engine weighs it or with "too large to compare".
 * How long it takes is measured by the bench, not asserted here.
 */
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type Lang, loadScenarioOrThrow, playToEnd, preferMoves, roadNotTaken } from '../../src/engine/index.ts';
import { openDebriefSection, playActions, returningPlayer, watchForErrors } from '../../src/harness/page-driver.ts';
import { serveDirectory } from '../../src/harness/static-server.ts';
import { wideMeeting } from '../../src/harness/wide-meeting.ts';
import { dt } from '../../src/ui/debrief-strings.ts';
import { launchBrowser } from './browser.ts';

const SHOTS = 'tests/screenshots';
const SEED = 5;
/** Moves on at once at each looping decision, and asks the open question where it can. */
const STYLE = preferMoves(['open-question', 'propose-next-step']);
const LAPTOP = { width: 1280, height: 800 };
const PHONE = { width: 360, height: 740 };

let server: Awaited<ReturnType<typeof serveDirectory>>;
let browser: Browser;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await serveDirectory(process.env.RENDEZVOUS_DIST ?? 'dist');
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Imports the file in the menu, plays `STYLE` to the debrief, and returns what the engine expects. */
async function playImported(page: Page, text: string, lang: Lang) {
  const scenario = loadScenarioOrThrow(text, 'wide.yaml');
  await page.goto(`${server.url}?lang=${lang}&seed=${SEED}`);
  await page.waitForSelector('[data-role="menu"]');
  await page.setInputFiles('[data-role="import-file"]', {
    name: 'wide.yaml',
    mimeType: 'application/yaml',
    buffer: Buffer.from(text),
  });
  const card = `.card[data-scenario="${scenario.id}"]`;
  await page.waitForSelector(card);
  await page.click(`${card} .start`);
  const expected = playToEnd(scenario, SEED, STYLE);
  // By mouse: a decision of twelve options has no number key for the last three.
  await playActions(page, expected.actions, 'mouse');
  return { scenario, expected };
}

async function openPage(viewport: { width: number; height: number }) {
  const context = await browser.newContext({ viewport });
  await returningPlayer(context);
  await context.addInitScript(() => localStorage.setItem('rendez-vous.text-speed', 'instant'));
  const page = await context.newPage();
  return { page, errors: watchForErrors(page), close: () => context.close() };
}

describe('a meeting too wide to weigh at once', () => {
  test('the meeting of the issue: the debrief is drawn, then its road is weighed as the engine weighs it', async () => {
    const { page, errors, close } = await openPage(LAPTOP);
    const { scenario, expected } = await playImported(page, wideMeeting(), 'en');
    expect(await page.textContent('[data-role="debrief"] [data-skill="listening"]')).toContain(String(expected.scores.listening));
    await openDebriefSection(page, 'road');
    await page.waitForSelector('[data-role="road-not-taken"][data-ready="true"]', { timeout: 120_000 });
    const road = roadNotTaken(scenario, SEED, expected.actions);
    if (road.kind !== 'weighed') throw new Error('the meeting of the issue is small enough to weigh');
    expect(road.decisions.length).toBeGreaterThan(0);
    const shown = await page.$$eval('.road', (items) => items.map((i) => (i as HTMLElement).dataset.node));
    expect(shown).toEqual(road.decisions.map((d) => d.nodeId));
    await page.$eval('[data-role="road-not-taken"]', (element) => element.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: `${SHOTS}/en-wide-meeting-road.png` });
    expect(errors).toEqual([]);
    await close();
  });

  for (const [lang, viewport] of [
    ['fr', LAPTOP],
    ['en', PHONE],
  ] as const) {
    test(`every option remembered (${lang}, ${viewport.width} px): the page answers while the road is weighed, which then says it is too large`, async () => {
      const { page, errors, close } = await openPage(viewport);
      // Six decisions of twelve options remembered to the end: 12⁶ ways that never meet again.
      await playImported(page, wideMeeting({ decisions: 6, remembered: true }), lang);
      await openDebriefSection(page, 'road');
      const road = '[data-role="road-not-taken"]';
      expect(await page.getAttribute(road, 'aria-busy')).toBe('true');
      expect((await page.textContent(`${road} .road-status`))?.trim()).toBe(dt('roadWeighing', lang));
      // The page is not frozen: "About the scoring" opens and closes while the road is still weighed.
      await page.click('[data-action="about-scoring"]');
      await page.waitForSelector('[data-role="about-scoring"][open]');
      await page.keyboard.press('Escape');
      await page.waitForSelector('[data-role="about-scoring"][open]', { state: 'detached' });
      expect(await page.getAttribute(road, 'data-ready')).toBe('false');

      await page.waitForSelector(`${road}[data-ready="true"]`, { timeout: 180_000 });
      expect(await page.getAttribute(road, 'aria-busy')).toBe('false');
      expect((await page.textContent(`${road} [data-road="too-large"]`))?.trim()).toBe(dt('roadTooLarge', lang));
      await page.$eval(road, (element) => element.scrollIntoView({ block: 'start' }));
      await page.screenshot({ path: `${SHOTS}/${lang}-wide-meeting-too-large-${viewport.width}.png` });
      expect(errors).toEqual([]);
      await close();
    });
  }
});
