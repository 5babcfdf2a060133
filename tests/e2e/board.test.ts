/** The facilitator's results board in a real browser: paste, drop, read back, export. */
import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type MeetingResult, makeReplayCode, playToEnd, preferMoves, shownOrder } from '../../src/engine/index.ts';
import { openReplay } from '../../src/engine/workshop/board.ts';
import { downloadedText, returningPlayer, watchForErrors } from '../../src/harness/page-driver.ts';
import { serveDirectory } from '../../src/harness/static-server.ts';
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
