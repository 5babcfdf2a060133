/**
 * What the scenario says about the place and the people is what the canvas shows. Pixels are read
 * from a real screenshot of the WebGL canvas, decoded by the page itself (no image library needed).
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { roomLayout } from '../../scenes/art/office.ts';
import { canvasStill, watchForErrors } from '../../src/harness/page-driver.ts';
import { serveDirectory } from '../../src/harness/static-server.ts';
import { launchBrowser } from './browser.ts';

const SHOTS = 'tests/screenshots';
const SMALL = readFileSync('tests/fixtures/small-meeting.yaml', 'utf8');

/** The fixture with another setting and a declared look for its one prospect. */
function variantOf(id: string, setting: string, clothes: string): string {
  return SMALL.replace(/^id: small-meeting$/m, `id: ${id}`)
    .replace(/^setting: .*$/m, `setting: ${setting}`)
    .replace(
      '    mood: { trust: 50, interest: 50, patience: 30 }\n',
      `    mood: { trust: 50, interest: 50, patience: 30 }\n    appearance: { clothes: ${clothes}, hair: short }\n`,
    );
}

let server: Awaited<ReturnType<typeof serveDirectory>>;
let browser: Browser;
let root: string;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  root = mkdtempSync(join(tmpdir(), 'rendez-vous-art-'));
  cpSync('dist', root, { recursive: true });
  writeFileSync(join(root, 'office.yaml'), variantOf('art-office', 'office', 'forest'));
  writeFileSync(join(root, 'cafe.yaml'), variantOf('art-cafe', 'cafe', 'terracotta'));
  server = await serveDirectory(root);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (root) rmSync(root, { recursive: true, force: true });
});

type Rgb = { r: number; g: number; b: number };

/** The mean colour of a small square of the canvas, at a share of its width and height. */
async function colourAt(page: Page, x: number, y: number): Promise<Rgb> {
  const canvas = page.locator('canvas');
  const box = await canvas.boundingBox();
  if (!box) throw new Error('no canvas on screen');
  const png = (await canvas.screenshot()).toString('base64');
  return page.evaluate(
    async ({ png, x, y }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${png}`;
      await image.decode();
      const c = document.createElement('canvas');
      c.width = image.width;
      c.height = image.height;
      const ctx = c.getContext('2d');
      if (!ctx) throw new Error('no 2d context');
      ctx.drawImage(image, 0, 0);
      const px = Math.round(image.width * x) - 5;
      const py = Math.round(image.height * y) - 5;
      const data = ctx.getImageData(px, py, 10, 10).data;
      let r = 0;
      let g = 0;
      let b = 0;
      for (let i = 0; i < data.length; i += 4) {
        r += data[i] ?? 0;
        g += data[i + 1] ?? 0;
        b += data[i + 2] ?? 0;
      }
      const n = data.length / 4;
      return { r: r / n, g: g / n, b: b / n };
    },
    { png, x, y },
  );
}

async function openMeeting(file: string, name: string): Promise<{ page: Page; errors: string[] }> {
  // Reduced motion: nobody breathes, so the pixels stay where the test looks.
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce' });
  const page = await context.newPage();
  const errors = watchForErrors(page);
  await page.goto(`${server.url}?lang=en&seed=1&scenario=${file}`);
  await page.waitForSelector('[data-role="meeting"]');
  await canvasStill(page);
  await page.screenshot({ path: `${SHOTS}/art-${name}.png` });
  return { page, errors };
}

/**
 * Heights in the room as shares of the canvas: the room is composed in the share of it the page's
 * layout leaves above the dialogue box (`--room-visible`), the table top at 74% of that (office.ts).
 */
async function roomHeights(page: Page): Promise<{ shoulders: number; chest: number }> {
  const share = await page.evaluate(() =>
    Number.parseFloat(getComputedStyle(document.querySelector('#stage') as Element).getPropertyValue('--room-visible')),
  );
  const box = await page.locator('canvas').boundingBox();
  if (!box) throw new Error('no canvas on screen');
  const room = roomLayout(box.width, box.height, box.height * share);
  return {
    shoulders: (room.tableTop - 140 * room.unit) / box.height,
    chest: (room.tableTop - 60 * room.unit) / box.height,
  };
}

test('the setting chooses the room: brick in a café, a pale wall in an office', async () => {
  const office = await openMeeting('office.yaml', 'office');
  const cafe = await openMeeting('cafe.yaml', 'cafe');
  // Left of everything, level with the people's shoulders: only the wall is there.
  const { shoulders } = await roomHeights(office.page);
  const wallOffice = await colourAt(office.page, 0.02, shoulders);
  const wallCafe = await colourAt(cafe.page, 0.02, shoulders);
  expect(wallCafe.r - wallCafe.b, JSON.stringify(wallCafe)).toBeGreaterThan(50);
  expect(Math.abs(wallOffice.r - wallOffice.b), JSON.stringify(wallOffice)).toBeLessThan(30);
  expect([...office.errors, ...cafe.errors]).toEqual([]);
  await office.page.context().close();
  await cafe.page.context().close();
});

test('the jacket is the colour the scenario declares', async () => {
  const forest = await openMeeting('office.yaml', 'forest');
  const terracotta = await openMeeting('cafe.yaml', 'terracotta');
  // The one prospect sits at 60% of the width; the chest is 60 drawing units above the table top.
  const { chest } = await roomHeights(forest.page);
  const green = await colourAt(forest.page, 0.6 + 0.035, chest);
  const red = await colourAt(terracotta.page, 0.6 + 0.035, chest);
  expect(green.g, JSON.stringify(green)).toBeGreaterThan(green.r);
  expect(red.r, JSON.stringify(red)).toBeGreaterThan(red.g + 40);
  await forest.page.context().close();
  await terracotta.page.context().close();
});
