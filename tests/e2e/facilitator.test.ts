/** Facilitator mode with a room: discussion cards, votes by keys and by touch, the room's debrief. */
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { openFacilitatedSession, shownOrder } from '../../src/engine/index.ts';
import { pressAndWait, returningPlayer, watchForErrors } from '../../src/harness/page-driver.ts';
import { serveDirectory } from '../../src/harness/static-server.ts';
import { launchBrowser } from './browser.ts';
import { shippedMeeting } from './shipped.ts';

const SHOTS = 'tests/screenshots';
const scenario = shippedMeeting('mission-interview');

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

/** Option indexes shown on the open card, in letter order. */
async function cardOptions(page: Page): Promise<number[]> {
  return page.$$eval('dialog[data-role="discussion"] .discussion-options li', (items) =>
    items.map((li) => Number((li as HTMLElement).dataset.index)),
  );
}

test('the room votes at each decision; the majority is played, a tie is decided, the room’s debrief shows both', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await returningPlayer(context);
  const page = await context.newPage();
  const errors = watchForErrors(page);
  await page.goto(`${server.url}?lang=en&seed=3`);
  await page.selectOption('#facilitate-scenario', scenario.id);
  await page.click('[data-action="facilitate"]');
  await page.waitForSelector('[data-role="meeting"]');
  expect(await page.getAttribute('#app', 'data-mode')).toBe('facilitator');

  const played: { nodeId: string; option: number; tie: boolean }[] = [];
  const cards: number[][] = [];
  let questions = 0;
  for (let step = 0; step < 400; step++) {
    if (await page.$('[data-action="debrief"]')) break;
    const card = await page.$('dialog[data-role="discussion"][open]');
    if (!card) {
      // Lines and listening windows: let the story run (Enter shows the whole line, then continues).
      await pressAndWait(page, 'Enter');
      continue;
    }
    const nodeId = (await page.getAttribute('[data-role="meeting"]', 'data-node')) ?? '';
    const options = await cardOptions(page);
    // The scenario's question for the room, where it wrote one, and nothing where it did not.
    const node = scenario.nodes[nodeId];
    const question = node?.kind === 'decision' ? (node.question?.en ?? null) : null;
    const shown = await page.$eval(
      'dialog[data-role="discussion"]',
      (d) => d.querySelector('.room-question span')?.textContent ?? null,
    );
    expect(shown, nodeId).toBe(question);
    if (question) questions++;
    // The card letters the options in the order drawn from the seed (3) and the decision, as the game shows them.
    if (node?.kind === 'decision')
      expect(options).toEqual(shownOrder(3, nodeId, node.options).filter((i) => options.includes(i)));
    cards.push(options);
    if (played.length === 0) {
      await page.screenshot({ path: `${SHOTS}/en-discussion-card.png` });
      // By keys: three hands for B, one for A; Enter plays the majority.
      for (const key of ['b', 'b', 'b', 'a', 'c', 'Shift+C']) await page.keyboard.press(key);
      expect(await page.textContent('[data-action="majority"]')).toBe('Play the majority (B)');
      await page.keyboard.press('Enter');
      played.push({ nodeId, option: options[1] ?? -1, tie: false });
    } else if (played.length === 1) {
      // By touch: two hands each for A and B is a tie; the facilitator decides for A.
      const add = '[data-action="add-hand"]';
      const buttons = await page.$$(add);
      for (const b of [buttons[0], buttons[0], buttons[1], buttons[1]]) await b?.click();
      expect(await page.isDisabled('[data-action="majority"]')).toBe(true);
      await page.click(`[data-action="play"][data-index="${options[0]}"]`);
      played.push({ nodeId, option: options[0] ?? -1, tie: true });
    } else {
      // The rest: one hand for the last option, played as the majority.
      const last = options.length - 1;
      await page.keyboard.press('abcd'[last] ?? 'a');
      await page.keyboard.press('Enter');
      played.push({ nodeId, option: options[last] ?? -1, tie: false });
    }
    await page.waitForSelector('dialog[data-role="discussion"]', { state: 'detached' });
  }
  expect(played.length).toBeGreaterThan(4);
  expect(questions).toBeGreaterThan(0);
  // Not the file's order at every card: the letters say the place on the card, not in the file.
  expect(cards.some((options) => options.some((option, place) => option !== place))).toBe(true);

  await page.click('[data-action="debrief"]');
  await page.waitForSelector('[data-role="room-debrief"]');
  await page.screenshot({ path: `${SHOTS}/en-room-debrief.png` });
  const decisions = await page.$$eval('.room-decision', (items) =>
    items.map((li) => ({
      node: (li as HTMLElement).dataset.node ?? '',
      divided: li.classList.contains('divided'),
      played: li.querySelector('.played')?.textContent ?? '',
      votes: li.querySelector('.votes')?.textContent ?? '',
    })),
  );
  expect(decisions.map((d) => d.node)).toEqual(played.map((p) => p.nodeId));
  expect(decisions.map((d) => d.divided)).toEqual(played.map((p) => p.tie));
  played.forEach((p, i) => {
    const node = scenario.nodes[p.nodeId];
    const text = node?.kind === 'decision' ? node.options[p.option]?.text.en : undefined;
    // Lettered as the card lettered it.
    const letter = 'ABCDEF'[cards[i]?.indexOf(p.option) ?? -1];
    expect(decisions[i]?.played).toContain(`${letter}. ${text}`);
  });
  expect(decisions[0]?.votes).toMatch(/A 1 · B 3/);

  // The session code under it carries those hands, decision by decision, for the results board.
  const opened = openFacilitatedSession(await page.inputValue('#session-code'), [scenario]);
  if (!opened.ok) throw new Error(`the session code does not open: ${opened.kind}`);
  const hands = (i: number) => {
    const byIndex = new Map<number, number>();
    const card = cards[i] ?? [];
    if (i === 0) byIndex.set(card[1] ?? -1, 3).set(card[0] ?? -1, 1);
    else if (i === 1) byIndex.set(card[0] ?? -1, 2).set(card[1] ?? -1, 2);
    else byIndex.set(card.at(-1) ?? -1, 1);
    return byIndex;
  };
  expect(opened.votes.map((v) => [v.nodeId, v.played, v.rounds])).toEqual(played.map((p) => [p.nodeId, p.option, undefined]));
  opened.votes.forEach((vote, i) => {
    expect(vote.shown).toEqual(cards[i]);
    vote.counts.forEach((count, option) => {
      expect(count, `${vote.nodeId}, option ${option}`).toBe(hands(i).get(option) ?? 0);
    });
  });

  await page.click('[data-action="full-debrief"]');
  await page.waitForSelector('[data-role="debrief"]');
  expect(await page.getAttribute('#app', 'data-mode')).toBeNull();
  expect(errors).toEqual([]);
  await context.close();
});
