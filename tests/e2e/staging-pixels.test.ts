/**
 * What the staging draws, read from the canvas's own pixels (issue 17): someone who enters is
 * absent, then present; after a call ends the phone no longer shows a live call; a warmer and a
 * cooler face each differ from the neutral one. Small meetings written here say exactly who is where.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { roomLayout } from '../../scenes/art/office.ts';
import { canvasStill, finishLine, panelState, waitForRender, watchForErrors } from '../../src/harness/page-driver.ts';
import { serveDirectory } from '../../src/harness/static-server.ts';
import { launchBrowser } from './browser.ts';

const SHOTS = 'tests/screenshots';
const VIEWPORT = { width: 1280, height: 720 };

const HEAD = `format: 1
version: 1
title: { fr: Essai, en: Trial }
summary: { fr: Un essai., en: A trial. }
lessons: [L30]
rubric:
  listening: { base: 50 }
  closing: { base: 50 }
walkout: done
`;
const DONE = `  done:
    kind: ending
    outcome: continuation
    title: { fr: Fin, en: The end }
    say: { fr: Au revoir., en: Goodbye. }
    epilogue: { fr: Fin., en: The end. }
`;

/** Anne (navy) is there from the start; Marc, in forest green, comes in at the second line. */
const ENTRANCE = `${HEAD}id: entrance
setting: office
prospects:
  - id: cio
    name: Anne Test
    role: { fr: DSI, en: CIO }
    mood: { trust: 50, interest: 50, patience: 50 }
    appearance: { clothes: navy }
  - id: cfo
    name: Marc Test
    role: { fr: DAF, en: CFO }
    mood: { trust: 50, interest: 50, patience: 50 }
    appearance: { clothes: forest }
    present: false
start: hello
nodes:
  hello:
    kind: line
    speaker: cio
    say: { fr: Bonjour., en: Hello. }
    next: knock
  knock:
    kind: line
    speaker: cfo
    enter: [cfo]
    say: { fr: Je peux entrer ?, en: May I come in? }
    next: done
${DONE}`;

/** A call: the caller speaks, then the meeting ends. */
const CALL = `${HEAD}id: call
setting: phone
prospects:
  - id: caller
    name: Hélène Test
    role: { fr: Directrice, en: Director }
    mood: { trust: 50, interest: 50, patience: 50 }
start: hello
nodes:
  hello:
    kind: line
    say: { fr: Allô ? Vous avez une minute ?, en: Hello? Have you got a minute? }
    next: done
${DONE.replace('say: { fr: Au revoir., en: Goodbye. }', 'say: { fr: Au revoir., en: Goodbye. }\n    gesture: hangs-up')}`;

/** One question; the answer lands neutral, warmer or cooler (option 0, 1, 2). */
const FACES = `${HEAD}id: faces
setting: office
prospects:
  - id: cio
    name: Anne Test
    role: { fr: DSI, en: CIO }
    mood: { trust: 50, interest: 50, patience: 50 }
start: ask
nodes:
  ask:
    kind: decision
    say: { fr: Alors ?, en: So? }
    options:
      - text: { fr: Je vois., en: I see. }
        moves: [closed-question]
        lessons: [L30]
        reply: { fr: Bien sûr., en: Of course. }
        next: done
      - text: { fr: Vous avez raison., en: You are right. }
        moves: [open-question]
        lessons: [L30]
        effects: { trust: 20 }
        reply: { fr: Bien sûr., en: Of course. }
        next: done
      - text: { fr: Vous avez tort., en: You are wrong. }
        moves: [pitch]
        lessons: [L30]
        effects: { trust: -20 }
        reply: { fr: Bien sûr., en: Of course. }
        next: done
${DONE}`;

let server: Awaited<ReturnType<typeof serveDirectory>>;
let browser: Browser;
let root: string;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  root = mkdtempSync(join(tmpdir(), 'rendez-vous-staging-'));
  cpSync('dist', root, { recursive: true });
  writeFileSync(join(root, 'entrance.yaml'), ENTRANCE);
  writeFileSync(join(root, 'call.yaml'), CALL);
  writeFileSync(join(root, 'faces.yaml'), FACES);
  server = await serveDirectory(root);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (root) rmSync(root, { recursive: true, force: true });
});

/** Reduced motion: nobody walks or breathes, so each screenshot shows the moment's final drawing. */
async function open(file: string): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: VIEWPORT, reducedMotion: 'reduce' });
  await context.addInitScript(() => localStorage.setItem('rendez-vous.text-speed', 'instant'));
  const page = await context.newPage();
  const errors = watchForErrors(page);
  await page.goto(`${server.url}?lang=en&seed=1&scenario=${file}`);
  await page.waitForSelector('[data-role="meeting"][data-typing="false"] [data-role="actions"] button');
  await canvasStill(page);
  return { page, errors };
}

/** Clicks a button of the meeting panel and waits for the room to be drawn again. */
async function press(page: Page, selector: string): Promise<void> {
  const { renders } = await finishLine(page, 'mouse');
  await page.click(`[data-role="actions"] ${selector}`);
  await waitForRender(page, renders);
  await finishLine(page, 'mouse');
  await canvasStill(page);
}

/** A screenshot of the canvas alone, as PNG in base64 (also saved for people to look at). */
async function shoot(page: Page, name: string): Promise<string> {
  return (await page.locator('canvas').screenshot({ path: `${SHOTS}/staging-pixels-${name}.png` })).toString('base64');
}

type Box = { x: number; y: number; w: number; h: number };

/**
 * Measures screenshots in the page, which decodes PNG natively: how many pixels are within
 * `tolerance` (per channel) of a colour, or the mean difference per channel between two shots
 * inside a box (shares of the width and height).
 */
function measure(
  page: Page,
  question: { count: { png: string; colour: number; tolerance: number } } | { differ: { a: string; b: string; box: Box } },
): Promise<number> {
  return page.evaluate(async (q) => {
    const decode = async (png: string) => {
      const image = new Image();
      image.src = `data:image/png;base64,${png}`;
      await image.decode();
      const c = document.createElement('canvas');
      c.width = image.width;
      c.height = image.height;
      const ctx = c.getContext('2d');
      if (!ctx) throw new Error('no 2d context');
      ctx.drawImage(image, 0, 0);
      return ctx.getImageData(0, 0, c.width, c.height);
    };
    if ('count' in q) {
      const { data } = await decode(q.count.png);
      const { colour, tolerance } = q.count;
      const [r, g, b] = [(colour >> 16) & 0xff, (colour >> 8) & 0xff, colour & 0xff];
      let count = 0;
      for (let i = 0; i < data.length; i += 4) {
        const near =
          Math.abs((data[i] ?? 0) - r) <= tolerance &&
          Math.abs((data[i + 1] ?? 0) - g) <= tolerance &&
          Math.abs((data[i + 2] ?? 0) - b) <= tolerance;
        if (near) count += 1;
      }
      return count;
    }
    const a = await decode(q.differ.a);
    const b = await decode(q.differ.b);
    const { box } = q.differ;
    let sum = 0;
    let n = 0;
    for (let y = Math.round(box.y * a.height); y < Math.round((box.y + box.h) * a.height); y++) {
      for (let x = Math.round(box.x * a.width); x < Math.round((box.x + box.w) * a.width); x++) {
        const i = (y * a.width + x) * 4;
        for (let k = 0; k < 3; k++) sum += Math.abs((a.data[i + k] ?? 0) - (b.data[i + k] ?? 0));
        n += 3;
      }
    }
    return sum / n;
  }, question);
}

/** The forest jacket (scenes/art/palette.ts CLOTHES.forest), and the red of the phone's end-call button. */
const FOREST = 0x44624f;
const TERRACOTTA = 0xd9734e;

test('an entrance: the one who comes in is not in the room before, and is after', async () => {
  const { page, errors } = await open('entrance.yaml');
  const before = await measure(page, { count: { png: await shoot(page, 'entrance-before'), colour: FOREST, tolerance: 10 } });
  await press(page, '[data-action="continue"]');
  expect((await panelState(page)).node).toBe('knock');
  const after = await measure(page, { count: { png: await shoot(page, 'entrance-after'), colour: FOREST, tolerance: 10 } });
  expect(before).toBe(0);
  // A jacket is some thousands of pixels at this size: far more than a stray edge.
  expect(after).toBeGreaterThan(2000);
  expect(errors).toEqual([]);
  await page.context().close();
});

test('after the caller hangs up, the phone no longer shows a live call: the red end-call button is gone', async () => {
  const { page, errors } = await open('call.yaml');
  const live = await measure(page, { count: { png: await shoot(page, 'call-live'), colour: TERRACOTTA, tolerance: 12 } });
  await press(page, '[data-action="continue"]');
  expect((await panelState(page)).phase).toBe('ended');
  const ended = await measure(page, { count: { png: await shoot(page, 'call-ended'), colour: TERRACOTTA, tolerance: 12 } });
  // The office print on the wall keeps some of that red in both; the button and the speaking ring are the rest.
  expect(live - ended).toBeGreaterThan(1500);
  expect(errors).toEqual([]);
  await page.context().close();
});

test('a warmer and a cooler face both differ from the neutral one, more than the room’s light does', async () => {
  const { page, errors } = await open('faces.yaml');
  const size = await page.locator('canvas').boundingBox();
  if (!size) throw new Error('no canvas');
  /** The face after the answer to option `index`, from the start of a new session (the address again). */
  const shotAfter = async (index: number, name: string) => {
    await page.goto(`${server.url}?lang=en&seed=1&scenario=faces.yaml`);
    await page.waitForSelector('[data-role="meeting"][data-typing="false"] [data-role="actions"] button');
    await press(page, `[data-action="choose"][data-index="${index}"]`);
    expect((await panelState(page)).phase).toBe('reply');
    return shoot(page, `face-${name}`);
  };
  const neutral = await shotAfter(0, 'neutral');
  const warmer = await shotAfter(1, 'warmer');
  const cooler = await shotAfter(2, 'cooler');
  // The face of the one prospect, at 60% of the width, around 216 drawing units above the table;
  // and a bit of bare wall as a control, where only the light, which follows trust, can change.
  // Composed in the share of the canvas the page's layout gives the room (above the dialogue box).
  const share = await page.evaluate(() =>
    Number.parseFloat(getComputedStyle(document.querySelector('#stage') as Element).getPropertyValue('--room-visible')),
  );
  const room = roomLayout(size.width, size.height, size.height * share);
  const half = (40 * room.unit) / size.width;
  const face = {
    x: 0.6 - half,
    y: (room.tableTop - 236 * room.unit) / size.height,
    w: 2 * half,
    h: (60 * room.unit) / size.height,
  };
  const wall = { x: 0.45, y: 0.05, w: 0.05, h: 0.1 };
  for (const [name, shot] of [
    ['warmer', warmer],
    ['cooler', cooler],
  ] as const) {
    const faceChange = await measure(page, { differ: { a: neutral, b: shot, box: face } });
    const lightChange = await measure(page, { differ: { a: neutral, b: shot, box: wall } });
    expect(faceChange, `${name}: face ${faceChange.toFixed(2)}, wall ${lightChange.toFixed(2)}`).toBeGreaterThan(lightChange + 3);
  }
  expect(await measure(page, { differ: { a: warmer, b: cooler, box: face } })).toBeGreaterThan(3);
  expect(errors).toEqual([]);
  await page.context().close();
});
