/**
 * The first visit: the page says what it is before any script runs, and the menu comes before Phaser
 * (which is fetched once the menu is shown), its choices carried out once the game is up. What the
 * menu does not need (the meeting engine, the debrief) is fetched when it is.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Lang } from '../../src/engine/index.ts';
import { playToEnd, preferMoves } from '../../src/engine/index.ts';
import { MENU_START, playActions, returningPlayer, watchForErrors } from '../../src/harness/page-driver.ts';
import { serveDirectory } from '../../src/harness/static-server.ts';
import { dt } from '../../src/ui/debrief-strings.ts';
import { t } from '../../src/ui/strings.ts';
import { launchBrowser } from './browser.ts';
import { shippedMeeting } from './shipped.ts';

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

test('without its scripts the page shows the title and says it is loading, in both languages', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, serviceWorkers: 'block' });
  await returningPlayer(context);
  const page = await context.newPage();
  await page.route('**/*.js', (route) => route.abort());
  await page.goto(`${server.url}?lang=en`);
  await expect.poll(() => page.locator('h1').textContent()).toBe('Rendez-vous');
  const text = (await page.locator('#ui').innerText()).replace(/\s+/g, ' ');
  expect(text).toContain('Répétez vos rendez-vous clients avant qu’ils comptent.');
  expect(text).toContain('Rehearse client meetings before they count.');
  expect(text).toContain('Chargement…');
  expect(text).toContain('Loading…');
  expect(await page.locator('#ui [role="status"]').count()).toBe(1);
  await context.close();
});

test('with JavaScript turned off the page says it needs it, in both languages, and not that it is loading', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, javaScriptEnabled: false });
  await returningPlayer(context);
  const page = await context.newPage();
  await page.goto(`${server.url}?lang=en`);
  // Line breaks and runs of spaces folded, no-break spaces kept (the French colon has one).
  const text = (await page.locator('#ui').innerText()).replace(/[ \t\n\r]+/g, ' ');
  expect(text).toContain('Rendez-vous a besoin de JavaScript\u00a0: activez-le pour jouer.');
  expect(text).toContain('Rendez-vous needs JavaScript: turn it on to play.');
  expect(text).not.toContain('Loading…');
  await page.screenshot({ path: 'tests/screenshots/no-javascript.png' });
  await context.close();
});

test('a meeting chosen on the menu before the game has started opens once it has', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, serviceWorkers: 'block' });
  await returningPlayer(context);
  const page = await context.newPage();
  const errors = watchForErrors(page);
  // Phaser is held back until the test lets it go: the menu must not wait for it.
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  let phaserAsked = false;
  await page.route(/\/assets\/phaser-[^/]+\.js$/, async (route) => {
    phaserAsked = true;
    await held;
    await route.continue();
  });
  await page.goto(`${server.url}?lang=en&seed=3`);
  const start = page.locator('[data-role="menu"] .card[data-scenario] .start').first();
  await start.waitFor();
  expect(await page.locator('#stage canvas').count()).toBe(0);
  await start.click();
  // The choice waits for the game, which is held on its way: the menu stays meanwhile.
  await expect.poll(() => phaserAsked).toBe(true);
  expect(await page.locator('[data-role="meeting"]').count()).toBe(0);
  release();
  await page.locator('[data-role="meeting"]').waitFor({ timeout: 30_000 });
  expect(await page.locator('#stage canvas').count()).toBe(1);
  expect(await page.locator('[data-role="menu"]').count()).toBe(0);
  expect(errors).toEqual([]);
  await context.close();
});

/** The scripts the page asks for, as they are asked. */
function scriptsAsked(page: Page): string[] {
  const asked: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') asked.push(request.url());
  });
  return asked;
}

/** Those of `scripts` whose code holds `mark`: chunk names are the bundler's to choose, their code is not. */
async function holding(scripts: readonly string[], mark: string): Promise<string[]> {
  const bodies = await Promise.all(scripts.map(async (url) => [url, await (await fetch(url)).text()] as const));
  return bodies.filter(([, body]) => body.includes(mark)).map(([url]) => url);
}

// XState names its start event so; the debrief view is the only code that titles its figures.
const ENGINE = 'xstate.init';
const DEBRIEF = dt('figuresTitle', 'en');

test('the menu loads neither the meeting engine nor the debrief: the first meeting fetches the engine, its end the debrief', async () => {
  const scenario = shippedMeeting('mission-interview');
  const expected = playToEnd(scenario, 3, preferMoves(['let-finish']));
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, serviceWorkers: 'block' });
  await returningPlayer(context);
  const page = await context.newPage();
  const errors = watchForErrors(page);
  const asked = scriptsAsked(page);
  await page.goto(`${server.url}?lang=en&seed=3`);
  await page.locator(`.card[data-scenario="${scenario.id}"] .start`).waitFor();
  // Phaser has made its canvas: the game's chunk, and all it imports, are in.
  await page.locator('#stage canvas').waitFor();
  expect((await holding(asked, 'Phaser')).length).toBeGreaterThan(0);
  expect(await holding(asked, ENGINE)).toEqual([]);
  expect(await holding(asked, DEBRIEF)).toEqual([]);

  await page.click(`.card[data-scenario="${scenario.id}"] .start`);
  await page.locator('[data-role="meeting"] [data-role="actions"] button').first().waitFor();
  expect(await holding(asked, ENGINE)).toHaveLength(1);
  expect(await holding(asked, DEBRIEF)).toEqual([]);

  await playActions(page, expected.actions, 'keyboard');
  expect(await holding(asked, DEBRIEF)).toHaveLength(1);
  expect(await page.locator('[data-role="debrief"]').getAttribute('data-outcome')).toBe(expected.outcome);
  expect(errors).toEqual([]);
  await context.close();
});

// The coach's name: only the introduction says it.
const INTRODUCTION = 'Théo Marchand';

test('the introduction’s words come with a first launch, which opens on it, and never with a returning player’s menu', async () => {
  const returning = await browser.newContext({ viewport: { width: 1280, height: 720 }, serviceWorkers: 'block' });
  await returningPlayer(returning);
  const menu = await returning.newPage();
  const menuAsked = scriptsAsked(menu);
  await menu.goto(`${server.url}?lang=en`);
  await menu.locator(MENU_START).first().waitFor();
  await menu.locator('#stage canvas').waitFor();
  expect(await holding(menuAsked, INTRODUCTION)).toEqual([]);
  await returning.close();

  const fresh = await browser.newContext({ viewport: { width: 1280, height: 720 }, serviceWorkers: 'block' });
  const page = await fresh.newPage();
  const errors = watchForErrors(page);
  const asked = scriptsAsked(page);
  await page.goto(`${server.url}?lang=en`);
  await page.locator('[data-role="meeting"][data-node="welcome"]').waitFor({ timeout: 30_000 });
  expect(await holding(asked, INTRODUCTION)).toHaveLength(1);
  expect(await page.locator(MENU_START).count()).toBe(0);
  expect(errors).toEqual([]);
  await fresh.close();
});

test.each<Lang>(['en', 'fr'])(
  'a screen whose code cannot be fetched says so (%s) and leads back to the menu, the focus on the way there',
  async (lang) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, serviceWorkers: 'block' });
    await returningPlayer(context);
    const page = await context.newPage();
    // The board's charts are the chunk vite.config.ts names: without it the board's code cannot run.
    await page.route(/\/assets\/charts-[^/]+\.js$/, (route) => route.abort());
    await page.goto(`${server.url}?lang=${lang}`);
    await page.locator('#stage canvas').waitFor();
    await page.click('[data-role="menu"] [data-action="board"]');
    const alert = page.locator('#ui [role="alert"]');
    await alert.waitFor();
    expect(await alert.textContent()).toBe(t('screenUnavailable', lang));
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.action)).toBe('menu');
    await page.keyboard.press('Enter');
    await page.locator('[data-role="menu"] .card[data-scenario] .start').first().waitFor();
    await context.close();
  },
);

test.each([
  { name: 'laptop', width: 1350, height: 940 },
  { name: 'phone', width: 390, height: 844 },
])('a new player’s first visit opens on the introduction without the page jumping ($name)', async ({ width, height }) => {
  // No returning player here: the introduction is due. index.html paints the title at the top; the
  // dialogue box lies at the foot. The title once slid down to it: a layout shift of 0.6.
  const context = await browser.newContext({ viewport: { width, height }, serviceWorkers: 'block' });
  await context.addInitScript(() => {
    const seen: number[] = [];
    (window as unknown as { shifts: number[] }).shifts = seen;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) seen.push((entry as unknown as { value: number }).value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
  const page = await context.newPage();
  const errors = watchForErrors(page);
  await page.goto(`${server.url}?lang=fr`);
  await page.waitForSelector('#app[data-screen="meeting"] .meeting');
  // The first line is typed out, and the box grows with it: what it says is part of the measure.
  await page.waitForTimeout(1500);
  const shifts = await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts);
  const total = shifts.reduce((sum, value) => sum + value, 0);
  // 0.1 is where Lighthouse and Chrome's field data stop calling a page's layout stable.
  expect(total).toBeLessThan(0.1);
  expect(await page.locator('.opening-note').count()).toBe(0);
  expect(errors).toEqual([]);
  await context.close();
});
