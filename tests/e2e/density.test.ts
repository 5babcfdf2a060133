/**
 * The canvas is drawn at the screen's density (issue 17, item 4): on a phone of pixel ratio 3 its
 * backing store has three pixels to each CSS pixel, so the people are as crisp as the text beside
 * them; it covers the stage exactly, and follows the window when it is resized.
 */
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { canvasStill, watchForErrors } from '../../src/harness/page-driver.ts';
import { serveDirectory } from '../../src/harness/static-server.ts';
import { launchBrowser } from './browser.ts';

const SHOTS = 'tests/screenshots';

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

/** The canvas's own pixels, and the CSS boxes of the canvas and of the stage it fills. */
function measure(page: Page) {
  return page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('#stage canvas');
    const stage = document.querySelector<HTMLElement>('#stage');
    if (!canvas || !stage) throw new Error('no canvas on the stage');
    const box = canvas.getBoundingClientRect();
    return {
      pixels: { width: canvas.width, height: canvas.height },
      css: { width: box.width, height: box.height },
      stage: { width: stage.clientWidth, height: stage.clientHeight },
    };
  });
}

describe('the canvas at the screen’s density', () => {
  test.each([
    { name: 'phone', viewport: { width: 390, height: 844 }, ratio: 3, lang: 'fr' },
    { name: 'laptop', viewport: { width: 1366, height: 768 }, ratio: 1, lang: 'en' },
    { name: 'projector', viewport: { width: 1920, height: 1080 }, ratio: 2, lang: 'fr' },
  ])(
    '$name at pixel ratio $ratio: the canvas has that many pixels to a CSS pixel, over the whole stage',
    async ({ name, viewport, ratio, lang }) => {
      const context = await browser.newContext({ viewport, deviceScaleFactor: ratio, reducedMotion: 'reduce' });
      const page = await context.newPage();
      const errors = watchForErrors(page);
      await page.goto(`${server.url}?lang=${lang}&seed=1&scenario=interview-end`);
      await page.waitForSelector('[data-role="meeting"][data-typing="false"] [data-role="actions"] button', { timeout: 60_000 });
      await canvasStill(page);
      await page.screenshot({ path: `${SHOTS}/density-${name}-${lang}.png` });
      const { pixels, css, stage } = await measure(page);
      expect(css).toEqual(stage);
      expect(pixels).toEqual({ width: Math.round(stage.width * ratio), height: Math.round(stage.height * ratio) });
      expect(errors).toEqual([]);
      await context.close();
    },
  );

  test('a window turned from laptop to phone size redraws the canvas at the new size', async () => {
    const context = await browser.newContext({
      viewport: { width: 1366, height: 768 },
      deviceScaleFactor: 2,
      reducedMotion: 'reduce',
    });
    const page = await context.newPage();
    const errors = watchForErrors(page);
    await page.goto(`${server.url}?lang=en&seed=1&scenario=interview-end`);
    await page.waitForSelector('[data-role="meeting"][data-typing="false"] [data-role="actions"] button', { timeout: 60_000 });
    const before = await measure(page);
    await page.setViewportSize({ width: 390, height: 844 });
    await expect.poll(async () => (await measure(page)).css.width).toBe(390);
    const after = await measure(page);
    expect(after.pixels.width).not.toBe(before.pixels.width);
    expect(after.css).toEqual(after.stage);
    expect(after.pixels).toEqual({ width: after.stage.width * 2, height: after.stage.height * 2 });
    expect(errors).toEqual([]);
    await context.close();
  });
});
