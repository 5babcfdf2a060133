import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { playToEnd, preferMoves } from '../../src/engine/index.ts';
import { canvasStill, type Input, playActions, returningPlayer, watchForErrors } from '../../src/harness/page-driver.ts';
import { serveDirectory } from '../../src/harness/static-server.ts';
import { launchBrowser } from './browser.ts';
import { expectDebrief } from './debrief-check.ts';
import { shippedMeeting } from './shipped.ts';

const FILE = 'dialogues/mission-interview.yaml';
const scenario = shippedMeeting('mission-interview');
const SEED = 7;
const SHOTS = 'tests/screenshots';

/** Play styles, as move preferences; the same style drives the oracle in Node and the player in the browser. */
const STYLES = {
  listener: [
    'research',
    'read-brief',
    'take-note',
    'let-finish',
    'relaunch',
    'open-question',
    'summarize',
    'admit-weakness',
    'cite-reference',
    'pitch',
    'propose-next-step',
  ],
  hasty: ['interrupt', 'oversell', 'monologue', 'deny-weakness', 'force-decision'],
  scribe: ['take-note', 'let-finish'],
} as const;

const PHONE = { width: 360, height: 740 };
const LAPTOP = { width: 1280, height: 720 };

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

async function openPage(viewport: { width: number; height: number }, locale = 'fr-FR') {
  const context = await browser.newContext({ viewport, locale });
  await returningPlayer(context);
  const page = await context.newPage();
  return { page, errors: watchForErrors(page), close: () => context.close() };
}

async function startFromMenu(page: Page, input: Input): Promise<void> {
  await page.waitForSelector('[data-role="menu"] .card[data-scenario]');
  if (input === 'mouse') {
    await page.click(`.card[data-scenario="${scenario.id}"] .start`);
    return;
  }
  const ids = await page.$$eval('.card[data-scenario]', (cards) => cards.map((c) => (c as HTMLElement).dataset.scenario));
  await page.keyboard.press(String(ids.indexOf(scenario.id) + 1));
}

describe(`${scenario.id} in a real Chromium`, () => {
  test.each([
    { lang: 'fr', style: 'listener', input: 'keyboard', viewport: LAPTOP },
    { lang: 'en', style: 'hasty', input: 'keyboard', viewport: LAPTOP },
    { lang: 'en', style: 'scribe', input: 'mouse', viewport: PHONE },
  ] as const)('$lang, $style style, $input only: the debrief matches the engine', async ({ lang, style, input, viewport }) => {
    const expected = playToEnd(scenario, SEED, preferMoves(STYLES[style]));
    const { page, errors, close } = await openPage(viewport);
    const name = `${lang}-${input}-${viewport.width}`;
    const sound: string[] = [];
    page.on('request', (request) => {
      if (/\/assets\/howler-[^/]*\.js$/.test(request.url())) sound.push(request.url());
    });
    await page.goto(`${server.url}?lang=${lang}&seed=${SEED}`);
    await page.waitForSelector('[data-role="menu"]');
    await page.screenshot({ path: `${SHOTS}/${name}-1-menu.png` });
    expect(sound, 'no sound is loaded before the first gesture').toEqual([]);
    await startFromMenu(page, input);

    let listened = false;
    await playActions(page, expected.actions, input, async (state) => {
      if (state.phase === 'listen' && !listened && state.buttons.length >= 3) {
        listened = true;
        await page.screenshot({ path: `${SHOTS}/${name}-2-listening.png` });
      }
    });
    expect(listened).toBe(true);
    await page.screenshot({ path: `${SHOTS}/${name}-3-debrief.png`, fullPage: true });
    await expectDebrief(page, scenario, expected, lang);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
    expect(sound, 'the first gesture loads the sound').toHaveLength(1);
    expect(errors).toEqual([]);
    await close();
  });

  const NOTHING_TO_NOTE = { en: 'Nothing worth writing down here.', fr: 'Rien qui vaille d’être noté ici.' };
  test.each([
    ['en', 'en-GB'],
    ['fr', 'fr-FR'],
  ] as const)(
    'a note on a part with nothing to note says so and is not counted: the debrief counts what the pad holds (%s)',
    async (lang, locale) => {
      const expected = playToEnd(scenario, SEED, preferMoves(STYLES.scribe));
      const notesTaken = expected.actions.filter((a) => a.kind === 'note').length;
      const { page, errors, close } = await openPage(LAPTOP, locale);
      await page.goto(`${server.url}?lang=${lang}&seed=${SEED}`);
      await startFromMenu(page, 'mouse');
      const said: string[] = [];
      let onPad = 0;
      await playActions(page, expected.actions, 'mouse', async () => {
        const status = (await page.textContent('[data-role="note-status"]')) ?? '';
        if (status !== '' && said.push(status) === 1) await page.screenshot({ path: `${SHOTS}/${lang}-nothing-to-note.png` });
        onPad = await page.locator('.notes-list li:not(.empty)').count();
      });
      // The scribe notes every part; some hold nothing worth writing down, and the page said so for them.
      expect(said.length).toBeGreaterThan(0);
      expect(new Set(said)).toEqual(new Set([NOTHING_TO_NOTE[lang]]));
      expect(onPad).toBeLessThan(notesTaken);
      expect(onPad + said.length).toBe(notesTaken);
      const counted = await page.textContent('[data-figure="notes"] .value');
      expect(counted?.startsWith(`${onPad}${lang === 'fr' ? '\u202f' : ''};`)).toBe(true);
      expect(errors).toEqual([]);
      await close();
    },
  );

  test('French by default; the pause menu switches language, restarts and leaves; the language is remembered', async () => {
    const { page, errors, close } = await openPage(LAPTOP, 'de-DE');
    await page.goto(`${server.url}?seed=${SEED}`);
    await startFromMenu(page, 'keyboard');
    await page.waitForSelector('[data-role="meeting"]');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
    await page.keyboard.press('Escape');
    await page.waitForSelector('dialog[data-role="pause"][open]');
    await page.click('dialog [data-lang="en"]');
    await page.waitForSelector('dialog [data-action="resume"]:text("Resume")');
    await page.screenshot({ path: `${SHOTS}/en-pause.png` });
    await page.keyboard.press('Escape');
    await page.waitForSelector('dialog[data-role="pause"]', { state: 'detached' });
    const prompt = await page.textContent('.prompt');
    const first = scenario.nodes[scenario.start];
    if (first?.kind === 'decision' && first.prompt) expect(prompt).toBe(first.prompt.en);
    await page.keyboard.press('2');
    await page.waitForSelector('[data-role="meeting"] .player-said:not([hidden])');
    await page.click('[data-action="pause"]');
    await page.click('dialog [data-action="restart"]');
    await page.waitForSelector('[data-role="meeting"] .player-said', { state: 'hidden' });
    expect(await page.getAttribute('[data-role="meeting"]', 'data-node')).toBe(scenario.start);
    await page.keyboard.press('Escape');
    await page.click('dialog [data-action="menu"]');
    await page.waitForSelector('[data-role="menu"]');
    await page.goto(`${server.url}?seed=${SEED}`);
    await page.waitForSelector('[data-role="menu"]');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.textContent(`.card[data-scenario="${scenario.id}"] h3`)).toBe(scenario.title.en);
    expect(errors).toEqual([]);
    await close();
  });

  test.each([
    { name: 'projector', width: 1920, height: 1080 },
    { name: 'landscape-phone', width: 740, height: 360 },
    { name: 'small-phone', width: 360, height: 560 },
  ])('the meeting fits a $name ($width×$height) without cropping text', async ({ name, width, height }) => {
    const { page, errors, close } = await openPage({ width, height });
    await page.goto(`${server.url}?lang=fr&seed=${SEED}&scenario=${scenario.id}`);
    await page.waitForSelector('[data-role="meeting"] [data-role="actions"] button');
    await canvasStill(page);
    await page.screenshot({ path: `${SHOTS}/fr-${name}-meeting.png` });
    const overflow = await page.evaluate(() => {
      const ui = document.getElementById('ui');
      const canvas = document.querySelector('#stage canvas');
      return {
        horizontal: ui ? ui.scrollWidth - ui.clientWidth : -1,
        page: document.documentElement.scrollWidth - window.innerWidth,
        canvas: canvas ? canvas.getBoundingClientRect().width : 0,
      };
    });
    expect(overflow.horizontal).toBeLessThanOrEqual(0);
    expect(overflow.page).toBeLessThanOrEqual(0);
    expect(overflow.canvas).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await close();
  });

  test('a broken scenario file is explained in the menu instead of crashing the game', async () => {
    const { page, errors, close } = await openPage(LAPTOP);
    // The shipped scenarios are parsed at build time and bundled in the catalog's chunk: this one is
    // swapped there for a broken text, which the page then parses (loading the parser for it).
    let swapped = false;
    await page.route(/\/assets\/dialogues-[^/]*\.js$/, async (route) => {
      const body = await (await route.fetch()).text();
      const key = /("\.\.\/\.\.\/dialogues\/mission-interview\.yaml":)[\w$]+/;
      swapped = key.test(body);
      await route.fulfill({ contentType: 'text/javascript', body: body.replace(key, '$1"format: 1\\nid: Not A Slug\\n"') });
    });
    await page.goto(`${server.url}?lang=en&scenario=${scenario.id}`);
    await page.waitForSelector('.card.broken, [data-role="menu"]');
    expect(swapped).toBe(true);
    await page.waitForSelector('.card.broken');
    expect(await page.textContent('.card.broken h3')).toBe(FILE);
    expect(await page.textContent('.notice')).toContain('does not exist');
    const problems = await page.$$eval('.card.broken .problems li', (items) => items.map((i) => i.textContent ?? ''));
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]).toMatch(/^line \d+, column \d+ — /);
    await page.screenshot({ path: `${SHOTS}/en-broken-scenario.png` });
    expect(errors).toEqual([]);
    await close();
  });
});
