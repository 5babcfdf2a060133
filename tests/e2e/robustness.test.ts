/**
 * What browsers do to a game that the player did not ask for: the tab hidden mid-meeting, the window
 * resized or turned, thirty meetings in one page, and storage that fills up mid-game.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  PLAY_STYLES,
  type PlayerAction,
  playToEnd,
  preferMoves,
  type Scenario,
  sameAction,
  startMeeting,
} from '../../src/engine/index.ts';
import {
  finishLine,
  type PanelState,
  panelState,
  playActions,
  readDebrief,
  returningPlayer,
  watchForErrors,
} from '../../src/harness/page-driver.ts';
import { serveDirectory } from '../../src/harness/static-server.ts';
import type { TextSpeed } from '../../src/storage/preferences.ts';
import { launchBrowser } from './browser.ts';
import { shippedMeeting } from './shipped.ts';

const SHOTS = 'tests/screenshots';
const SCENARIOS: readonly Scenario[] = [
  'mission-interview',
  'prospect-in-a-hurry',
  'interview-end',
  'round-table',
  'full-diary',
].map(shippedMeeting);
const SEED = 3;

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

/** A page whose saved text speed is already chosen, as a returning player's would be. */
async function openPage(textSpeed: TextSpeed, viewport = { width: 1280, height: 800 }) {
  const context = await browser.newContext({ viewport, serviceWorkers: 'block' });
  await returningPlayer(context);
  await context.addInitScript((speed) => localStorage.setItem('rendez-vous.text-speed', speed), textSpeed);
  const page = await context.newPage();
  return { page, errors: watchForErrors(page), close: () => context.close() };
}

async function waitForRender(page: Page, after: number): Promise<void> {
  await page.waitForFunction(
    (before) => Number(document.querySelector<HTMLElement>('[data-role="meeting"]')?.dataset.renders ?? 0) > before,
    after,
  );
}

/**
 * Plays on (the first option, or on) until the screen shows what `wanted` looks for, and stops
 * there without finishing the line, so that a slowly typed line is caught while it is typed.
 */
async function playUntil(page: Page, wanted: (state: PanelState) => boolean, what: string): Promise<PanelState> {
  await page.waitForSelector('[data-role="meeting"] [data-role="actions"] button');
  for (let step = 0; step < 60; step++) {
    const seen = await panelState(page);
    if (wanted(seen)) return seen;
    const state = await finishLine(page, 'keyboard');
    if (wanted(state)) return state;
    if (state.phase === 'ended') break;
    await page.keyboard.press(state.buttons.some((b) => b.action === 'continue') ? 'Enter' : '1');
    await waitForRender(page, state.renders);
  }
  throw new Error(`never reached ${what}`);
}

/**
 * The page as the player finds it in another tab or on a locked phone. Headless Chromium keeps every
 * page visible whatever CDP is told (bringing another tab to the front, minimising, focus
 * emulation), so the document's own properties are overridden and the browser's event sent.
 */
async function setHidden(page: Page, hidden: boolean): Promise<void> {
  await page.evaluate((hide) => {
    if (hide) {
      Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    } else {
      // Removing the overrides lets the browser's own (visible) values show through again.
      Reflect.deleteProperty(document, 'hidden');
      Reflect.deleteProperty(document, 'visibilityState');
    }
    document.dispatchEvent(new Event('visibilitychange'));
  }, hidden);
}

/**
 * Runs the page's clock (installed by the test) until the line on screen is typed whole: at the slow
 * pace a long line takes seconds of real time, and the clock runs them through in a few milliseconds.
 */
async function typedWhole(page: Page): Promise<void> {
  for (let turn = 0; turn < 400; turn++) {
    if (!(await panelState(page)).typing) return;
    await page.clock.runFor(250);
  }
  throw new Error('the line is still being typed after 100 s on the page clock');
}

/** Which looping sound (the room tone) Howler is playing, if any. */
const roomTonePlaying = (page: Page) =>
  page.evaluate(() => {
    type HowlLike = { _loop: boolean; playing(): boolean };
    const howls = (window as unknown as { Howler?: { _howls: HowlLike[] } }).Howler?._howls ?? [];
    return howls.some((h) => h._loop && h.playing());
  });

/** Everything of the meeting the player can see or hear, except the render count. */
async function meetingMoment(page: Page) {
  const { renders: _, ...state } = await panelState(page);
  return page.$eval(
    '[data-role="meeting"]',
    (panel, rest) => {
      const text = (selector: string) => (panel.querySelector(selector)?.textContent ?? '').trim();
      const focused = document.activeElement as HTMLElement | null;
      return {
        ...rest,
        speaker: text('.speaker'),
        line: text('.line'),
        said: text('.player-said'),
        listening: text('.listening'),
        notes: Array.from(panel.querySelectorAll('.notes-list li')).map((li) => (li.textContent ?? '').trim()),
        focus: focused
          ? `${focused.tagName}:${focused.dataset.action ?? focused.dataset.role ?? ''}:${focused.dataset.index ?? ''}`
          : '',
      };
    },
    state,
  );
}

/**
 * Texts of the meeting that are cut off: wider than their box, past the window's sides, clipped by
 * their box, or under the pause button (which floats over the panel's corner).
 */
const croppedTexts = (page: Page) =>
  page.$$eval(
    '[data-role="meeting"] :is(.speaker, .line, .player-said, .listening, .prompt, .notes-title, .notes-list li, [data-role="actions"] button, .pause-button)',
    (elements) => {
      const pause = document.querySelector('[data-role="meeting"] .pause-button')?.getBoundingClientRect();
      /** Lines of text, not boxes: a paragraph's box may reach the corner while its words stop short. */
      const underPause = (e: HTMLElement) => {
        if (!pause || e.classList.contains('pause-button')) return false;
        const range = document.createRange();
        range.selectNodeContents(e);
        return Array.from(range.getClientRects()).some(
          (r) => r.width > 0 && r.left < pause.right && r.right > pause.left && r.top < pause.bottom && r.bottom > pause.top,
        );
      };
      return elements
        .map((node) => node as HTMLElement)
        .filter((e) => !e.hidden && e.getClientRects().length > 0)
        .filter((e) => {
          const box = e.getBoundingClientRect();
          const outside = box.left < -1 || box.right > window.innerWidth + 1;
          const overflows = e.scrollWidth > e.clientWidth + 1 || e.scrollHeight > e.clientHeight + 1;
          return outside || overflows || underPause(e);
        })
        .map((e) => `${e.className || e.tagName}: "${(e.textContent ?? '').trim().slice(0, 40)}"`);
    },
  );

describe('a hidden page holds the meeting', () => {
  test('hidden while the prospect is talking: the line stops where it was, the room falls silent, and the player comes back to the same moment with the pause menu open', async () => {
    const { page, errors, close } = await openPage('slow');
    // The page's timers run on a clock the test can move: the time hidden is run through, not waited.
    await page.clock.install();
    await page.goto(`${server.url}?lang=en&seed=${SEED}&scenario=mission-interview`);
    // The first key is the gesture that lets the sound start.
    const listening = await playUntil(page, (s) => s.phase === 'listen' && s.typing, 'a listening window being typed');
    await page.waitForFunction(
      () =>
        ((window as unknown as { Howler?: { _howls: { _loop: boolean; playing(): boolean }[] } }).Howler?._howls ?? []).some(
          (h) => h._loop && h.playing(),
        ),
      undefined,
      { timeout: 15_000 },
    );

    await setHidden(page, true);
    const held = await meetingMoment(page);
    const heldRenders = (await panelState(page)).renders;
    expect(held.typing, 'the line was still being typed when the page was hidden').toBe(true);
    expect(held.node).toBe(listening.node);
    expect(held.buttons.map((b) => b.action)).not.toContain('continue');
    expect(await page.isVisible('dialog[data-role="pause"][open]')).toBe(true);
    expect(await roomTonePlaying(page)).toBe(false);

    // At the slow pace, a second and a half would type some thirty letters, and finish many a line.
    await page.clock.runFor(1500);
    expect(await meetingMoment(page)).toEqual(held);
    expect((await panelState(page)).renders, 'no new snapshot: the meeting did not move').toBe(heldRenders);

    await setHidden(page, false);
    expect(await page.isVisible('dialog[data-role="pause"][open]'), 'the pause menu waits for the player').toBe(true);
    expect(await roomTonePlaying(page)).toBe(true);
    await page.screenshot({ path: `${SHOTS}/en-back-from-hidden.png` });

    await page.keyboard.press('Escape');
    await page.waitForSelector('dialog[data-role="pause"]', { state: 'detached' });
    // Typing goes on from the letter it reached, not from the start of the line.
    const resumed = await page.textContent('[data-role="meeting"] .line');
    expect(resumed?.startsWith(held.line) && (resumed?.length ?? 0) >= held.line.length).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-role'))).toBe('meeting');
    await typedWhole(page);
    await page.waitForSelector('[data-role="meeting"] [data-action="continue"]');
    const after = await meetingMoment(page);
    expect([after.node, after.listening, after.notes]).toEqual([held.node, held.listening, held.notes]);
    expect(after.line.length).toBeGreaterThan(held.line.length);
    expect(errors).toEqual([]);
    await close();
  });

  test('opened in a background tab with reading aloud on: nothing is typed or read until the player comes, then the line goes on from where it stopped and is read again', async () => {
    const { page, errors, close } = await openPage('slow');
    await page.addInitScript(() => {
      localStorage.setItem('rendez-vous.read-aloud', 'true');
      // The browser's speech synthesis, replaced by a recorder (headless Chromium has no voices to hear).
      const speech = { spoken: [] as string[], cancelled: 0 };
      Object.assign(window, { speech });
      speechSynthesis.speak = (utterance) => {
        speech.spoken.push(utterance.text);
      };
      speechSynthesis.cancel = () => {
        speech.cancelled++;
      };
      Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    });
    await page.clock.install();
    const speech = () => page.evaluate(() => (window as unknown as { speech: { spoken: string[]; cancelled: number } }).speech);
    // This meeting opens on a long narrated line (the first of some others is a prompt, never typed).
    await page.goto(`${server.url}?lang=fr&seed=${SEED}&scenario=full-diary`);
    await page.waitForSelector('dialog[data-role="pause"][open]');
    const waiting = await meetingMoment(page);
    expect(waiting.typing).toBe(true);
    const heard = await speech();
    // Reading starts with the line, and stops as soon as the meeting sees the page is hidden.
    expect(heard.spoken).toHaveLength(1);
    expect(heard.cancelled).toBeGreaterThan(0);
    // A second on the page's clock, run through at once: the line would have gone on by many letters.
    await page.clock.runFor(1000);
    expect(await meetingMoment(page)).toEqual(waiting);

    await setHidden(page, false);
    await page.keyboard.press('Escape');
    await typedWhole(page);
    const shown = await meetingMoment(page);
    expect(shown.line.startsWith(waiting.line) && shown.line.length > waiting.line.length).toBe(true);
    expect((await speech()).spoken).toEqual([shown.line, shown.line]);
    expect(errors).toEqual([]);
    await close();
  });

  test('hidden at a decision: the same options wait behind the pause menu, and Escape gives them back', async () => {
    const { page, errors, close } = await openPage('instant');
    await page.goto(`${server.url}?lang=fr&seed=${SEED}&scenario=prospect-in-a-hurry`);
    await playUntil(
      page,
      (s) => s.phase === 'decision' && s.buttons.filter((b) => b.action === 'choose').length > 1,
      'a decision',
    );
    const before = await meetingMoment(page);
    await setHidden(page, true);
    expect(await page.isVisible('dialog[data-role="pause"][open]')).toBe(true);
    // The game's keys belong to the pause menu now: an option's number chooses nothing.
    await page.keyboard.press('1');
    await setHidden(page, false);
    await page.keyboard.press('Escape');
    await page.waitForSelector('dialog[data-role="pause"]', { state: 'detached' });
    expect({ ...(await meetingMoment(page)), focus: '' }).toEqual({ ...before, focus: '' });
    const { renders } = await panelState(page);
    await page.keyboard.press('1');
    await waitForRender(page, renders);
    expect((await panelState(page)).phase, 'the first option was chosen').not.toBe('decision');
    expect(errors).toEqual([]);
    await close();
  });
});

describe('resizing and turning the screen mid-meeting', () => {
  const SIZES = [
    { width: 800, height: 1280, orientation: 'portraitPrimary', angle: 0 },
    { width: 360, height: 640, orientation: 'portraitPrimary', angle: 0 },
    { width: 640, height: 360, orientation: 'landscapePrimary', angle: 90 },
    { width: 1920, height: 1080, orientation: 'landscapePrimary', angle: 90 },
  ] as const;

  /**
   * Turns the emulated screen the way a phone turns (`screen.orientation` changes with it). The CDP
   * session stays open: detaching it would drop the override.
   */
  async function turnTo(page: Page, cdp: CDPSession, size: (typeof SIZES)[number]): Promise<void> {
    await cdp.send('Emulation.setDeviceMetricsOverride', {
      width: size.width,
      height: size.height,
      deviceScaleFactor: 1,
      mobile: false,
      screenOrientation: { type: size.orientation, angle: size.angle },
    });
    await page.waitForFunction((width) => window.innerWidth === width, size.width);
    // Two frames: the layout and the canvas take the new size.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  }

  test.each([
    ['a listening window', 'fr', (s: PanelState) => s.phase === 'listen' && s.buttons.some((b) => b.action === 'note')],
    ['a decision', 'en', (s: PanelState) => s.phase === 'decision' && s.buttons.filter((b) => b.action === 'choose').length > 1],
  ] as const)(
    '%s keeps its line, options, notes and focus at every size, with no text cut off (%s)',
    async (what, lang, wanted) => {
      const { page, errors, close } = await openPage('instant');
      await page.goto(`${server.url}?lang=${lang}&seed=${SEED}&scenario=mission-interview`);
      const state = await playUntil(page, wanted, what);
      if (state.phase === 'listen') {
        // A note on the pad, so that the pad has something to keep.
        await page.keyboard.press('n');
        await waitForRender(page, state.renders);
      }
      await page.focus('[data-role="actions"] button');
      const before = await meetingMoment(page);
      expect(before.focus).toMatch(/^BUTTON:/);
      expect(await croppedTexts(page)).toEqual([]);
      const cdp = await page.context().newCDPSession(page);
      for (const size of SIZES) {
        await turnTo(page, cdp, size);
        expect(await meetingMoment(page), `${size.width}×${size.height}`).toEqual(before);
        expect(await croppedTexts(page), `${size.width}×${size.height}`).toEqual([]);
        // Through CDP: Playwright's own screenshot puts back its viewport first.
        const { data } = await cdp.send('Page.captureScreenshot', { format: 'png' });
        writeFileSync(`${SHOTS}/${lang}-turned-${state.phase}-${size.width}x${size.height}.png`, Buffer.from(data, 'base64'));
      }
      expect(errors).toEqual([]);
      await close();
    },
  );
});

/** The keys a player presses to play these actions, worked out on the same meeting run in Node. */
function keysFor(scenario: Scenario, actions: readonly PlayerAction[]): string[] {
  const meeting = startMeeting(scenario, { seed: SEED });
  const keys = actions.map((action) => {
    // Lines are shown whole at once (instant text), so a listening window offers to go on at once.
    meeting.lineShown();
    const options = meeting.available().filter((a) => a.action.kind === 'choose');
    const key =
      action.kind === 'choose'
        ? String(options.findIndex((a) => sameAction(a.action, action)) + 1)
        : { continue: 'Enter', note: 'n', interrupt: 'i' }[action.kind];
    if (!meeting.act(action)) throw new Error(`${scenario.id}: ${JSON.stringify(action)} is not on offer`);
    return key;
  });
  meeting.stop();
  // Enter on the ending opens the debrief.
  return [...keys, 'Enter'];
}

/**
 * Presses keys in the page, each answered before the next (an action redraws the meeting at once).
 * Done in one call per meeting: thirty meetings key by key through the test's connection would take
 * many minutes on a busy machine. The game reads these events with the same listener as real keys.
 */
async function pressInPage(page: Page, keys: readonly string[]): Promise<void> {
  await page.evaluate((all) => {
    const panel = () => document.querySelector<HTMLElement>('[data-role="meeting"]');
    all.forEach((key, step) => {
      const before = Number(panel()?.dataset.renders);
      const target = document.activeElement ?? document.body;
      target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
      const last = step === all.length - 1;
      if (!last && !(Number(panel()?.dataset.renders) > before)) {
        throw new Error(`key "${key}" (step ${step}) changed nothing at node "${panel()?.dataset.node}"`);
      }
    });
  }, keys);
}

describe('a long session', () => {
  test('thirty meetings in one page, through all five scenarios, each to its debrief by keyboard, without a console error', async () => {
    const { page, errors, close } = await openPage('instant');
    await page.goto(`${server.url}?lang=en&seed=${SEED}`);
    const styles = Object.values(PLAY_STYLES);
    const cdp = await page.context().newCDPSession(page);
    const heap = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      return Math.round(usedSize / 1024 / 1024);
    };
    /** Listeners on the page's document and window: a screen that forgets its own piles them up. */
    const listeners = async () => {
      const counts: number[] = [];
      for (const expression of ['document', 'window']) {
        const { result } = await cdp.send('Runtime.evaluate', { expression });
        if (!result.objectId) throw new Error(`no ${expression} in the page`);
        counts.push((await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId })).listeners.length);
      }
      return `${counts.join(' on document, ')} on window`;
    };
    const heaps: string[] = [];
    for (let meeting = 1; meeting <= 30; meeting++) {
      const scenario = SCENARIOS[(meeting - 1) % SCENARIOS.length];
      const style = styles[Math.floor((meeting - 1) / SCENARIOS.length) % styles.length];
      if (!scenario || !style) throw new Error('no scenario or style to play');
      const expected = playToEnd(scenario, SEED, preferMoves(style));
      await page.waitForSelector(`.card[data-scenario="${scenario.id}"] .start`);
      await page.focus(`.card[data-scenario="${scenario.id}"] .start`);
      await page.keyboard.press('Enter');
      await page.waitForSelector('[data-role="meeting"] [data-role="actions"] button');
      await pressInPage(page, keysFor(scenario, expected.actions));
      await page.waitForSelector('[data-role="debrief"]');
      const debrief = await readDebrief(page);
      expect(debrief.outcome, `meeting ${meeting}: ${scenario.id}`).toBe(expected.outcome);
      expect(debrief.heading.length).toBeGreaterThan(0);
      expect(errors, `meeting ${meeting}: ${scenario.id}`).toEqual([]);
      if (meeting === 1 || meeting === 30) heaps.push(`${await heap()} MB, listeners ${await listeners()}`);
      await page.focus('[data-role="debrief"] [data-action="menu"]');
      await page.keyboard.press('Enter');
    }
    await page.waitForSelector('[data-role="menu"]');
    // Printed for whoever watches memory; the bench owns the figures and their limits.
    console.log(`JS heap after meeting 1: ${heaps[0]}; after meeting 30: ${heaps[1]}`);
    await cdp.detach();
    expect(errors).toEqual([]);
    await close();
  }, 600_000);
});

describe('storage that fills up mid-game', () => {
  test('the meeting still ends with its debrief; the progress says it was not saved, and keeps it for the visit', async () => {
    const { page, errors, close } = await openPage('instant');
    const scenario = SCENARIOS[0];
    if (!scenario) throw new Error('no scenario');
    const expected = playToEnd(scenario, SEED, preferMoves(PLAY_STYLES.attentive ?? []));
    await page.goto(`${server.url}?lang=en&seed=${SEED}&scenario=${scenario.id}`);
    await page.waitForSelector('[data-role="meeting"] [data-role="actions"] button');
    await page.evaluate(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    // A setting changed now cannot be saved either: it lasts for the visit.
    await page.keyboard.press('m');
    await playActions(page, expected.actions, 'keyboard');
    expect((await readDebrief(page)).outcome).toBe(expected.outcome);

    await page.click('[data-role="debrief"] [data-action="menu"]');
    await page.click('[data-action="progress"]');
    await page.waitForSelector('[data-role="progress"] table.history', { state: 'attached' });
    expect(await page.textContent('[data-role="progress"] .notice')).toContain('storage is full');
    expect(await page.$$eval('table.history tbody tr', (rows) => rows.length)).toBe(1);
    expect(await page.evaluate(() => localStorage.getItem('rendez-vous.progress'))).toBeNull();
    expect(errors).toEqual([]);
    await close();
  });
});
