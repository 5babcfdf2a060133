/**
 * Every screen, in both languages, on a phone and on a laptop: drawn (not blank) and with no text
 * cut off or pushed out of its box. Screenshots land in tests/screenshots for a human look.
 */
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type Lang, playToEnd, preferMoves } from '../../src/engine/index.ts';
import { canvasStill, playActions, returningPlayer, watchForErrors } from '../../src/harness/page-driver.ts';
import { serveDirectory } from '../../src/harness/static-server.ts';
import { launchBrowser } from './browser.ts';
import { shippedMeeting } from './shipped.ts';

const SHOTS = 'tests/screenshots';
const VIEWPORTS = { phone: { width: 360, height: 740 }, laptop: { width: 1280, height: 800 } } as const;
/** One meeting per setting: office, café, panel, phone. */
const MEETINGS = ['mission-interview', 'prospect-in-a-hurry', 'round-table', 'full-diary'] as const;

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

/** Text elements whose content is wider than their box, and whether the page scrolls sideways. */
async function clipped(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    if (document.documentElement.scrollWidth > window.innerWidth + 1) found.push('the page scrolls sideways');
    for (const node of document.querySelectorAll<HTMLElement>(
      '#ui h1, #ui h2, #ui h3, #ui p, #ui li, #ui button, #ui label, #ui td, #ui th',
    )) {
      const style = getComputedStyle(node);
      if (style.display === 'none' || style.visibility === 'hidden' || node.closest('.sr-only, [hidden]')) continue;
      if (node.scrollWidth > node.clientWidth + 2 && style.overflowX !== 'auto' && style.overflowX !== 'scroll') {
        found.push(`${node.tagName.toLowerCase()}.${node.className}: "${(node.textContent ?? '').trim().slice(0, 40)}"`);
      }
    }
    return found;
  });
}

/** How many distinct colours the canvas shows (a blank canvas has one). */
async function canvasColours(page: Page): Promise<number> {
  const png = (await page.locator('canvas').screenshot()).toString('base64');
  return page.evaluate(async (data) => {
    const image = new Image();
    image.src = `data:image/png;base64,${data}`;
    await image.decode();
    const c = document.createElement('canvas');
    c.width = image.width;
    c.height = image.height;
    const ctx = c.getContext('2d');
    if (!ctx) return 0;
    ctx.drawImage(image, 0, 0);
    const pixels = ctx.getImageData(0, 0, c.width, c.height).data;
    const colours = new Set<number>();
    for (let i = 0; i < pixels.length; i += 4 * 97)
      colours.add(((pixels[i] ?? 0) << 16) | ((pixels[i + 1] ?? 0) << 8) | (pixels[i + 2] ?? 0));
    return colours.size;
  }, png);
}

describe.each(['fr', 'en'] as const)('%s', (lang: Lang) => {
  test.each(Object.keys(VIEWPORTS) as (keyof typeof VIEWPORTS)[])(
    'every screen on a %s is drawn and nothing is cut off',
    async (size) => {
      const context = await browser.newContext({ viewport: VIEWPORTS[size], reducedMotion: 'reduce' });
      await returningPlayer(context);
      const page = await context.newPage();
      const errors = watchForErrors(page);
      const check = async (name: string, drawn = true) => {
        await page.screenshot({ path: `${SHOTS}/screens-${lang}-${size}-${name}.png` });
        expect(await clipped(page), name).toEqual([]);
        if (drawn) expect(await canvasColours(page), `${name}: canvas`).toBeGreaterThan(8);
      };

      await page.goto(`${server.url}?lang=${lang}&seed=4`);
      await page.waitForSelector('[data-role="menu"] .card[data-scenario]');
      await check('menu');

      for (const id of MEETINGS) {
        await page.goto(`${server.url}?lang=${lang}&seed=4&scenario=${id}`);
        await page.waitForSelector('[data-role="meeting"] [data-role="actions"] button');
        await canvasStill(page);
        await check(`meeting-${id}`);
      }

      const scenario = shippedMeeting('full-diary');
      const result = playToEnd(scenario, 4, preferMoves(['take-note', 'let-finish', 'ask-urgency', 'delegate', 'split-stages']));
      await page.goto(`${server.url}?lang=${lang}&seed=4&scenario=${scenario.id}`);
      await playActions(page, result.actions, 'mouse');
      await check('debrief');

      await page.goto(`${server.url}?lang=${lang}`);
      await page.click('[data-action="progress"]');
      await page.waitForSelector('[data-role="progress"] .path');
      await check('progress', false);

      await page.goto(`${server.url}?lang=${lang}`);
      await page.click('[data-action="board"]');
      await page.waitForSelector('[data-role="board"]');
      await check('board', false);

      expect(errors).toEqual([]);
      await context.close();
    },
  );
});
