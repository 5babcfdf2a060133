/** Progress over weeks in a real browser: recorded after a meeting, kept across visits, exported, and never lost to bad data. */
import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { playToEnd, preferMoves } from '../../src/engine/index.ts';
import { downloadedText, playActions, returningPlayer, watchForErrors } from '../../src/harness/page-driver.ts';
import { serveDirectory } from '../../src/harness/static-server.ts';
import { launchBrowser } from './browser.ts';
import { shippedMeeting } from './shipped.ts';

const SHOTS = 'tests/screenshots';
const scenario = shippedMeeting('mission-interview');
const SEED = 6;

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

test('a finished meeting appears in the history, the path and the deck, survives a reload, and exports', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  await returningPlayer(context);
  const page = await context.newPage();
  const errors = watchForErrors(page);
  await page.goto(`${server.url}?lang=en&seed=${SEED}`);
  await page.click('[data-action="progress"]');
  await page.waitForSelector('[data-role="progress"]');
  // Nothing played yet: the easiest meeting is the next, the others are for later (none is locked: tests/e2e/menu.test.ts).
  expect(await page.$$eval('.path li', (items) => items.map((li) => (li as HTMLElement).dataset.status))).toEqual([
    'next',
    'later',
    'later',
    'later',
    'later',
  ]);
  await page.click('[data-action="menu"]');

  const result = playToEnd(
    scenario,
    SEED,
    preferMoves(['research', 'open-question', 'take-note', 'let-finish', 'propose-next-step']),
  );
  await page.click(`.card[data-scenario="${scenario.id}"] .start`);
  await playActions(page, result.actions, 'mouse');

  await page.reload();
  await page.click('[data-action="progress"]');
  await page.waitForSelector('[data-role="progress"] table.history', { state: 'attached' });
  const rows = await page.$$eval('table.history tbody tr', (trs) =>
    trs.map((tr) => Array.from(tr.children).map((c) => (c.textContent ?? '').trim())),
  );
  expect(rows.map((r) => [r[2], Number(r[3]), Number(r[4])])).toEqual([
    [scenario.title.en, result.scores.listening, result.scores.closing],
  ]);
  expect(await page.getAttribute(`.path li[data-scenario="${scenario.id}"]`, 'data-status')).toBe('finished');
  const failed = [...new Set(result.moments.filter((m) => m.points < 0).map((m) => m.lesson))];
  const shown = [...new Set(result.moments.filter((m) => m.points > 0).map((m) => m.lesson))];
  const cards = await page.$$eval('.lesson-card', (items) => items.map((i) => (i as HTMLElement).dataset.lesson ?? ''));
  expect(cards.sort()).toEqual([...new Set([...failed, ...shown])].sort());
  expect(await page.$$eval('.lesson-card[data-status="needs-work"]', (i) => i.length)).toBe(failed.length);
  // The table, opened, keeps its headings apart (they ran together before it had cell padding).
  await page.click('[data-role="progress"] details summary');
  const gaps = await page.$$eval('table.history thead th', (ths) =>
    ths.map((th) => Number.parseFloat(getComputedStyle(th).paddingLeft)),
  );
  expect(gaps.every((gap) => gap > 0)).toBe(true);
  await page.screenshot({ path: `${SHOTS}/en-progress.png`, fullPage: true });

  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="export-progress"]')]);
  const exported = JSON.parse(await downloadedText(download));
  expect(exported.attempts).toHaveLength(1);
  expect(exported.attempts[0].scores).toEqual({ listening: result.scores.listening, closing: result.scores.closing });
  // Importing the same file again adds nothing.
  await page.setInputFiles('#progress-file', {
    name: 'mine.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(exported)),
  });
  await page.waitForSelector('text=0 meetings added from mine.json.');
  expect(errors).toEqual([]);
  await context.close();
});

test('an unreadable save is set aside with a notice, and the game plays on', async () => {
  const context = await browser.newContext();
  await returningPlayer(context);
  await context.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('rendez-vous.progress', '{"version":1,"attempts":[{"broken"');
      sessionStorage.setItem('seeded', 'yes');
    }
  });
  const page = await context.newPage();
  const errors = watchForErrors(page);
  await page.goto(`${server.url}?lang=fr`);
  await page.click('[data-action="progress"]');
  await page.waitForSelector('[data-role="progress"]');
  expect(await page.textContent('[data-role="progress"]')).toContain('illisible');
  const aside = await page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith('rendez-vous.progress.unreadable.'))
      .map((k) => localStorage.getItem(k)),
  );
  expect(aside).toEqual(['{"version":1,"attempts":[{"broken"']);
  expect(errors).toEqual([]);
  await context.close();
});

/** Two attempts at the same meeting, as the progress store saves them (the chart draws a line through them). */
const TWO_ATTEMPTS = JSON.stringify({
  version: 1,
  attempts: [
    {
      scenarioId: 'mission-interview',
      at: '2026-11-20T10:00:00.000Z',
      outcome: 'lost',
      scores: { listening: 40, closing: 30 },
      shown: [],
      failed: ['L11'],
    },
    {
      scenarioId: 'mission-interview',
      at: '2026-11-22T10:00:00.000Z',
      outcome: 'advance',
      scores: { listening: 85, closing: 75 },
      shown: ['L11'],
      failed: [],
    },
  ],
});

test.each([
  { chosen: true, animates: false },
  { chosen: false, animates: true },
])(
  'with the game’s own Reduce motion $chosen and the system’s off, the chart animates: $animates',
  async ({ chosen, animates }) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'no-preference' });
    await returningPlayer(context);
    await context.addInitScript(
      ({ saved, reduce }) => {
        localStorage.setItem('rendez-vous.progress', saved);
        localStorage.setItem('rendez-vous.reduced-motion', String(reduce));
      },
      { saved: TWO_ATTEMPTS, reduce: chosen },
    );
    const page = await context.newPage();
    await page.clock.install();
    const errors = watchForErrors(page);
    await page.goto(`${server.url}?lang=en`);
    await page.waitForSelector('[data-action="progress"]');
    // From here the page's time moves only when the test moves it, a frame at a time, so that the
    // chart is caught at its first frame however slow the machine: a paused clock, not a race.
    await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1_000);
    await page.click('[data-action="progress"]');
    const canvas = page.locator('[data-role="progress"] canvas');
    for (let frame = 0; frame < 600 && (await canvas.count()) === 0; frame++) await page.clock.runFor(16);
    const drawn = () => canvas.evaluate((c) => (c as HTMLCanvasElement).toDataURL());
    const first = await drawn();
    // Past the chart's 300 ms of animation.
    await page.clock.runFor(500);
    expect((await drawn()) !== first).toBe(animates);
    expect(errors).toEqual([]);
    await context.close();
  },
);
