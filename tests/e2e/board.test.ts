/** The facilitator's results board in a real browser: paste, drop, read back, export. */
import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import {
  type MeetingResult,
  makeReplayCode,
  makeSessionCode,
  playToEnd,
  preferMoves,
  shownOrder,
} from '../../src/engine/index.ts';
import { openReplay } from '../../src/engine/workshop/board.ts';
import { downloadedText, returningPlayer, watchForErrors } from '../../src/harness/page-driver.ts';
import { serveDirectory } from '../../src/harness/static-server.ts';
import { violations } from './axe.ts';
import { launchBrowser } from './browser.ts';
import { shippedMeeting } from './shipped.ts';

const SHOTS = 'tests/screenshots';
const scenario = shippedMeeting('mission-interview');

const play = (seed: number, style: string[]) => playToEnd(scenario, seed, preferMoves(style));
const codeOf = (result: MeetingResult) =>
  makeReplayCode({
    scenarioId: scenario.id,
    scenarioVersion: scenario.version,
    lang: 'fr',
    seed: result.seed,
    actions: result.actions,
  });

const careful = play(3, ['research', 'open-question', 'take-note', 'let-finish', 'admit-weakness', 'propose-next-step']);
const hasty = play(4, ['interrupt', 'oversell', 'force-decision']);
const dropped = play(5, ['take-note', 'let-finish']);

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

test('pasted and dropped codes become the room’s table, problems are located, the CSV opens in French Excel', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  await returningPlayer(context);
  const page = await context.newPage();
  const errors = watchForErrors(page);
  await page.goto(`${server.url}?lang=fr`);
  await page.click('[data-action="board"]');
  await page.waitForSelector('[data-role="board"]');

  const damaged = `${codeOf(careful).slice(0, -4)}AAAA`;
  const pasted = [
    `Léa : ${codeOf(careful)}`,
    `Tom ; ${codeOf(hasty)}`,
    `Léa encore : ${codeOf(careful)}`,
    `Zoé : ${damaged}`,
  ].join('\n');
  await page.fill('#board-paste', pasted);
  await page.click('[data-action="add-codes"]');
  await page.setInputFiles('#board-files', {
    name: 'max.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from(`Max ${codeOf(dropped)}\n`),
  });
  await page.waitForSelector('.board-table tbody tr:nth-child(3)');

  const rows = await page.$$eval('.board-table tbody tr', (trs) =>
    trs.map((tr) => Array.from(tr.children).map((cell) => (cell.textContent ?? '').trim())),
  );
  const expected = [
    ['Léa', careful],
    ['Tom', hasty],
    ['Max', dropped],
  ] as const;
  expect(rows.map((r) => [r[0], Number(r[3]), Number(r[4])])).toEqual(
    expected.map(([name, result]) => [name, result.scores.listening, result.scores.closing]),
  );
  expect(await page.textContent('.board-summary')).toContain('1 en double');
  const problems = await page.$$eval('.board-problems li', (items) => items.map((i) => i.textContent ?? ''));
  expect(problems).toHaveLength(1);
  expect(problems[0]).toContain('ligne 4');
  expect(problems[0]).toContain('Zoé');
  expect(problems[0]).toContain('abîmé');

  // One chart, drawn (not an empty box), on the second screen of results; and a decision table per
  // decision the room reached.
  await page.click('[data-action="next-page"]');
  await page.waitForSelector('.board-page[data-page="2"]:not([hidden]) .board-chart canvas');
  const chart = await page.$eval('.board-chart canvas', (c) => ({
    w: (c as HTMLCanvasElement).width,
    h: (c as HTMLCanvasElement).height,
  }));
  expect(chart.w).toBeGreaterThan(100);
  expect(chart.h).toBeGreaterThan(100);
  expect(await page.$$eval('.board-decision', (d) => d.length)).toBeGreaterThan(3);
  await page.screenshot({ path: `${SHOTS}/fr-board.png`, fullPage: true });

  // A decision's options are lettered, in the order the players saw them, only where everyone who
  // reached it saw one order (the three players have three seeds); elsewhere unlettered, in file order.
  const tables = await page.$$eval('.board-decision', (sections) =>
    sections.map((section) => ({
      node: (section as HTMLElement).dataset.node ?? '',
      options: Array.from(section.querySelectorAll('tbody tr')).map((tr) => Number((tr as HTMLElement).dataset.option)),
      heads: Array.from(section.querySelectorAll('tbody th')).map((th) => (th.textContent ?? '').trim()),
    })),
  );
  const reached = (node: string) =>
    [careful, hasty, dropped].filter((r) => {
      const opened = openReplay(codeOf(r), [scenario]);
      return opened.ok && opened.choices.some((c) => c.nodeId === node);
    });
  let lettered = 0;
  for (const table of tables) {
    const node = scenario.nodes[table.node];
    if (node?.kind !== 'decision') throw new Error(`${table.node} is not a decision`);
    const orders = new Set(reached(table.node).map((r) => shownOrder(r.seed, table.node, node.options).join()));
    const one = orders.size === 1;
    expect(table.options, table.node).toEqual(one ? [...orders][0]?.split(',').map(Number) : node.options.map((_, i) => i));
    expect(
      table.heads.map((h) => /^[A-F]\. /.test(h)),
      table.node,
    ).toEqual(table.options.map(() => one));
    if (one) {
      lettered++;
      table.heads.forEach((h, place) => {
        expect(h).toBe(`${'ABCDEF'[place]}. ${node.options[table.options[place] ?? -1]?.text.fr}`);
      });
    }
  }
  expect(lettered).toBeGreaterThan(0);
  expect(lettered).toBeLessThan(tables.length);

  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="csv-semicolon"]')]);
  const csv = await downloadedText(download);
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const lines = csv.slice(1).trimEnd().split('\r\n');
  expect(lines[0]).toBe('Nom;Scénario;Issue;Écoute;Conclusion;Leçons manquées;Code');
  expect(lines).toHaveLength(4);
  expect(lines[2]?.split(';').slice(0, 5)).toEqual([
    'Tom',
    // Titles a trainer reads, not the file's id.
    scenario.title.fr,
    { advance: 'Une suite concrète', continuation: 'Rien de décidé', lost: 'Rendez-vous perdu' }[hasty.outcome],
    String(hasty.scores.listening),
    String(hasty.scores.closing),
  ]);
  expect(errors).toEqual([]);
  await context.close();
});

test('a session code sets the room’s two rounds beside the players’ choices, on screen and in its own CSV; both languages, three screen sizes', async () => {
  // The room played Léa's meeting (same seed, same cards): at its first decision it voted, discussed
  // and voted again; at every later one it voted once.
  const opened = openReplay(codeOf(careful), [scenario]);
  if (!opened.ok) throw new Error('the careful meeting does not replay');
  const votes = opened.choices.map((choice, i) => {
    const counts = (toPlayed: number, toFirstShown: number) => {
      const byIndex = Array.from({ length: Math.max(...choice.shown) + 1 }, () => 0);
      const firstShown = choice.shown[0] ?? 0;
      byIndex[firstShown] = (byIndex[firstShown] ?? 0) + toFirstShown;
      byIndex[choice.option] = (byIndex[choice.option] ?? 0) + toPlayed;
      return byIndex;
    };
    const rounds = i === 0 ? [counts(4, 9), counts(11, 2)] : [counts(8, 3)];
    return { nodeId: choice.nodeId, counts: rounds.at(-1) ?? [], played: choice.option, shown: choice.shown, rounds };
  });
  const [first] = opened.choices;
  if (!first) throw new Error('the careful meeting has no decision');
  // Written by hand from the votes above, by the option's place on the card.
  const expectedCells = first.shown.map((option) => {
    if (option === first.option && option === first.shown[0]) return ['13', '13'];
    if (option === first.option) return ['4', '11'];
    return option === first.shown[0] ? ['9', '2'] : ['0', '0'];
  });
  const sessionCode = makeSessionCode({ ...opened.session }, votes);

  const context = await browser.newContext({ viewport: { width: 1350, height: 940 }, acceptDownloads: true });
  await returningPlayer(context);
  const page = await context.newPage();
  const errors = watchForErrors(page);
  await page.goto(`${server.url}?lang=fr`);
  await page.click('[data-action="board"]');
  await page.fill('#board-paste', `Léa : ${codeOf(careful)}\nAtelier du matin : ${sessionCode}`);
  await page.click('[data-action="add-codes"]');
  await page.waitForSelector('.board-table tbody tr');
  expect(await page.textContent('.board-summary')).toBe('1 rendez-vous au tableau · 1 séance animée · 0 en double ignoré');

  const section = `.board-page:not([hidden]) .board-decision[data-node="${first.nodeId}"]`;
  for (let turn = 0; turn < 40 && !(await page.$(section)); turn++) await page.keyboard.press('ArrowRight');
  const table = await page.$eval(section, (s) => ({
    heads: Array.from(s.querySelectorAll('thead th')).map((th) => th.textContent ?? ''),
    rows: Array.from(s.querySelectorAll('tbody tr')).map((tr) => ({
      option: Number((tr as HTMLElement).dataset.option),
      room: Array.from(tr.querySelectorAll('td.room-round')).map((td) => td.textContent ?? ''),
    })),
    played: s.querySelector('.room-played')?.textContent ?? '',
  }));
  expect(table.heads.slice(3)).toEqual(['Atelier du matin', '1er vote', '2e vote']);
  // Léa and the room saw one order: the rows follow it.
  expect(table.rows.map((r) => r.option)).toEqual(first.shown);
  expect(table.rows.map((r) => r.room)).toEqual(expectedCells);
  const node = scenario.nodes[first.nodeId];
  if (node?.kind !== 'decision') throw new Error('not a decision');
  const playedLetter = 'ABCDEFGH'[first.shown.indexOf(first.option)];
  expect(table.played.startsWith(`Atelier du matin a joué\u00a0: ${playedLetter}. ${node.options[first.option]?.text.fr}`)).toBe(
    true,
  );
  expect(table.played.includes('la discussion a déplacé la majorité')).toBe(first.option !== first.shown[0]);
  await page.screenshot({ path: `${SHOTS}/fr-board-room-1350x940.png` });
  // The two heading rows (the room over its rounds) read right to a screen reader.
  expect(await violations(page)).toEqual([]);
  // The board scrolls inside the game's frame: the decision itself, the room's note under its table.
  await page.locator(section).screenshot({ path: `${SHOTS}/fr-board-room-decision.png` });

  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="votes-semicolon"]')]);
  const lines = (await downloadedText(download)).slice(1).trimEnd().split('\r\n');
  expect(lines[0]).toBe('Salle;Scénario;Décision;Choix;1er vote;2e vote;Jouée;Mieux notée');
  // A row per option each card showed.
  expect(lines).toHaveLength(1 + opened.choices.reduce((sum, c) => sum + c.shown.length, 0));
  expect(lines[1]?.split(';').slice(3, 7)).toEqual([
    `A. ${node.options[first.shown[0] ?? -1]?.text.fr}`,
    ...(expectedCells[0] ?? []),
    first.option === first.shown[0] ? 'oui' : '',
  ]);

  // In English, on a projector and on a phone.
  await page.click('[data-role="board"] [data-lang="en"]');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  for (let turn = 0; turn < 40 && !(await page.$(section)); turn++) await page.keyboard.press('ArrowRight');
  expect(
    await page.$eval(section, (s) => Array.from(s.querySelectorAll('thead th:not([rowspan])')).map((th) => th.textContent)),
  ).toEqual(['Atelier du matin', 'First vote', 'Second vote']);
  await page.setViewportSize({ width: 1920, height: 1080 });
  // The board fades in when redrawn: the shot waits for it.
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
  await page.screenshot({ path: `${SHOTS}/en-board-room-1920x1080.png` });
  await page.locator(section).screenshot({ path: `${SHOTS}/en-board-room-decision-1920x1080.png` });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.locator(section).screenshot({ path: `${SHOTS}/en-board-room-decision-390x844.png` });
  expect(errors).toEqual([]);
  await context.close();
});
