/**
 * The title screen a new player opens (issue 18): the meetings as cards from easier to harder, each
 * with its picture, level, length and the player's progress; three areas (practice, workshop,
 * writing scenarios); the practice fitting a laptop's screen. With it, the progress screen telling
 * the truth (no lock on a meeting the menu plays, no success for a lesson never shown), counts that
 * agree with their nouns in both languages, and a damaged replay code kept where it can be fixed.
 * Screenshots of each at a laptop, a projector and a phone, in both languages, for people to look at.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type Lang, makeReplayCode, playToEnd, preferMoves } from '../../src/engine/index.ts';
import { MENU_START, returningPlayer, watchForErrors } from '../../src/harness/page-driver.ts';
import { serveDirectory } from '../../src/harness/static-server.ts';
import { launchBrowser } from './browser.ts';
import { SHIPPED, shippedMeeting } from './shipped.ts';

const SHOTS = 'tests/screenshots';

const SIZES = [
  { name: 'laptop', width: 1366, height: 768, ratio: 1, mobile: false },
  { name: 'projector', width: 1920, height: 1080, ratio: 1, mobile: false },
  { name: 'phone', width: 390, height: 844, ratio: 3, mobile: true },
] as const;

/** The shipped meetings from easier to harder, as their files set the levels (1, 2, 2, 3, 4; the two 2s by English title). */
const EASIER_FIRST = ['interview-end', 'mission-interview', 'prospect-in-a-hurry', 'full-diary', 'round-table'];

/**
 * Two attempts at the mission interview: L11 shown twice, L13 shown once and missed once, L19 missed
 * twice and never shown. The cards' counts are then 0, 1 and 2 both ways.
 */
const at = (day: number, listening: number, closing: number, shown: string[], failed: string[]) => ({
  scenarioId: 'mission-interview',
  at: `2026-11-${String(day).padStart(2, '0')}T10:00:00.000Z`,
  outcome: 'continuation',
  scores: { listening, closing },
  shown,
  failed,
});
const TWO_ATTEMPTS = { version: 1, attempts: [at(2, 61, 40, ['L11', 'L13'], ['L19']), at(3, 48, 72, ['L11'], ['L13', 'L19'])] };

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

/** A visitor who has seen the introduction, with `progress` saved beforehand if given. */
async function visitor(progress: object | null, viewport = { width: 1366, height: 768 }): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport, reducedMotion: 'reduce' });
  await returningPlayer(context);
  if (progress) {
    await context.addInitScript((saved) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('rendez-vous.progress', saved);
        sessionStorage.setItem('seeded', 'yes');
      }
    }, JSON.stringify(progress));
  }
  return context;
}

/** The screen's size and density, changed in place (as turning a device or moving to a projector would). */
async function resize(page: Page, cdp: CDPSession, size: (typeof SIZES)[number]): Promise<void> {
  await cdp.send('Emulation.setDeviceMetricsOverride', {
    width: size.width,
    height: size.height,
    deviceScaleFactor: size.ratio,
    mobile: size.mobile,
  });
  await page.waitForFunction((width) => window.innerWidth === width, size.width);
}

/** The screen at each size, as `name-lang-size.png`; `ready` runs after each resize (to scroll, say). */
async function shootAtEachSize(page: Page, name: string, lang: Lang, ready: () => Promise<void> = async () => {}) {
  const cdp = await page.context().newCDPSession(page);
  for (const size of SIZES) {
    await resize(page, cdp, size);
    await ready();
    const shot = await cdp.send('Page.captureScreenshot', { format: 'png' });
    writeFileSync(`${SHOTS}/${name}-${lang}-${size.name}.png`, Buffer.from(shot.data, 'base64'));
  }
  await cdp.send('Emulation.clearDeviceMetricsOverride');
}

const boxOf = async (page: Page, selector: string) => {
  const box = await page.locator(selector).first().boundingBox();
  if (!box) throw new Error(`${selector} is not on the screen`);
  return box;
};

describe('the menu', () => {
  test('offers the meetings from easier to harder, in three areas, and the number keys follow the cards', async () => {
    const context = await visitor(null);
    const page = await context.newPage();
    const errors = watchForErrors(page);
    await page.goto(`${server.url}?lang=en&seed=2`);
    await page.locator(MENU_START).first().waitFor();

    const ids = await page.$$eval('.practice .card[data-scenario]', (cards) =>
      cards.map((c) => (c as HTMLElement).dataset.scenario),
    );
    expect(ids).toEqual(EASIER_FIRST);
    const levels = await page.$$eval('.practice .card[data-scenario]', (cards) =>
      cards.map((c) => Number((c as HTMLElement).dataset.level)),
    );
    expect(levels).toEqual(EASIER_FIRST.map((id) => shippedMeeting(id).level));
    // The key on each start button is its place in that order.
    expect(await page.$$eval('.practice .card .start kbd', (keys) => keys.map((k) => k.textContent))).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
    ]);

    // Each card: the setting's picture, its level and length, the title.
    for (const id of EASIER_FIRST) {
      const scenario = shippedMeeting(id);
      const card = `.card[data-scenario="${id}"]`;
      expect(await page.getAttribute(`${card} svg.setting-art`, 'data-setting')).toBe(scenario.setting);
      expect(await page.$eval(`${card} svg.setting-art`, (svg) => svg.childElementCount)).toBeGreaterThan(5);
      expect(await page.textContent(`${card} .facts`)).toMatch(
        new RegExp(`^Level ${scenario.level} of 5 · \\d+( to \\d+)? decisions$`),
      );
    }

    // Three areas, in this order, each with its own tools.
    expect(await page.$$eval('[data-role="menu"] h2', (hs) => hs.map((h) => h.textContent))).toEqual([
      'Practise',
      'In a workshop',
      'Write scenarios',
    ]);
    expect(await page.locator('.workshop #facilitate-scenario').count()).toBe(1);
    expect(await page.locator('.workshop #watch-code').count()).toBe(1);
    expect(await page.locator('.workshop [data-action="board"]').count()).toBe(1);
    expect(await page.locator('.authoring #scenario-file').count()).toBe(1);
    expect(await page.locator('.practice #scenario-file, .practice #watch-code, .practice [data-action="board"]').count()).toBe(
      0,
    );

    // Key 2 starts the second card: the mission interview, level 2.
    await page.keyboard.press('2');
    await page.waitForSelector('[data-role="meeting"]');
    expect(await page.textContent('[data-role="meeting"]')).toContain(shippedMeeting('mission-interview').prospects[0]?.name);
    expect(errors).toEqual([]);
    await context.close();
  });

  test.each<Lang>(['fr', 'en'])(
    'in %s the practice fits a laptop’s screen, and My progress stays on the title’s line at 1920 px',
    async (lang) => {
      const context = await visitor(null);
      const page = await context.newPage();
      const errors = watchForErrors(page);
      await page.goto(`${server.url}?lang=${lang}`);
      await page.locator(MENU_START).first().waitFor();
      const last = await boxOf(page, '.practice .card[data-scenario]:last-child');
      expect(last.y + last.height).toBeLessThanOrEqual(768);
      expect(last.x + last.width).toBeLessThanOrEqual(1366);

      const cdp = await context.newCDPSession(page);
      await resize(page, cdp, SIZES[1]);
      const progress = await boxOf(page, '[data-action="progress"]');
      const settings = await boxOf(page, '[data-action="settings"]');
      const title = await boxOf(page, '.menu-head h1');
      // Beside the other controls, on the line of the title.
      expect(progress.y).toBeCloseTo(settings.y, 0);
      expect(progress.x).toBeGreaterThan(settings.x);
      expect(progress.y).toBeLessThan(title.y + title.height);
      expect(errors).toEqual([]);
      await context.close();
    },
  );

  test('marks the meetings finished with their best scores, and the next one on the path', async () => {
    const context = await visitor(TWO_ATTEMPTS);
    const page = await context.newPage();
    const errors = watchForErrors(page);
    await page.goto(`${server.url}?lang=en`);
    await page.waitForSelector('.card[data-scenario="mission-interview"] .marks .done');
    expect(await page.textContent('.card[data-scenario="mission-interview"] .marks')).toBe(
      'Done · best scores: listening 61, closing 72',
    );
    // The easiest meeting is not played yet: it is the next on the path; the others are for later.
    expect(await page.textContent('.card[data-scenario="interview-end"] .marks')).toBe('Next on your path');
    const statuses = await page.$$eval('.practice .card[data-scenario]', (cards) =>
      cards.map((c) => (c as HTMLElement).dataset.status),
    );
    expect(statuses).toEqual(['next', 'finished', 'later', 'later', 'later']);
    expect(errors).toEqual([]);
    await context.close();
  });

  test.each<Lang>(['fr', 'en'])('in %s, screenshots at three sizes', async (lang) => {
    const context = await visitor(TWO_ATTEMPTS);
    const page = await context.newPage();
    const errors = watchForErrors(page);
    await page.goto(`${server.url}?lang=${lang}`);
    await page.waitForSelector('.card[data-scenario="mission-interview"] .marks .done');
    await shootAtEachSize(page, 'menu', lang);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('the progress screen', () => {
  test.each<Lang>(['fr', 'en'])(
    'in %s no meeting is locked: each one the menu plays has its Play button here, on the same path',
    async (lang) => {
      const context = await visitor(TWO_ATTEMPTS);
      const page = await context.newPage();
      const errors = watchForErrors(page);
      await page.goto(`${server.url}?lang=${lang}`);
      await page.locator(MENU_START).first().waitFor();
      const onMenu = await page.$$eval('.practice .card[data-scenario]', (cards) =>
        cards.map((c) => (c as HTMLElement).dataset.scenario),
      );
      await page.click('[data-action="progress"]');
      await page.waitForSelector('[data-role="progress"] .path');
      const steps = await page.$$eval('.path li', (items) =>
        items.map((li) => ({
          id: (li as HTMLElement).dataset.scenario,
          status: (li as HTMLElement).dataset.status,
          play: li.querySelectorAll('[data-action="play"]').length,
        })),
      );
      expect(steps.map((s) => s.id)).toEqual(onMenu);
      expect(steps.map((s) => s.status)).toEqual(['next', 'finished', 'later', 'later', 'later']);
      expect(steps.every((s) => s.play === 1)).toBe(true);
      expect(await page.textContent('.path')).not.toMatch(lang === 'fr' ? /verrouill/i : /locked/i);
      // A meeting further along the path plays from here as from the menu.
      await page.click('.path li[data-scenario="round-table"] [data-action="play"]');
      await page.waitForSelector('[data-role="meeting"]');
      expect(errors).toEqual([]);
      await context.close();
    },
  );

  test('a lesson never shown has its text and no success; the counts agree with 0, 1 and 2', async () => {
    const context = await visitor(TWO_ATTEMPTS, { width: 1280, height: 900 });
    const page = await context.newPage();
    const errors = watchForErrors(page);
    await page.goto(`${server.url}?lang=en`);
    await page.click('[data-action="progress"]');
    await page.waitForSelector('.lesson-card[data-lesson="L19"]');
    const card = (lesson: string, part: string) => page.textContent(`.lesson-card[data-lesson="${lesson}"] ${part}`);
    expect(await card('L19', '.counts')).toBe('Shown 0 times, missed 2 times');
    expect(await card('L13', '.counts')).toBe('Shown once, missed once');
    expect(await card('L11', '.counts')).toBe('Shown 2 times, missed 0 times');
    // What L19 says, in the words of the lessons' one source, and not a word of success.
    expect(await card('L19', '.lesson-text')).toBe('Hide every weakness and the client will find one you do not control.');
    expect(await page.locator('.lesson-card[data-lesson="L19"] .paid-off').count()).toBe(0);
    expect(await page.locator('.lesson-card[data-lesson="L11"] .paid-off').count()).toBe(1);
    // The example of a success comes from the meeting where the player had it.
    expect(await card('L13', '.paid-off')).toMatch(/^In “The mission interview”, for instance: /);
    expect(errors).toEqual([]);
    await context.close();
  });

  test.each([
    {
      lang: 'fr' as const,
      two: '2 rendez-vous ajoutés depuis a.json.',
      zero: '0 rendez-vous ajouté depuis a.json.',
      one: '1 rendez-vous ajouté depuis b.json.',
    },
    {
      lang: 'en' as const,
      two: '2 meetings added from a.json.',
      zero: '0 meetings added from a.json.',
      one: '1 meeting added from b.json.',
    },
  ])('in $lang, importing 2, then 0, then 1 meeting says so with the words agreeing', async ({ lang, two, zero, one }) => {
    const context = await visitor(null, { width: 1280, height: 900 });
    const page = await context.newPage();
    const errors = watchForErrors(page);
    await page.goto(`${server.url}?lang=${lang}`);
    await page.click('[data-action="progress"]');
    await page.waitForSelector('#progress-file', { state: 'attached' });
    const bring = async (name: string, progress: object, said: string) => {
      await page.setInputFiles('#progress-file', {
        name,
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify(progress)),
      });
      await expect.poll(() => page.textContent('[data-role="progress"] .notice')).toBe(said);
    };
    await bring('a.json', TWO_ATTEMPTS, two);
    await bring('a.json', TWO_ATTEMPTS, zero);
    await bring('b.json', { version: 1, attempts: [at(9, 70, 70, [], [])] }, one);
    expect(errors).toEqual([]);
    await context.close();
  });

  test.each<Lang>(['fr', 'en'])('in %s, screenshots at three sizes', async (lang) => {
    const context = await visitor(TWO_ATTEMPTS);
    const page = await context.newPage();
    const errors = watchForErrors(page);
    await page.goto(`${server.url}?lang=${lang}`);
    await page.click('[data-action="progress"]');
    await page.waitForSelector('.lesson-card[data-lesson="L19"]');
    // The path, then the lesson cards: the parts of the page this work changed.
    for (const [part, heading] of [
      ['path', '.path'],
      ['deck', '.deck'],
    ] as const) {
      await shootAtEachSize(page, `progress-${part}`, lang, async () => {
        await page
          .locator(`[data-role="progress"] ${heading}`)
          .first()
          .evaluate((list) => list.previousElementSibling?.previousElementSibling?.scrollIntoView({ block: 'start' }));
      });
    }
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('a damaged replay code', () => {
  const scenario = shippedMeeting('interview-end');
  const good = makeReplayCode({
    scenarioId: scenario.id,
    scenarioVersion: scenario.version,
    lang: 'en',
    seed: 4,
    actions: playToEnd(scenario, 4, preferMoves(['take-note', 'let-finish'])).actions,
  });
  // One character changed near the end, as a slip of the finger would.
  const damaged = `${good.slice(0, -3)}${good.at(-3) === 'x' ? 'y' : 'x'}${good.slice(-2)}`;

  test.each([
    { lang: 'fr' as const, says: 'abîmé' },
    { lang: 'en' as const, says: 'damaged' },
  ])('in $lang stays in its field, the reason beside it, the focus on the field to correct it', async ({ lang, says }) => {
    expect(damaged).not.toBe(good);
    const context = await visitor(null);
    const page = await context.newPage();
    const errors = watchForErrors(page);
    await page.goto(`${server.url}?lang=${lang}`);
    await page.locator(MENU_START).first().waitFor();
    await page.fill('#watch-code', damaged);
    await page.keyboard.press('Enter');
    await page.waitForSelector('#watch-code[aria-invalid="true"]');
    expect(await page.inputValue('#watch-code')).toBe(damaged);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('watch-code');
    const described = (await page.getAttribute('#watch-code', 'aria-describedby')) ?? '';
    expect(described).not.toBe('');
    const reason = await page.textContent(`#${described}`);
    expect(reason).toContain(says);
    // Beside the field: in its group, just under it.
    const field = await boxOf(page, '#watch-code');
    const error = await boxOf(page, `#${described}`);
    expect(error.y).toBeGreaterThanOrEqual(field.y + field.height);
    expect(error.y - (field.y + field.height)).toBeLessThan(120);
    await shootAtEachSize(page, 'replay-damaged', lang, async () => {
      await page.locator('#watch-code').evaluate((input) => input.scrollIntoView({ block: 'center' }));
    });

    // Put right where it is, the code plays.
    await page.fill('#watch-code', good);
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-role="replay"]');
    expect(errors).toEqual([]);
    await context.close();
  });

  test('opened from the address, it is put in the field too, with the focus there', async () => {
    const context = await visitor(null);
    const page = await context.newPage();
    const errors = watchForErrors(page);
    await page.goto(`${server.url}?lang=en&replay=${encodeURIComponent(damaged)}`);
    await page.waitForSelector('#watch-code[aria-invalid="true"]');
    expect(await page.inputValue('#watch-code')).toBe(damaged);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('watch-code');
    expect(errors).toEqual([]);
    await context.close();
  });
});

test('every shipped meeting is on the menu (the order above names them all)', () => {
  expect([...SHIPPED.keys()].sort()).toEqual([...EASIER_FIRST].sort());
});
