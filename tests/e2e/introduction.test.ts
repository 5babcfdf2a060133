/**
 * The introduction (issue 18, point 1): a first launch opens it; the player is walked through its
 * steps by keyboard, each waiting until it is done (a wrong move brings the coach back and the story
 * round again); it ends on what is scored; it is remembered (a reload opens the menu) and replayed
 * from the menu; it can be skipped by its own button or the pause menu. Screenshots of each step in
 * both languages at a laptop, a projector and a phone (tests/screenshots/introduction-*), and axe on
 * the introduction's screens.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Lang } from '../../src/engine/index.ts';
import {
  animationsSettled,
  canvasStill,
  finishLine,
  MENU_START,
  panelState,
  requestsInFlight,
  waitForRender,
  watchForErrors,
} from '../../src/harness/page-driver.ts';
import { serveDirectory } from '../../src/harness/static-server.ts';
import { INTRODUCTION_KEY } from '../../src/storage/introduction.ts';
import { it as words } from '../../src/ui/introduction-strings.ts';
import { t } from '../../src/ui/strings.ts';
import { launchBrowser } from './browser.ts';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const SHOTS = 'tests/screenshots';
const SEED = 7;
const SIZES = [
  { name: 'laptop', width: 1366, height: 768, ratio: 1, mobile: false },
  { name: 'projector', width: 1920, height: 1080, ratio: 1, mobile: false },
  { name: 'phone', width: 390, height: 844, ratio: 3, mobile: true },
] as const;

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

/** A first launch: nothing stored but the text typed at once (the steps, not the typing, are under test). */
async function firstLaunch(): Promise<{
  context: BrowserContext;
  page: Page;
  cdp: CDPSession;
  errors: string[];
  network: { quiet(): Promise<void> };
}> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, reducedMotion: 'reduce' });
  await context.addInitScript(() => localStorage.setItem('rendez-vous.text-speed', 'instant'));
  const page = await context.newPage();
  return {
    context,
    page,
    cdp: await context.newCDPSession(page),
    errors: watchForErrors(page),
    network: requestsInFlight(page),
  };
}

async function axeViolations(page: Page): Promise<string[]> {
  await animationsSettled(page);
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(c: unknown, o: unknown): Promise<{ violations: { id: string }[] }> } }).axe;
    return (await axe.run(document, { resultTypes: ['violations'] })).violations.map((v) => v.id);
  });
}

/** Where the meeting stands: its node and phase, once its line is shown whole. */
async function at(page: Page): Promise<{ node: string; phase: string }> {
  const state = await finishLine(page, 'keyboard');
  return { node: state.node, phase: state.phase };
}

/** Presses a key of the meeting once the line is whole, and waits for the meeting to draw what follows. */
async function press(page: Page, key: string, times = 1): Promise<void> {
  for (let i = 0; i < times; i++) {
    const state = await finishLine(page, 'keyboard');
    await page.keyboard.press(key);
    await waitForRender(page, state.renders);
  }
}

/** Tabs until the focus is on `selector`, as a keyboard user reaches a control (bounded, so a control out of reach fails). */
async function tabTo(page: Page, selector: string): Promise<void> {
  for (let i = 0; i < 60; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`${selector} cannot be reached with Tab`);
}

const stored = (page: Page) => page.evaluate((key) => localStorage.getItem(key), INTRODUCTION_KEY);

/** Photographs the screen at each size, then goes back to the laptop's. */
async function shoot(page: Page, cdp: CDPSession, name: string): Promise<void> {
  for (const size of SIZES) {
    await cdp.send('Emulation.setDeviceMetricsOverride', {
      width: size.width,
      height: size.height,
      deviceScaleFactor: size.ratio,
      mobile: size.mobile,
    });
    await page.waitForFunction(
      (width) => document.querySelector('#stage canvas')?.getBoundingClientRect().width === width,
      size.width,
    );
    await canvasStill(page);
    const shot = await cdp.send('Page.captureScreenshot', { format: 'png' });
    writeFileSync(`${SHOTS}/introduction-${name}-${size.name}.png`, Buffer.from(shot.data, 'base64'));
  }
  const [laptop] = SIZES;
  await cdp.send('Emulation.setDeviceMetricsOverride', {
    width: laptop.width,
    height: laptop.height,
    deviceScaleFactor: 1,
    mobile: false,
  });
  await page.waitForFunction((width) => window.innerWidth === width, laptop.width);
}

describe.each(['en', 'fr'] as const)('%s', (lang: Lang) => {
  test('a first launch opens the introduction; each step waits until it is done; it ends on what is scored, is remembered and replays from the menu', async () => {
    const { context, page, cdp, errors, network } = await firstLaunch();
    await page.goto(`${server.url}?lang=${lang}&seed=${SEED}`);
    await page.locator('[data-role="meeting"][data-node="welcome"]').waitFor({ timeout: 30_000 });
    expect(await page.locator(MENU_START).count()).toBe(0);
    // The way out is a real button, named in words, from the first line on.
    expect(await page.getByRole('button', { name: t('skipIntroduction', lang) }).count()).toBe(1);
    expect(await at(page)).toEqual({ node: 'welcome', phase: 'line' });
    await shoot(page, cdp, `${lang}-coach`);

    // Step 1: let her finish. Cutting in brings the coach back, and her story starts again.
    await press(page, 'Enter', 2);
    expect(await at(page)).toEqual({ node: 'story-one', phase: 'listen' });
    await shoot(page, cdp, `${lang}-listening`);
    expect(await axeViolations(page), 'listening window').toEqual([]);
    await press(page, 'i');
    await press(page, 'Enter');
    expect(await at(page)).toEqual({ node: 'cut-too-soon', phase: 'line' });
    await press(page, 'Enter');
    expect(await at(page)).toEqual({ node: 'story-one', phase: 'listen' });
    await press(page, 'Enter', 2);
    // On the last part, continuing says what it does.
    const last = await panelState(page);
    expect(last.buttons.find((b) => b.action === 'continue')?.name).toContain(
      lang === 'fr' ? 'Laisser Maud finir' : 'Let Maud finish',
    );
    await press(page, 'Enter', 3);
    expect(await at(page)).toEqual({ node: 'how-to-note', phase: 'line' });

    // Step 2: note her problem. Heard out without the note, the story comes round again.
    await press(page, 'Enter', 4);
    await press(page, 'Enter');
    expect(await at(page)).toEqual({ node: 'missed-note', phase: 'line' });
    expect(await page.locator('.notes-list li:not(.empty)').count()).toBe(0);
    await press(page, 'Enter', 2);
    await press(page, 'n');
    expect(await page.locator('.notes-list li:not(.empty)').count()).toBe(1);
    await shoot(page, cdp, `${lang}-note`);
    await press(page, 'Enter', 3);
    expect(await at(page)).toEqual({ node: 'noted', phase: 'line' });

    // Step 3: cut in, to see what it does. Letting her finish is praised, and asked again.
    await press(page, 'Enter', 2);
    expect(await at(page)).toEqual({ node: 'story-three', phase: 'listen' });
    const before = await page.locator('[data-role="mood"]').getAttribute('data-demeanor');
    await press(page, 'Enter', 4);
    expect(await at(page)).toEqual({ node: 'not-cut', phase: 'line' });
    await press(page, 'Enter');
    await press(page, 'i');
    expect(await at(page)).toEqual({ node: 'story-three', phase: 'reply' });
    // Her mood changes where the player looks: the words by her name (and the figure drawn with them).
    expect(before).not.toBe('doubtful');
    expect(await page.locator('[data-role="mood"]').getAttribute('data-demeanor')).toBe('doubtful');
    await shoot(page, cdp, `${lang}-interrupted`);
    await press(page, 'Enter');
    expect(await at(page)).toEqual({ node: 'cut-seen', phase: 'line' });

    // Step 4: the close. The precise next step (the first option of the file) is on offer: the note was taken.
    await press(page, 'Enter', 2);
    const closing = await panelState(page);
    expect(closing.phase).toBe('decision');
    await shoot(page, cdp, `${lang}-closing`);
    const options = closing.buttons.filter((b) => b.action === 'choose');
    expect(options).toHaveLength(3);
    await press(page, String(options.findIndex((b) => b.index === 0) + 1));
    await press(page, 'Enter');
    expect(await at(page)).toEqual({ node: 'tuesday', phase: 'ended' });
    await page.keyboard.press('Enter');

    // What is scored, with every moment it produced, counted by hand: listening 50 − 10 (the first
    // cut-in) + 10 (heard out) + 5 (the second story heard out) + 10 (the note) + 5 (the third heard
    // out) − 15 (the cut-in asked for) = 55; closing 50 + 20 (a precise next step) = 70.
    const end = page.locator('[data-role="introduction-end"]');
    await end.waitFor();
    expect(await end.locator('[data-skill="listening"]').getAttribute('data-score')).toBe('55');
    expect(await end.locator('[data-skill="closing"]').getAttribute('data-score')).toBe('70');
    expect(await end.locator('[data-moments-of="listening"] .moment').count()).toBe(6);
    expect(await end.locator('[data-moments-of="closing"] .moment').count()).toBe(1);
    expect(await end.locator('.moment.loss').count()).toBe(2);
    expect(await end.locator('h1').textContent()).toContain(words('title', lang));
    expect(await stored(page)).toBe('finished');
    await shoot(page, cdp, `${lang}-end`);
    expect(await axeViolations(page), 'what is scored').toEqual([]);

    // To the meetings; a reload opens the menu, not the introduction.
    await tabTo(page, '[data-role="introduction-end"] [data-action="menu"]');
    await page.keyboard.press('Enter');
    await page.locator(MENU_START).first().waitFor();
    // The menu is drawn before it has read the saved progress: that read is let finish.
    await network.quiet();
    await page.reload();
    await page.locator(MENU_START).first().waitFor();
    expect(await page.locator('[data-role="meeting"]').count()).toBe(0);

    // Replayed from the menu by keyboard, then skipped by its own button.
    await tabTo(page, '[data-role="menu"] [data-action="introduction"]');
    await page.keyboard.press('Enter');
    await page.locator('[data-role="meeting"][data-node="welcome"]').waitFor();
    await tabTo(page, '[data-role="meeting"] [data-action="skip"]');
    await page.keyboard.press('Enter');
    await page.locator(MENU_START).first().waitFor();
    expect(await stored(page)).toBe('skipped');
    expect(errors).toEqual([]);
    await context.close();
  });
});

test('skipped from the pause menu it is remembered; an address that asks for a meeting opens it, and leaves the introduction due', async () => {
  const { context, page, errors, network } = await firstLaunch();
  await page.goto(`${server.url}?lang=en&seed=${SEED}&scenario=mission-interview`);
  await page.locator('[data-role="meeting"]').waitFor({ timeout: 30_000 });
  expect(await page.locator('[data-role="meeting"]').getAttribute('data-node')).not.toBe('welcome');
  expect(await stored(page)).toBeNull();

  await network.quiet();
  await page.goto(`${server.url}?lang=en`);
  await page.locator('[data-role="meeting"][data-node="welcome"]').waitFor({ timeout: 30_000 });
  await page.keyboard.press('Escape');
  await page.locator('dialog[data-role="pause"][open]').waitFor();
  await tabTo(page, 'dialog[data-role="pause"] [data-action="menu"]');
  await page.keyboard.press('Enter');
  await page.locator(MENU_START).first().waitFor();
  expect(await stored(page)).toBe('skipped');
  await network.quiet();
  await page.reload();
  await page.locator(MENU_START).first().waitFor();
  expect(await page.locator('[data-role="meeting"]').count()).toBe(0);
  expect(errors).toEqual([]);
  await context.close();
});
