/** The debrief's outcome terms, conversation figures, road not taken ("try again from here"), "About the scoring" and print. */
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { conversationFigures, type Lang, playToEnd, preferMoves, roadNotTaken } from '../../src/engine/index.ts';
import { openDebriefSection, playActions, readDebrief, watchForErrors } from '../../src/harness/page-driver.ts';
import { serveDirectory } from '../../src/harness/static-server.ts';
import { OUTCOME_TERMS } from '../../src/ui/debrief-strings.ts';
import { launchBrowser } from './browser.ts';
import { shippedMeeting } from './shipped.ts';

const scenario = shippedMeeting('mission-interview');
const SEED = 7;
const SHOTS = 'tests/screenshots';
/** A player who talks over the prospect: several decisions cost points, so there is a road not taken. */
const HASTY = ['interrupt', 'oversell', 'monologue', 'deny-weakness', 'force-decision'];

let server: Awaited<ReturnType<typeof serveDirectory>>;
let browser: Browser;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await serveDirectory('dist');
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function playHasty(page: Page, lang: Lang) {
  const expected = playToEnd(scenario, SEED, preferMoves(HASTY));
  await page.goto(`${server.url}?lang=${lang}&seed=${SEED}&scenario=${scenario.id}`);
  await playActions(page, expected.actions, 'keyboard');
  // The road and the figures are folded under the first screen: opened as a player opens them.
  await openDebriefSection(page, 'road');
  await openDebriefSection(page, 'figures');
  await page.waitForSelector('[data-role="road-not-taken"][data-ready="true"]', { timeout: 20_000 });
  return expected;
}

async function figureText(page: Page, key: string): Promise<string> {
  return ((await page.textContent(`[data-figure="${key}"] .value`)) ?? '').trim();
}

describe('the debrief in a real Chromium', () => {
  test('outcome in sales terms, figures and road not taken as the engine computes them; About the scoring; one printed page', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const errors = watchForErrors(page);
    const expected = await playHasty(page, 'en');
    await page.screenshot({ path: `${SHOTS}/en-debrief-full.png`, fullPage: true });

    expect(await page.textContent('.outcome-term')).toBe(OUTCOME_TERMS[expected.outcome].en);
    const figures = conversationFigures(scenario, SEED, expected.actions, 'en');
    const share = figures.talkShare ?? 0;
    // The English a reader expects, written out here: "1 word", any other number "words".
    const words = (n: number) => `${n} ${n === 1 ? 'word' : 'words'}`;
    const total = figures.playerWords + figures.prospectWords;
    expect(await figureText(page, 'talk-share')).toBe(`${Math.round(share * 100)}% (${words(figures.playerWords)} of ${total})`);
    const stretch = (s: { words: number; seconds: number }) => `${words(s.words)}, about ${s.seconds} s`;
    expect(await figureText(page, 'monologue')).toBe(stretch(figures.longestMonologue));
    expect(await figureText(page, 'story')).toBe(stretch(figures.longestStory));
    expect(await figureText(page, 'questions')).toBe(`${figures.questions.open} open, ${figures.questions.closed} closed`);
    expect(await figureText(page, 'interruptions')).toBe(String(figures.interruptions));
    expect(figures.interruptions).toBeGreaterThan(0);
    expect(await page.getAttribute('[data-figure="interruptions"]', 'class')).toContain('warn');

    const weighed = roadNotTaken(scenario, SEED, expected.actions);
    if (weighed.kind !== 'weighed') throw new Error('this meeting is small enough to weigh');
    const road = weighed.decisions;
    expect(road).toHaveLength(3);
    const shown = await page.$$eval('.road', (items) =>
      items.map((item) => [(item as HTMLElement).dataset.node, Number((item as HTMLElement).dataset.cost)]),
    );
    expect(shown).toEqual(road.map((d) => [d.nodeId, d.cost]));
    const first = road[0];
    const node = first ? scenario.nodes[first.nodeId] : undefined;
    if (first && node?.kind === 'decision') {
      expect(await page.textContent('.road .chosen')).toContain(node.options[first.chosen.option]?.text.en);
      expect(await page.textContent('.road .best')).toContain(node.options[first.best.option]?.text.en);
    }

    // About the scoring: by keyboard, names its sources honestly, Escape closes it and focus comes back.
    await page.focus('[data-action="about-scoring"]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('dialog[data-role="about-scoring"][open]');
    const about = (await page.textContent('dialog[data-role="about-scoring"]')) ?? '';
    expect(about).toContain('Gong');
    expect(about).toContain('not peer-reviewed');
    await page.screenshot({ path: `${SHOTS}/en-about-scoring.png` });
    await page.keyboard.press('Escape');
    await page.waitForSelector('dialog[data-role="about-scoring"]', { state: 'detached' });
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.action)).toBe('about-scoring');

    // The printed summary fits one page.
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: `${SHOTS}/en-debrief-print.png`, fullPage: true });
    const pdf = await page.pdf({ format: 'A4' });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages).toHaveLength(1);
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);

  test('"try again from here" reopens the meeting at that decision with the same state, and playing the best option there ends as the road said', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 800 } });
    const page = await context.newPage();
    const errors = watchForErrors(page);
    const expected = await playHasty(page, 'fr');
    await page.screenshot({ path: `${SHOTS}/fr-debrief-road-phone.png`, fullPage: true });
    const road = roadNotTaken(scenario, SEED, expected.actions);
    const [costliest] = road.kind === 'weighed' ? road.decisions : [];
    if (!costliest) throw new Error('the hasty session should have a road not taken');

    await page.click('.road [data-action="try-from-here"]');
    await page.waitForSelector(`[data-role="meeting"][data-node="${costliest.nodeId}"][data-phase="decision"]`);
    await page.screenshot({ path: `${SHOTS}/fr-try-from-here.png` });
    // The same state as when the player stood there: the same notes on the pad.
    const prefix = expected.actions.slice(0, costliest.step);
    const notesThen = prefix.filter((a) => a.kind === 'note').length;
    expect(await page.$$eval('[data-role="meeting"] .notes li:not(.empty)', (items) => items.length)).toBeLessThanOrEqual(
      notesThen,
    );

    // The best option, then the best continuation the road was weighed with, gives the road's ending and scores.
    await playActions(page, costliest.best.result.actions.slice(costliest.step), 'mouse');
    const debrief = await readDebrief(page);
    expect(debrief.outcome).toBe(costliest.best.result.outcome);
    expect(debrief.skills.map((s) => [s.skill, s.score])).toEqual(costliest.best.result.skills.map((s) => [s.skill, s.score]));
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);
});
