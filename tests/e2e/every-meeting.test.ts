/**
 * Every shipped meeting, played to its debrief in a real Chromium the three ways a new player may
 * come to it: keys only on a laptop, a finger only on a 360 px phone, and through the accessibility
 * tree alone, as a screen-reader user does (buttons found by role and name, each line heard from a
 * live region). The engine, given the same seed and play style, says what must be heard and scored.
 */
import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  type Lang,
  type MeetingView,
  PLAY_STYLES,
  type PlayerAction,
  playToEnd,
  preferMoves,
  type Scenario,
  startMeeting,
} from '../../src/engine/index.ts';
import {
  canvasStill,
  openDebriefSection,
  panelState,
  returningPlayer,
  settled,
  watchForErrors,
} from '../../src/harness/page-driver.ts';
import { serveDirectory } from '../../src/harness/static-server.ts';
import { OUTCOME_NAMES, t } from '../../src/ui/strings.ts';
import { launchBrowser } from './browser.ts';
import { expectDebrief } from './debrief-check.ts';
import { SHIPPED } from './shipped.ts';

const SHOTS = 'tests/screenshots';
const SEED = 11;

const SCENARIOS: ReadonlyMap<string, Scenario> = SHIPPED;

type Mode = 'keyboard' | 'touch' | 'screen-reader';

const CONTEXTS: Readonly<Record<Mode, BrowserContextOptions>> = {
  keyboard: { viewport: { width: 1280, height: 720 } },
  touch: { viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true },
  'screen-reader': { viewport: { width: 1280, height: 720 } },
};

/**
 * Each shipped meeting in each mode, languages and play styles spread so that every meeting is
 * heard in both languages and played both attentively and pushily somewhere.
 */
const RUNS = [...SCENARIOS.keys()].flatMap((id, i) =>
  (['keyboard', 'touch', 'screen-reader'] as const).map((mode, j) => ({
    id,
    mode,
    lang: (i + j) % 2 === 0 ? 'fr' : 'en',
    style: (i + j) % 3 === 1 ? 'pushy' : 'attentive',
  })),
) satisfies { id: string; mode: Mode; lang: Lang; style: keyof typeof PLAY_STYLES }[];

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

/** One step of the meeting as the engine sees it: the screen in the player's language, then what they do. */
interface Step {
  readonly view: MeetingView;
  readonly action: PlayerAction;
}

/** The engine's own play-through: the result the debrief must show and every screen on the way. */
function oracle(scenario: Scenario, style: readonly string[], lang: Lang) {
  const expected = playToEnd(scenario, SEED, preferMoves(style));
  const meeting = startMeeting(scenario, { seed: SEED });
  const steps: Step[] = [];
  for (const action of expected.actions) {
    meeting.lineShown();
    steps.push({ view: meeting.view(lang), action });
    if (!meeting.act(action)) throw new Error(`the engine refused its own action ${JSON.stringify(action)}`);
  }
  // The last action ended the meeting: its actor has stopped and takes no more events.
  const last = meeting.view(lang);
  meeting.stop();
  return { expected, steps, last };
}

/** Text speed instant: nothing here is about typing, and a typed line would only slow the run. */
async function openPage(mode: Mode, lang: Lang) {
  const context = await browser.newContext({ ...CONTEXTS[mode], locale: lang === 'fr' ? 'fr-FR' : 'en-GB' });
  await returningPlayer(context);
  await context.addInitScript(() => localStorage.setItem('rendez-vous.text-speed', 'instant'));
  const page = await context.newPage();
  return { page, errors: watchForErrors(page), close: () => context.close() };
}

/** What every polite or assertive live region on the page holds now: what a screen reader announces. */
const liveRegions = (page: Page) =>
  page.$$eval('[aria-live]:not([aria-live="off"])', (nodes) => nodes.map((n) => (n.textContent ?? '').trim()));

/** The line on screen (who says it, their words, and the player's own words before a reply) is in a live region. */
async function expectAnnounced(page: Page, view: MeetingView): Promise<void> {
  const heard = await liveRegions(page);
  const parts = [view.text, view.speaker?.name, view.playerSaid].filter((part): part is string => Boolean(part));
  if (parts.length === 0) return;
  const region = heard.find((text) => parts.every((part) => text.includes(part)));
  expect(
    region,
    `node "${view.nodeId}": ${JSON.stringify(parts)} announced; live regions hold ${JSON.stringify(heard)}`,
  ).toBeDefined();
}

/** The key a sighted keyboard player presses: a digit for the n-th option shown, else Enter, N or I. */
function keyFor(view: MeetingView, action: PlayerAction): string {
  switch (action.kind) {
    case 'choose': {
      const options = view.actions.filter((a) => a.action.kind === 'choose');
      const position = options.findIndex((a) => a.action.kind === 'choose' && a.action.index === action.index);
      if (position < 0) throw new Error(`option ${action.index} is not offered at "${view.nodeId}"`);
      return String(position + 1);
    }
    case 'continue':
      return 'Enter';
    case 'note':
      return 'n';
    case 'interrupt':
      return 'i';
  }
}

const selectorFor = (action: PlayerAction) =>
  `[data-role="actions"] [data-action="${action.kind}"]${action.kind === 'choose' ? `[data-index="${action.index}"]` : ''}`;

/** The button a screen reader lists for an action: in the group of the player's answers, by its words. */
function buttonFor(page: Page, view: MeetingView, action: PlayerAction) {
  const offered = view.actions.find((a) => JSON.stringify(a.action) === JSON.stringify(action));
  if (!offered) throw new Error(`${JSON.stringify(action)} is not offered at "${view.nodeId}"`);
  return page.getByRole('group', { name: t('youSaid', view.lang) }).getByRole('button', { name: offered.label, exact: true });
}

async function start(page: Page, mode: Mode, scenario: Scenario, lang: Lang): Promise<void> {
  await page.waitForSelector('[data-role="menu"] .card[data-scenario]');
  const title = scenario.title[lang];
  switch (mode) {
    case 'keyboard': {
      const ids = await page.$$eval('.card[data-scenario]', (cards) => cards.map((c) => (c as HTMLElement).dataset.scenario));
      await page.keyboard.press(String(ids.indexOf(scenario.id) + 1));
      break;
    }
    case 'touch':
      await page.tap(`.card[data-scenario="${scenario.id}"] .start`);
      break;
    case 'screen-reader': {
      const startButton = page.getByRole('button', { name: `${t('play', lang)} — ${title}`, exact: true });
      await startButton.focus();
      await page.keyboard.press('Enter');
      break;
    }
  }
  await page.waitForSelector('[data-role="meeting"][data-typing="false"] [data-role="actions"] button');
}

async function act(page: Page, mode: Mode, view: MeetingView, action: PlayerAction): Promise<void> {
  switch (mode) {
    case 'keyboard':
      return page.keyboard.press(keyFor(view, action));
    case 'touch':
      return page.tap(selectorFor(action));
    case 'screen-reader': {
      // A screen reader's "activate" on the button it reads: focus it, then Enter.
      const target = buttonFor(page, view, action);
      await target.focus();
      return page.keyboard.press('Enter');
    }
  }
}

async function toDebrief(page: Page, mode: Mode, lang: Lang): Promise<void> {
  switch (mode) {
    case 'keyboard':
      await page.keyboard.press('Enter');
      break;
    case 'touch':
      await page.tap('[data-role="actions"] [data-action="debrief"]');
      break;
    case 'screen-reader': {
      const target = page.getByRole('button', { name: t('toDebrief', lang), exact: true });
      await target.focus();
      await page.keyboard.press('Enter');
      break;
    }
  }
  await page.waitForSelector('[data-role="debrief"]');
}

describe('every shipped meeting, played to the debrief', () => {
  test('the five shipped meetings are all in the runs, each in every mode, each heard in both languages', () => {
    expect([...SCENARIOS.keys()].sort()).toEqual([
      'full-diary',
      'interview-end',
      'mission-interview',
      'prospect-in-a-hurry',
      'round-table',
    ]);
    for (const id of SCENARIOS.keys()) {
      const runs = RUNS.filter((r) => r.id === id);
      expect(new Set(runs.map((r) => r.mode)).size).toBe(3);
      expect(new Set(runs.map((r) => r.lang)).size).toBe(2);
    }
  });

  test.each(RUNS)('$id, $mode, $lang, $style style', async ({ id, mode, lang, style }) => {
    const scenario = SCENARIOS.get(id);
    if (!scenario) throw new Error(`no scenario ${id}`);
    const { expected, steps, last } = oracle(scenario, PLAY_STYLES[style] ?? [], lang);
    const { page, errors, close } = await openPage(mode, lang);
    await page.goto(`${server.url}?lang=${lang}&seed=${SEED}`);
    await start(page, mode, scenario, lang);

    for (const [i, step] of steps.entries()) {
      const state = await panelState(page);
      expect(state.node, `step ${i}`).toBe(step.view.nodeId);
      await expectAnnounced(page, step.view);
      await act(page, mode, step.view, step.action);
      await settled(page, state.renders);
    }
    expect((await panelState(page)).phase).toBe('ended');
    await expectAnnounced(page, last);
    if (mode === 'touch') await page.screenshot({ path: `${SHOTS}/every-${id}-${lang}-phone-end.png` });
    await toDebrief(page, mode, lang);
    await expectDebrief(page, scenario, expected, lang);
    // The debrief reads as a document: one top heading naming the outcome, and a single way to print
    // (with the replay code, in its folded section).
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain(OUTCOME_NAMES[expected.outcome][lang]);
    await openDebriefSection(page, 'replay');
    await expect(page.getByRole('button', { name: lang === 'fr' ? /imprimer/i : /print/i }).count()).resolves.toBe(1);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
    expect(errors).toEqual([]);
    await close();
  });
});

/** Text elements wider than their box, and a page that scrolls sideways (the check of screens.test.ts). */
async function clipped(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    if (document.documentElement.scrollWidth > window.innerWidth + 1) found.push('the page scrolls sideways');
    for (const node of document.querySelectorAll<HTMLElement>('#ui h1, #ui h2, #ui h3, #ui p, #ui li, #ui button, #ui label')) {
      const style = getComputedStyle(node);
      if (style.display === 'none' || style.visibility === 'hidden' || node.closest('.sr-only, [hidden]')) continue;
      if (node.scrollWidth > node.clientWidth + 2 && style.overflowX !== 'auto' && style.overflowX !== 'scroll') {
        found.push(`${node.tagName.toLowerCase()}.${node.className}: "${(node.textContent ?? '').trim().slice(0, 40)}"`);
      }
    }
    return found;
  });
}

/** One meeting per setting. */
const SETTINGS = {
  office: 'mission-interview',
  cafe: 'prospect-in-a-hurry',
  phone: 'full-diary',
  panel: 'round-table',
} as const;

const SCREENS = {
  projector: { width: 3840, height: 2160 },
  phone: { width: 360, height: 740 },
} as const;

describe.each(Object.entries(SCREENS))('the meeting scene of each setting on a %s', (screen, viewport) => {
  test.each(Object.entries(SETTINGS))('%s: nothing cut off', async (setting, id) => {
    const lang: Lang = screen === 'phone' ? 'fr' : 'en';
    const context = await browser.newContext({ viewport, reducedMotion: 'reduce' });
    await returningPlayer(context);
    const page = await context.newPage();
    const errors = watchForErrors(page);
    await page.goto(`${server.url}?lang=${lang}&seed=${SEED}&scenario=${id}`);
    // A 4K canvas drawn in software on a busy machine can take a while to appear.
    await page.waitForSelector('[data-role="meeting"][data-typing="false"] [data-role="actions"] button', { timeout: 90_000 });
    await page.screenshot({ path: `${SHOTS}/every-${screen}-${setting}.png` });
    expect(await clipped(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

/** The canvas as PNG bytes: two equal captures mean nothing moved in between. */
const canvasShot = async (page: Page) => (await page.locator('canvas').screenshot()).toString('base64');

/** Milliseconds between two beats of the room's idle life (BEAT_MS in scenes/art/room-view.ts). */
const BEAT_MS = 2200;

describe('idle life in the room', () => {
  test.each([
    { motion: 'no-preference', moves: true },
    { motion: 'reduce', moves: false },
  ] as const)('with the system motion setting "$motion", the waiting room moves: $moves', async ({ motion, moves }) => {
    const context = await browser.newContext({ viewport: { width: 960, height: 640 }, reducedMotion: motion });
    await returningPlayer(context);
    const page = await context.newPage();
    // The page's timers run on a clock the test can move: a beat is jumped to, not waited for.
    await page.clock.install();
    const errors = watchForErrors(page);
    // Nadia is in her office from the first line; mission-interview opens on the evening before, with nobody there.
    await page.goto(`${server.url}?lang=en&seed=${SEED}&scenario=interview-end`);
    await page.waitForSelector('[data-role="meeting"][data-typing="false"] [data-role="actions"] button');
    await canvasStill(page);
    const still = await canvasShot(page);
    // The player reads and does nothing for a beat: only the room's own life may wake the picture.
    await page.clock.fastForward(BEAT_MS);
    expect(await page.getAttribute('#app', 'data-canvas')).toBe(moves ? 'drawing' : 'still');
    if (moves) await expect.poll(() => canvasShot(page), { timeout: 15_000 }).not.toBe(still);
    else expect(await canvasShot(page)).toBe(still);
    expect(errors).toEqual([]);
    await context.close();
  });
});

/** The mean colour of a square of `size` pixels of the canvas, centred at a share of its width and height. */
async function canvasColour(page: Page, x: number, y: number, size: number): Promise<{ r: number; g: number; b: number }> {
  const png = await canvasShot(page);
  return page.evaluate(
    async ({ png, x, y, size }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${png}`;
      await image.decode();
      const c = document.createElement('canvas');
      c.width = image.width;
      c.height = image.height;
      const ctx = c.getContext('2d');
      if (!ctx) throw new Error('no 2d context');
      ctx.drawImage(image, 0, 0);
      const half = Math.floor(size / 2);
      const data = ctx.getImageData(Math.round(image.width * x) - half, Math.round(image.height * y) - half, size, size).data;
      const sum = { r: 0, g: 0, b: 0 };
      for (let i = 0; i < data.length; i += 4) {
        sum.r += data[i] ?? 0;
        sum.g += data[i + 1] ?? 0;
        sum.b += data[i + 2] ?? 0;
      }
      const n = data.length / 4;
      return { r: sum.r / n, g: sum.g / n, b: sum.b / n };
    },
    { png, x, y, size },
  );
}

/**
 * Where the speaking marks are, on a 1280×720 page: the canvas fills the page and the room is
 * composed in its top half (`--room-visible: 0.5` in style.css; the dialogue box lies over the
 * rest), the table top at 74% of that (266 px) and one drawing unit min(266 / 300, 1280 / 600) =
 * 0.89 px (office.ts). A lone prospect sits at 60% of the width.
 */
const HEIGHT = 720;
const TABLE_TOP = Math.round(HEIGHT * 0.5 * 0.74);
const UNIT = TABLE_TOP / 300;
const MARKS = {
  // The speech mark: 66 units right of the head's centre, 262 units above the table top (room-view.ts),
  // read 8 units under its middle: below its dots (3.4 units round), above its edge (14 units down).
  room: { x: (0.6 * 1280 + 66 * UNIT) / 1280, y: (TABLE_TOP - 262 * UNIT + 8 * UNIT) / HEIGHT, size: 8 },
  // The ring round the caller's silhouette, just above it: the screen is min(300 units, 90% of the
  // table top) tall and 0.52 times as wide, its top 24 units under the screen's height above the table;
  // the silhouette's centre at 22% of the screen, its radius 24% of the width, the ring 8 units more.
  phone: (() => {
    const h = Math.min(300 * UNIT, TABLE_TOP * 0.9);
    const top = TABLE_TOP - h + 24 * UNIT;
    const y = top + h * 0.22 - h * 0.52 * 0.24 - 4 * UNIT;
    return { x: 0.6, y: y / HEIGHT, size: 4 };
  })(),
} as const;

describe('who is speaking shows in the picture', () => {
  test.each([
    { setting: 'room', id: 'mission-interview' },
    { setting: 'phone', id: 'full-diary' },
  ] as const)('$setting: a terracotta mark by the prospect while they speak, none during narration', async ({ setting, id }) => {
    const scenario = SCENARIOS.get(id);
    if (!scenario) throw new Error(`no scenario ${id}`);
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce' });
    await returningPlayer(context);
    const page = await context.newPage();
    const errors = watchForErrors(page);
    await page.goto(`${server.url}?lang=en&seed=${SEED}&scenario=${id}`);
    await page.waitForSelector('[data-role="meeting"][data-typing="false"] [data-role="actions"] button');
    const mark = MARKS[setting];
    const meeting = startMeeting(scenario, { seed: SEED });
    // Narration first (checked on the engine), then the first action on offer until a prospect speaks.
    expect(meeting.view('en').speaker).toBeNull();
    const quiet = await canvasColour(page, mark.x, mark.y, mark.size);
    while (meeting.view('en').speaker === null) {
      meeting.lineShown();
      const view = meeting.view('en');
      const action = view.actions[0]?.action;
      if (!action) throw new Error(`nothing to do at "${view.nodeId}"`);
      meeting.act(action);
      const state = await panelState(page);
      await page.keyboard.press(keyFor(view, action));
      await settled(page, state.renders);
    }
    meeting.stop();
    await canvasStill(page);
    await page.screenshot({ path: `${SHOTS}/every-speaking-${setting}.png` });
    const speaking = await canvasColour(page, mark.x, mark.y, mark.size);
    // Terracotta is far redder than blue; the wall and the phone's navy screen are not.
    expect(quiet.r - quiet.b, JSON.stringify(quiet)).toBeLessThan(40);
    expect(speaking.r - speaking.b, JSON.stringify(speaking)).toBeGreaterThan(70);
    expect(errors).toEqual([]);
    await context.close();
  });
});
