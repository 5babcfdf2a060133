import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ROOM_TONES, SOUND_KEYS } from '../../src/audio/cues.ts';
import { playToEnd, preferMoves } from '../../src/engine/index.ts';
import {
  finishLine,
  MENU_START,
  panelState,
  playActions,
  returningPlayer,
  waitForRender,
  watchForErrors,
} from '../../src/harness/page-driver.ts';
import { serveDirectory } from '../../src/harness/static-server.ts';
import { launchBrowser } from './browser.ts';
import { shippedMeeting } from './shipped.ts';

/** What the first gesture in an office meeting loads: every sound but the other settings' room tones. */
const OTHER_ROOMS = Object.values(ROOM_TONES).filter((key) => key !== 'room-office');
const OFFICE_SOUNDS = SOUND_KEYS.filter((key) => !(OTHER_ROOMS as string[]).includes(key));

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

/** A page without the service worker, so that every sound request reaches the test's routes. */
async function openPage() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, serviceWorkers: 'block' });
  await returningPlayer(context);
  const page = await context.newPage();
  const sounds = new Map<string, number>();
  page.on('response', (response) => {
    const file = /\/assets\/([a-z-]+)-[\w-]+\.wav$/.exec(response.url())?.[1];
    if (file) sounds.set(file, response.status());
  });
  return { page, sounds, errors: watchForErrors(page), close: () => context.close() };
}

/** What Howler (which puts itself on `window`) is doing: the audio context, and which sounds play. */
async function howler(page: Page) {
  return page.evaluate(() => {
    type HowlLike = { _src: string | string[]; _loop: boolean; playing(): boolean; state(): string };
    const global = window as unknown as { Howler?: { ctx?: AudioContext; _howls: HowlLike[] } };
    const name = (h: HowlLike) => /([a-z-]+)-[\w-]+\.wav$/.exec(String(h._src))?.[1] ?? '';
    return {
      context: global.Howler?.ctx?.state ?? 'none',
      loaded: (global.Howler?._howls ?? []).filter((h) => h.state() === 'loaded').map(name),
      playing: (global.Howler?._howls ?? []).filter((h) => h.playing()).map(name),
    };
  });
}

/** Counts every sound Howler is asked to play from now on, by file. */
async function countPlays(page: Page) {
  await page.evaluate(() => {
    type Play = (this: { _src: string }, ...args: unknown[]) => unknown;
    const global = window as unknown as { Howl: { prototype: { play: Play } }; plays: string[] };
    const original = global.Howl.prototype.play;
    global.plays = [];
    global.Howl.prototype.play = function (this: { _src: string }, ...args: unknown[]) {
      global.plays.push(/([a-z-]+)-[\w-]+\.wav$/.exec(String(this._src))?.[1] ?? '');
      return original.apply(this, args);
    };
  });
}

const plays = (page: Page) => page.evaluate(() => (window as unknown as { plays: string[] }).plays);

describe('sound in a real Chromium', () => {
  test('nothing loads before the first gesture; after it the office plays, the prospect speaks in blips, no console error', async () => {
    const { page, sounds, errors, close } = await openPage();
    await page.goto(`${server.url}?lang=en&seed=3&scenario=mission-interview`);
    await page.waitForSelector('[data-role="meeting"] [data-role="actions"] button');
    expect(await page.getAttribute('#app', 'data-audio')).toBe('locked');
    expect(sounds.size, 'no sound file before a gesture').toBe(0);

    await page.keyboard.press('Enter');
    await page.waitForSelector('#app[data-audio="ready"]');
    await page.waitForFunction(
      (count) => {
        const h = (window as unknown as { Howler?: { _howls: { state(): string }[] } }).Howler;
        return (h?._howls ?? []).filter((x) => x.state() === 'loaded').length === count;
      },
      OFFICE_SOUNDS.length,
      { timeout: 10_000 },
    );
    // The other settings' room tones (20 s each) wait for a meeting of theirs.
    expect([...sounds.keys()].sort()).toEqual([...OFFICE_SOUNDS].sort());
    expect([...sounds.values()].every((status) => status === 200)).toBe(true);
    const state = await howler(page);
    expect(state.context).toBe('running');
    expect(state.playing, 'the office room tone loops under the meeting').toContain('room-office');

    // A prospect's line typed at normal speed speaks in blips; a click plays the UI sound.
    await countPlays(page);
    for (let i = 0; i < 8; i++) {
      const panel = await finishLine(page, 'keyboard');
      const next = panel.buttons.find((b) => b.action === 'continue') ?? panel.buttons.find((b) => b.action === 'choose');
      if (!next) break;
      await page.click(`[data-role="actions"] [data-action="${next.action}"]`);
      await waitForRender(page, panel.renders);
      // A prospect's line blips while it is typed: wait for a blip, or for the line to be typed whole.
      await page.waitForFunction(
        () =>
          (window as unknown as { plays: string[] }).plays.includes('blip') ||
          document.querySelector<HTMLElement>('[data-role="meeting"]')?.dataset.typing === 'false',
      );
      if ((await plays(page)).includes('blip')) break;
    }
    const played = await plays(page);
    expect(played).toContain('click');
    expect(played).toContain('blip');
    expect(errors).toEqual([]);
    await close();
  });

  test('muted from the settings: the next lines play no blip and no click', async () => {
    const { page, errors, close } = await openPage();
    await page.goto(`${server.url}?lang=fr&seed=3&scenario=mission-interview`);
    await page.waitForSelector('[data-role="meeting"] [data-role="actions"] button');
    await page.keyboard.press('m');
    await page.waitForSelector('#app[data-audio="ready"]');
    await countPlays(page);
    for (let i = 0; i < 4; i++) {
      const panel = await finishLine(page, 'keyboard');
      const next = panel.buttons.find((b) => b.action === 'continue') ?? panel.buttons.find((b) => b.action === 'choose');
      if (!next) break;
      await page.click(`[data-role="actions"] [data-action="${next.action}"]`);
      await waitForRender(page, panel.renders);
    }
    // Not even the room tone: muted, it is not started at all (whenever the room asks for it).
    expect(await plays(page)).toEqual([]);
    // Unmuting brings the room back, and only the room. (Howler calls play again for a play it held
    // while the file loaded, so the same sound may be counted twice.)
    await page.keyboard.press('m');
    await expect.poll(async () => [...new Set(await plays(page))]).toEqual(['room-office']);
    expect(errors).toEqual([]);
    await close();
  });

  test('a missing file and an undecodable one leave the game silent where they were, and playable', async () => {
    const { page, sounds, errors, close } = await openPage();
    await page.route(/\/assets\/room-office-[\w-]+\.wav$/, (route) => route.fulfill({ status: 404, body: 'not found' }));
    await page.route(/\/assets\/blip-[\w-]+\.wav$/, (route) =>
      route.fulfill({ status: 200, contentType: 'audio/wav', body: 'this is not a sound' }),
    );
    await page.goto(`${server.url}?lang=en&seed=3&scenario=mission-interview`);
    await page.waitForSelector('[data-role="meeting"] [data-role="actions"] button');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#app[data-audio="ready"]');
    await page.waitForFunction(
      (count) => {
        const h = (window as unknown as { Howler?: { _howls: { state(): string }[] } }).Howler;
        return (h?._howls ?? []).filter((x) => x.state() === 'loaded').length === count;
      },
      OFFICE_SOUNDS.length - 2,
      { timeout: 10_000 },
    );
    expect(sounds.get('room-office')).toBe(404);
    const state = await howler(page);
    expect(state.loaded).not.toContain('room-office');
    expect(state.loaded).not.toContain('blip');
    expect(state.playing).not.toContain('room-office');

    // The meeting goes on: a few more lines and choices, drawn and answered as usual.
    const before = (await panelState(page)).renders;
    for (let i = 0; i < 5; i++) {
      const panel = await finishLine(page, 'keyboard');
      const next = panel.buttons.find((b) => b.action === 'continue') ?? panel.buttons.find((b) => b.action === 'choose');
      if (!next) break;
      await page.click(`[data-role="actions"] [data-action="${next.action}"]`);
      await waitForRender(page, panel.renders);
    }
    expect((await panelState(page)).renders).toBeGreaterThan(before);
    // The only complaints are the browser's own about the missing file: no uncaught error.
    expect(errors.filter((e) => !/404/.test(e))).toEqual([]);
    expect(errors.some((e) => e.startsWith('page error'))).toBe(false);
    await close();
  });

  // Any play style would do: these two reach each end of mission-interview with seed 3.
  const CAREFUL = ['research', 'open-question', 'take-note', 'let-finish', 'admit-weakness', 'propose-next-step'];
  const HASTY = ['interrupt', 'oversell', 'monologue', 'deny-weakness', 'force-decision'];

  test.each([
    ['won', 'advance', CAREFUL],
    ['lost', 'lost', HASTY],
  ] as const)('a %s meeting ends on the %s sting, and on no other', async (_, outcome, style) => {
    const result = playToEnd(shippedMeeting('mission-interview'), 3, preferMoves(style));
    expect(result.outcome).toBe(outcome);
    const { page, errors, close } = await openPage();
    await page.goto(`${server.url}?lang=en&seed=3&scenario=mission-interview`);
    await page.waitForSelector('[data-role="meeting"] [data-role="actions"] button');
    // A key the game gives no meaning to: it only unlocks the sound.
    await page.keyboard.press('Shift');
    await page.waitForSelector('#app[data-audio="ready"]');
    await countPlays(page);
    await playActions(page, result.actions, 'keyboard');
    expect((await plays(page)).filter((file) => file.startsWith('ending'))).toEqual([`ending-${outcome}`]);
    expect(errors).toEqual([]);
    await close();
  });

  /** Whether Howler is playing the sound of that file now. */
  const playingNow = (page: Page, file: string) => howler(page).then((state) => state.playing.includes(file));
  const loadedNow = (page: Page, file: string) => howler(page).then((state) => state.loaded.includes(file));

  test('the menu answers the first gesture with its motif, which gives way to the room when a meeting starts', async () => {
    const { page, errors, close } = await openPage();
    await page.goto(`${server.url}?lang=en`);
    await page.waitForSelector(MENU_START);
    await page.keyboard.press('Shift');
    await page.waitForSelector('#app[data-audio="ready"]');
    await expect.poll(() => playingNow(page, 'motif'), { timeout: 10_000 }).toBe(true);
    await page.click(MENU_START);
    const roomPlaying = () => howler(page).then((state) => state.playing.some((file) => file.startsWith('room-')));
    await expect.poll(roomPlaying, { timeout: 30_000 }).toBe(true);
    expect(await playingNow(page, 'motif')).toBe(false);
    expect(errors).toEqual([]);
    await close();
  });

  test('muted, the menu’s motif stays silent', async () => {
    const { page, errors, close } = await openPage();
    await page.goto(`${server.url}?lang=fr`);
    await page.waitForSelector(MENU_START);
    await page.keyboard.press('m');
    await page.waitForSelector('#app[data-audio="ready"]');
    // Howler starts a play it was asked for as soon as the file is decoded: loaded and silent, it was never asked.
    await expect.poll(() => loadedNow(page, 'motif'), { timeout: 10_000 }).toBe(true);
    expect(await playingNow(page, 'motif')).toBe(false);
    expect(errors).toEqual([]);
    await close();
  });
});
