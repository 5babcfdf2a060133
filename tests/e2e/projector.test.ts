/**
 * The workshop on a projector (1920×1080, read from three metres): body text of 28 px or more in the
 * facilitated meeting, its discussion cards, the room's debrief and the results board; the card beside
 * the room rather than over its people; titles, not node ids; the board a screen at a time.
 */
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type Lang, makeReplayCode, playToEnd, preferMoves } from '../../src/engine/index.ts';
import { pressAndWait, returningPlayer, watchForErrors } from '../../src/harness/page-driver.ts';
import { serveDirectory } from '../../src/harness/static-server.ts';
import { launchBrowser } from './browser.ts';
import { shippedMeeting } from './shipped.ts';

const SHOTS = 'tests/screenshots';
const scenario = shippedMeeting('mission-interview');
const PROJECTOR = { width: 1920, height: 1080 };
const SIZES = [
  { name: 'laptop', width: 1366, height: 768 },
  { name: 'projector', ...PROJECTOR },
  { name: 'phone', width: 390, height: 844 },
] as const;
const nodeIds = new Set(Object.keys(scenario.nodes));

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

/** The computed size of the text of the first element matching `selector`, in CSS pixels. */
const textSize = (page: Page, selector: string) =>
  page.$eval(selector, (element) => Number.parseFloat(getComputedStyle(element).fontSize));

const box = async (page: Page, selector: string) => {
  const found = await page.locator(selector).first().boundingBox();
  if (!found) throw new Error(`${selector} is not on screen`);
  return found;
};

/**
 * Plays the facilitated meeting to its end: lines run on with Enter; at each card, one hand for the
 * first option, then Enter plays it. `hidden` receives the cards that left out an option.
 */
async function playWithTheRoom(page: Page, atFirstCard: () => Promise<void>, hidden: number[]): Promise<number[][]> {
  const cards: number[][] = [];
  for (let step = 0; step < 400; step++) {
    if (await page.$('[data-action="debrief"]')) return cards;
    if (!(await page.$('dialog[data-role="discussion"][open]'))) {
      await pressAndWait(page, 'Enter');
      continue;
    }
    const shown = await page.$$eval('dialog[data-role="discussion"] .discussion-options li', (items) =>
      items.map((li) => Number((li as HTMLElement).dataset.index)),
    );
    if (cards.length === 0) await atFirstCard();
    const node = scenario.nodes[(await page.getAttribute('[data-role="meeting"]', 'data-node')) ?? ''];
    if (node?.kind === 'decision' && shown.length < node.options.length) hidden.push(cards.length);
    cards.push(shown);
    await page.keyboard.press('a');
    await page.keyboard.press('Enter');
    await page.waitForSelector('dialog[data-role="discussion"]', { state: 'detached' });
  }
  throw new Error('the meeting did not end in 400 steps');
}

describe.each(['fr', 'en'] as const)('in %s', (lang: Lang) => {
  test('a facilitated meeting and the room’s debrief on a projector: 28-px text, the card beside the room, titles and the card’s letters', async () => {
    const context = await browser.newContext({ viewport: PROJECTOR });
    await returningPlayer(context);
    const page = await context.newPage();
    const errors = watchForErrors(page);
    await page.goto(`${server.url}?lang=${lang}&seed=3`);
    await page.selectOption('#facilitate-scenario', scenario.id);
    await page.click('[data-action="facilitate"]');
    await page.waitForSelector('[data-role="meeting"]');
    expect(await textSize(page, '[data-role="meeting"] .line, [data-role="meeting"] .prompt')).toBeGreaterThanOrEqual(28);

    // The cards (by their place in the meeting) that left out an option whose condition did not hold.
    const hidden: number[] = [];
    const cards = await playWithTheRoom(
      page,
      async () => {
        expect(await textSize(page, 'dialog[data-role="discussion"] .discussion-options li span')).toBeGreaterThanOrEqual(28);
        // The room is drawn whole on the left; the card starts where it ends, and covers none of it.
        await page.waitForFunction(() => (document.querySelector('#stage canvas')?.getBoundingClientRect().width ?? 0) < 1000);
        const room = await box(page, '#stage canvas');
        const card = await box(page, 'dialog[data-role="discussion"]');
        expect(room.x + room.width).toBeLessThanOrEqual(card.x + 1);
        expect(room.height).toBeGreaterThan(PROJECTOR.height * 0.9);
        await page.waitForTimeout(300);
        await page.screenshot({ path: `${SHOTS}/projector-${lang}-card.png` });
      },
      hidden,
    );
    expect(cards.length).toBeGreaterThan(3);
    expect(hidden.length, 'a card with an option left out').toBeGreaterThan(0);

    await page.click('[data-action="debrief"]');
    await page.waitForSelector('[data-role="room-debrief"]');
    await page.waitForTimeout(600);
    expect(await textSize(page, '.room-decision .played')).toBeGreaterThanOrEqual(28);
    const decisions = await page.$$eval('.room-decision', (items) =>
      items.map((li) => ({
        title: li.querySelector('h3')?.textContent ?? '',
        votes: li.querySelector('.votes')?.textContent ?? '',
      })),
    );
    expect(decisions).toHaveLength(cards.length);
    decisions.forEach((decision, i) => {
      // A title a room can read, never the node's id.
      expect(nodeIds.has(decision.title.trim())).toBe(false);
      expect(decision.title.length).toBeGreaterThan(5);
      // The letters the card showed, and no others: A, B, C for three options shown, even where the file has more.
      const letters = [...decision.votes.matchAll(/\b([A-F]) \d+/g)].map((m) => m[1]);
      expect(letters).toEqual([...'ABCDEF'].slice(0, cards[i]?.length ?? 0));
    });
    for (const size of SIZES) {
      await page.setViewportSize(size);
      await page.waitForTimeout(200);
      await page.screenshot({ path: `${SHOTS}/projector-${lang}-room-debrief-${size.name}.png` });
      // At its foot, the room code for the results board.
      await page.locator('[data-role="session-code-section"]').scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${SHOTS}/projector-${lang}-session-code-${size.name}.png` });
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  test('the results board on a projector: 28-px text, one screen of results at a time turned by the arrow keys, titles not ids', async () => {
    const context = await browser.newContext({ viewport: PROJECTOR });
    await returningPlayer(context);
    const page = await context.newPage();
    const errors = watchForErrors(page);
    await page.goto(`${server.url}?lang=${lang}`);
    await page.click('[data-action="board"]');
    await page.waitForSelector('[data-role="board"]');
    const codes = [
      ['Léa', playToEnd(scenario, 3, preferMoves(['research', 'take-note', 'let-finish', 'admit-weakness']))],
      ['Tom', playToEnd(scenario, 3, preferMoves(['interrupt', 'oversell', 'force-decision']))],
    ] as const;
    const pasted = codes
      .map(
        ([name, result]) =>
          `${name} : ${makeReplayCode({ scenarioId: scenario.id, scenarioVersion: scenario.version, lang, seed: result.seed, actions: result.actions })}`,
      )
      .join('\n');
    await page.fill('#board-paste', pasted);
    await page.click('[data-action="add-codes"]');
    await page.waitForSelector('.board-table tbody tr:nth-child(2)');
    expect(await textSize(page, '.board-table tbody td')).toBeGreaterThanOrEqual(28);

    const pages = await page.locator('.board-page').count();
    expect(pages).toBeGreaterThan(3);
    const seen: string[] = [];
    for (let at = 1; at <= pages; at++) {
      // One screen shown at a time, and it fits the projector's height.
      expect(await page.locator('.board-page:not([hidden])').count()).toBe(1);
      const shown = page.locator('.board-page:not([hidden])');
      expect(await shown.getAttribute('data-page')).toBe(String(at));
      const height = await shown.evaluate((section) => section.getBoundingClientRect().height);
      expect(height, `screen ${at}`).toBeLessThanOrEqual(PROJECTOR.height);
      seen.push(...(await shown.locator('.board-decision h4').allTextContents()));
      await shown.scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${SHOTS}/projector-${lang}-board-${at}.png` });
      await page.locator('body').press('ArrowRight');
    }
    // The last screen stays the last; every decision was on one of them, by its title.
    expect(await page.locator('.board-page:not([hidden])').getAttribute('data-page')).toBe(String(pages));
    expect(seen.length).toBeGreaterThan(3);
    for (const title of seen) expect(nodeIds.has(title.trim())).toBe(false);
    await page.locator('body').press('ArrowLeft');
    expect(await page.locator('.board-page:not([hidden])').getAttribute('data-page')).toBe(String(pages - 1));
    for (const size of SIZES) {
      await page.setViewportSize(size);
      await page.waitForTimeout(200);
      await page.screenshot({ path: `${SHOTS}/projector-${lang}-board-${size.name}.png` });
    }
    expect(errors).toEqual([]);
    await context.close();
  });
});
