/**
 * A meeting you watch (issue 17): every shipped meeting played to each kind of ending it has, in both
 * languages, with screenshots at the moments a player would judge the presentation by — the first
 * line, the first decision, the first story, each change of place and the closing beat — at a laptop
 * (1366×768), a projector (1920×1080) and a phone (390×844 at pixel ratio 3). The screenshots are
 * for people to look at (tests/screenshots/staging-*); the test asserts what they must show: the
 * canvas drawn at the screen's density at each size and nothing broken on the way.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  type Lang,
  type MeetingView,
  type Outcome,
  PLAY_STYLES,
  type PlayerAction,
  playOut,
  preferMoves,
  startMeeting,
} from '../../src/engine/index.ts';
import { canvasStill, MENU_START, playActions, returningPlayer, watchForErrors } from '../../src/harness/page-driver.ts';
import { serveDirectory } from '../../src/harness/static-server.ts';
import { launchBrowser } from './browser.ts';
import { SHIPPED } from './shipped.ts';

const SHOTS = 'tests/screenshots';
const SEED = 1;

const SIZES = [
  { name: 'laptop', width: 1366, height: 768, ratio: 1, mobile: false },
  { name: 'projector', width: 1920, height: 1080, ratio: 1, mobile: false },
  { name: 'phone', width: 390, height: 844, ratio: 3, mobile: true },
] as const;

/** The styles tried, in order, to reach each kind of ending a meeting has. */
const STYLES = ['attentive', 'hurried', 'pushy', 'rambling'] as const;

interface Run {
  readonly style: string;
  readonly outcome: Outcome;
  readonly actions: readonly PlayerAction[];
  /** The view before each action, then the last one: what the screen shows at each step. */
  readonly views: readonly MeetingView[];
}

/** One session per kind of ending the styles reach, played by the engine, which says what each screen is. */
function runsOf(id: string): Run[] {
  const scenario = SHIPPED.get(id);
  if (!scenario) throw new Error(`no shipped meeting "${id}"`);
  const runs = new Map<Outcome, Run>();
  for (const style of STYLES) {
    const meeting = startMeeting(scenario, { seed: SEED });
    const views: MeetingView[] = [];
    const choose = preferMoves(PLAY_STYLES[style] ?? []);
    const result = playOut(meeting, (available) => {
      views.push(meeting.view('en'));
      return choose(available);
    });
    views.push(meeting.view('en'));
    meeting.stop();
    if (!runs.has(result.outcome)) runs.set(result.outcome, { style, outcome: result.outcome, actions: result.actions, views });
  }
  return [...runs.values()];
}

/** The steps worth a screenshot: the first of each phase, each change of place, and the end. */
function moments(views: readonly MeetingView[]): Map<number, string> {
  const marked = new Map<number, string>();
  const seen = new Set<string>();
  views.forEach((view, step) => {
    const phase = view.phase === 'reply' ? 'line' : view.phase;
    if (!seen.has(phase)) marked.set(step, phase);
    seen.add(phase);
    const before = views[step - 1];
    if (before && before.place !== view.place) marked.set(step, `at-${view.place}`);
  });
  return marked;
}

/** The first decision after something was said: there the history has a story to show. */
function historyMoment(views: readonly MeetingView[]): number {
  const step = views.findIndex((view, at) => view.phase === 'decision' && views.slice(0, at).some((v) => v.text !== ''));
  if (step < 0) throw new Error('no decision comes after a line');
  return step;
}

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

/** The screen's size and density, changed in place (as turning a device or moving to a projector would). */
async function resize(cdp: CDPSession, size: (typeof SIZES)[number]): Promise<void> {
  await cdp.send('Emulation.setDeviceMetricsOverride', {
    width: size.width,
    height: size.height,
    deviceScaleFactor: size.ratio,
    mobile: size.mobile,
  });
}

/** The canvas's pixels for each CSS pixel of its box. */
const density = (page: Page) =>
  page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('#stage canvas');
    if (!canvas) throw new Error('no canvas');
    return canvas.width / canvas.getBoundingClientRect().width;
  });

const outcomesSeen = new Set<Outcome>();

test.each(['fr', 'en'] as const)('the menu in %s, at three sizes', async (lang) => {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, reducedMotion: 'reduce' });
  await returningPlayer(context);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const errors = watchForErrors(page);
  await page.goto(`${server.url}?lang=${lang}`);
  await page.locator(MENU_START).first().waitFor();
  for (const size of SIZES) {
    await resize(cdp, size);
    await page.waitForFunction((width) => window.innerWidth === width, size.width);
    await canvasStill(page);
    const shot = await cdp.send('Page.captureScreenshot', { format: 'png' });
    writeFileSync(`${SHOTS}/staging-menu-${lang}-${size.name}.png`, Buffer.from(shot.data, 'base64'));
  }
  // Every meeting is offered on the menu, whatever the size.
  expect(await page.locator(MENU_START).count()).toBe(SHIPPED.size);
  expect(errors).toEqual([]);
  await context.close();
});

describe.each([...SHIPPED.keys()])('%s', (id) => {
  const runs = runsOf(id);
  for (const run of runs) outcomesSeen.add(run.outcome);
  test.each(runs.flatMap((run) => (['fr', 'en'] as const).map((lang) => [run.outcome, lang, run] as const)))(
    'played to its %s ending in %s, watched at three sizes',
    async (outcome, lang: Lang, run) => {
      const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, reducedMotion: 'reduce' });
      await returningPlayer(context);
      await context.addInitScript(() => localStorage.setItem('rendez-vous.text-speed', 'instant'));
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      const errors = watchForErrors(page);
      await page.goto(`${server.url}?lang=${lang}&seed=${SEED}&scenario=${id}`);
      const marked = moments(run.views);
      const historyAt = historyMoment(run.views);
      const densities: string[] = [];
      let histories = 0;
      let step = 0;
      await playActions(page, run.actions, 'keyboard', async () => {
        const moment = marked.get(step) ?? (step === historyAt ? 'decision-later' : undefined);
        const withHistory = step === historyAt;
        step += 1;
        if (!moment) return;
        for (const size of SIZES) {
          await resize(cdp, size);
          // The stage follows the window on its next frame: wait for the canvas to take the new width.
          await page.waitForFunction(
            (width) => document.querySelector('#stage canvas')?.getBoundingClientRect().width === width,
            size.width,
          );
          await canvasStill(page);
          densities.push(`${size.name}:${(await density(page)).toFixed(2)}`);
          // Captured through the same DevTools session: Playwright's own screenshot would put its viewport back first.
          const shot = await cdp.send('Page.captureScreenshot', { format: 'png' });
          writeFileSync(`${SHOTS}/staging-${id}-${outcome}-${lang}-${moment}-${size.name}.png`, Buffer.from(shot.data, 'base64'));
          // At the first decision, the history of what was said so far, over the meeting.
          if (withHistory) {
            await page.keyboard.press('h');
            await page.locator('dialog[data-role="history"][open]').waitFor();
            histories += await page.locator('dialog[data-role="history"][open] ol.history-list > li').count();
            const history = await cdp.send('Page.captureScreenshot', { format: 'png' });
            writeFileSync(
              `${SHOTS}/staging-${id}-${outcome}-${lang}-history-${size.name}.png`,
              Buffer.from(history.data, 'base64'),
            );
            await page.keyboard.press('Escape');
            // Closed, the history gives the focus back to the meeting, where the next key goes on.
            await page.waitForFunction(
              () =>
                !document.querySelector('dialog[data-role="history"]') &&
                (document.activeElement as HTMLElement | null)?.dataset.role === 'meeting',
            );
          }
        }
        await resize(cdp, SIZES[0]);
      });
      expect(step).toBe(run.views.length);
      // The history was opened at each size and held what had been said before the decision.
      expect(histories).toBeGreaterThanOrEqual(SIZES.length);
      // At every moment and size the canvas was drawn at the screen's own density.
      expect(new Set(densities)).toEqual(new Set(['laptop:1.00', 'projector:1.00', 'phone:3.00']));
      expect(errors).toEqual([]);
      await context.close();
    },
  );
});

test('the meetings between them end in each way: an advance, a continuation and a lost meeting are all staged', () => {
  expect([...outcomesSeen].sort()).toEqual(['advance', 'continuation', 'lost']);
});
