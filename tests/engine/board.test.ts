import { describe, expect, test } from 'vitest';
import { type MeetingResult, makeReplayCode, playToEnd, preferMoves } from '../../src/engine/index.ts';
import {
  type BoardColumn,
  type BoardRow,
  boardCsv,
  buildBoard,
  commonlyMissed,
  distribution,
  findEntries,
  tallyDecisions,
} from '../../src/engine/workshop/board.ts';
import { loadFixture, shownOnScreen } from './fixtures.ts';

const scenario = loadFixture('small-meeting.yaml');
const SEED = 4;

/*
 * Two players of the fixture, worked out by hand from tests/fixtures/small-meeting.yaml:
 * - careful: lets the story finish, notes the budget (+10 listening), finishing earns +15 listening
 *   and the hidden need; proposing Tuesday earns +30 closing (+5 more in the "politics" variant);
 *   trust 55 ≥ 40 routes to "won": listening 75, closing 80 or 85, advance.
 * - pushy: interrupts (−20 listening, L11), then forces the decision (−25 closing, L30): listening 30,
 *   closing 25, continuation; misses L11 and L30.
 */
const careful = playToEnd(scenario, SEED, preferMoves(['take-note', 'let-finish', 'propose-next-step']));
const pushy = playToEnd(scenario, SEED, preferMoves(['interrupt', 'force-decision']));
const codeOf = (result: MeetingResult, overrides: { scenarioId?: string; scenarioVersion?: number } = {}) =>
  makeReplayCode({
    scenarioId: overrides.scenarioId ?? scenario.id,
    scenarioVersion: overrides.scenarioVersion ?? scenario.version,
    lang: 'fr',
    seed: SEED,
    actions: result.actions,
  });

describe('finding codes in what the facilitator pasted', () => {
  test('one per line or several, with the name written before them', () => {
    const a = codeOf(careful);
    const b = codeOf(pushy);
    const entries = findEntries(`Léa : ${a}\n\n${b}\nTom;${a} ${b}\nno code here`, 'pasted');
    expect(entries).toEqual([
      { source: 'pasted', line: 1, name: 'Léa', code: a },
      { source: 'pasted', line: 3, name: null, code: b },
      { source: 'pasted', line: 4, name: 'Tom', code: a },
      { source: 'pasted', line: 4, name: 'Tom', code: b },
    ]);
  });
});

describe('the board', () => {
  const good = codeOf(careful);
  const bad = codeOf(pushy);
  const damaged = `${good.slice(0, -3)}${good.slice(-3) === 'AAA' ? 'BBB' : 'AAA'}`;
  const text = [
    `Léa: ${good}`,
    `Tom: ${bad}`,
    `Léa again: ${good}`,
    `Zoé: ${damaged}`,
    `Max: ${codeOf(careful, { scenarioId: 'other-meeting' })}`,
    `Ana: ${codeOf(careful, { scenarioVersion: 2 })}`,
    `Bob: ${makeReplayCode({ scenarioId: scenario.id, scenarioVersion: 1, lang: 'en', seed: SEED, actions: careful.actions.slice(0, 2) })}`,
  ].join('\n');
  const board = buildBoard(findEntries(text, 'codes.txt'), [scenario]);

  test('replays each code to the score and outcome worked out by hand', () => {
    const closing = careful.variant === 'politics' ? 85 : 80;
    expect(board.rows.map((r) => [r.name, r.outcome, r.scores.listening, r.scores.closing])).toEqual([
      ['Léa', 'advance', 75, closing],
      ['Tom', 'continuation', 30, 25],
    ]);
    expect(board.rows[1]?.missed).toEqual(['L11', 'L30']);
    expect(board.rows[0]?.missed).toEqual([]);
  });

  test('counts a code handed in twice once, and says why each other code was refused, at its line', () => {
    expect(board.duplicates).toBe(1);
    expect(board.problems.map((p) => [p.line, p.name, p.kind, p.scenarioId])).toEqual([
      [4, 'Zoé', 'damaged', null],
      [5, 'Max', 'unknown-scenario', 'other-meeting'],
      [6, 'Ana', 'other-version', scenario.id],
      [7, 'Bob', 'does-not-replay', scenario.id],
    ]);
  });

  test('tallies each decision: who reached it, what they chose, how that went, in the order their screens showed', () => {
    const closing = careful.variant === 'politics' ? 85 : 80;
    const tallies = new Map([
      [0, { option: 0, players: 1, meanScore: 28 }], // Tom: (30 + 25) / 2 = 27.5
      [1, { option: 1, players: 1, meanScore: Math.round((75 + closing) / 2) }],
    ]);
    // Léa saw both options (the hidden need unlocked the second): the order her screen showed them in.
    const seen = shownOnScreen(scenario, SEED, careful.actions).find((d) => d.nodeId === 'close');
    expect(seen?.shown.slice().sort()).toEqual([0, 1]);
    expect(tallyDecisions(board.rows, scenario)).toEqual([
      { nodeId: 'close', reached: 2, sameOrder: true, options: (seen?.shown ?? []).map((o) => tallies.get(o)), rooms: [] },
    ]);
  });

  test('players of different seeds saw different orders: the tally keeps file order and says so', () => {
    const orderAt = (seed: number) =>
      shownOnScreen(
        scenario,
        seed,
        playToEnd(scenario, seed, preferMoves(['take-note', 'let-finish', 'propose-next-step'])).actions,
      )
        .find((d) => d.nodeId === 'close')
        ?.shown.join(',');
    const mine = orderAt(SEED);
    const other = Array.from({ length: 50 }, (_, s) => s + 100).find((s) => orderAt(s) !== mine);
    if (other === undefined) throw new Error('fifty seeds all showed the same order at "close"');
    const theirs = playToEnd(scenario, other, preferMoves(['take-note', 'let-finish', 'propose-next-step']));
    const code = makeReplayCode({
      scenarioId: scenario.id,
      scenarioVersion: scenario.version,
      lang: 'fr',
      seed: other,
      actions: theirs.actions,
    });
    const mixed = buildBoard(findEntries(`Léa: ${good}\nTom: ${bad}\nNoa: ${code}`, 'codes.txt'), [scenario]);
    const [close] = tallyDecisions(mixed.rows, scenario);
    expect(close?.sameOrder).toBe(false);
    expect(close?.options.map((o) => [o.option, o.players])).toEqual([
      [0, 1],
      [1, 2],
    ]);
  });

  test('lists the lessons most missed, and the spread of each skill by tenths', () => {
    expect(commonlyMissed(board.rows)).toEqual([
      { lesson: 'L11', players: 1 },
      { lesson: 'L30', players: 1 },
    ]);
    expect(distribution(board.rows, 'listening')).toEqual([0, 0, 0, 1, 0, 0, 0, 1, 0, 0]);
  });
});

describe('the CSV export', () => {
  const row = (name: string): BoardRow => ({
    name,
    code: 'RV1.x',
    seeding: 1,
    scenarioId: 'small-meeting',
    lang: 'fr',
    seed: 1,
    outcome: 'advance',
    scores: { listening: 75, closing: 80 },
    choices: [],
    missed: ['L11', 'L30'],
  });
  const headings: Record<BoardColumn, string> = {
    name: 'Nom',
    scenario: 'Scénario',
    outcome: 'Issue',
    listening: 'Écoute',
    closing: 'Conclusion',
    missed: 'Leçons manquées',
    code: 'Code',
  };
  const heading = (column: BoardColumn) => headings[column];
  const outcomeName = (o: string) => (o === 'advance' ? 'avancée' : o);
  const scenarioTitle = (id: string) => (id === 'small-meeting' ? 'Le petit rendez-vous' : id);
  const lessonTitle = (lesson: string) => ({ L11: 'Relancer', L30: 'Savoir sortir' })[lesson] ?? lesson;

  test('opens in a French spreadsheet: BOM, semicolons, CRLF, accents as they are, titles rather than ids', () => {
    const csv = boardCsv([row('Léa')], { separator: ';', heading, outcomeName, scenarioTitle, lessonTitle });
    expect(csv).toBe(
      '\uFEFFNom;Scénario;Issue;Écoute;Conclusion;Leçons manquées;Code\r\nLéa;Le petit rendez-vous;avancée;75;80;Relancer, Savoir sortir;RV1.x\r\n',
    );
  });

  test('quotes a field holding the separator or a quote, and defuses a formula', () => {
    const csv = boardCsv([row('Dupont; "Jo"'), row('=HYPERLINK("x")')], {
      separator: ';',
      heading,
      outcomeName,
      scenarioTitle,
      lessonTitle,
    });
    const [, first, second] = csv.split('\r\n');
    expect(first?.startsWith('"Dupont; ""Jo""";')).toBe(true);
    expect(second?.startsWith(`"'=HYPERLINK(""x"")";`)).toBe(true);
  });
});
