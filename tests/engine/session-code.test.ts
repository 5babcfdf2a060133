import { describe, expect, test } from 'vitest';
import {
  type BoardRoom,
  buildBoard,
  findEntries,
  makeReplayCode,
  makeSessionCode,
  openReplay,
  parseReplayCode,
  parseSessionCode,
  playToEnd,
  preferMoves,
  type ReplaySession,
  type RoomVoteColumn,
  roomVotesCsv,
  tallyDecisions,
} from '../../src/engine/index.ts';
import type { RoomVote } from '../../src/engine/workshop/facilitation.ts';
import { loadFixture, shownOnScreen } from './fixtures.ts';

const scenario = loadFixture('small-meeting.yaml');
const SEED = 4;

/*
 * The room plays the fixture as its careful player does: it lets the story finish (so the card at
 * "close" shows both options), and at "close" votes 7 for forcing the decision (option 0) and 5 for
 * proposing Tuesday (option 1); after discussing, 2 and 10, and Tuesday is played.
 */
const careful = playToEnd(scenario, SEED, preferMoves(['take-note', 'let-finish', 'propose-next-step']));
const pushy = playToEnd(scenario, SEED, preferMoves(['interrupt', 'force-decision']));
const sessionOf = (actions: ReplaySession['actions']): ReplaySession => ({
  scenarioId: scenario.id,
  scenarioVersion: scenario.version,
  lang: 'fr',
  seed: SEED,
  seeding: careful.seeding,
  actions,
});
const shownAtClose = shownOnScreen(scenario, SEED, careful.actions).find((d) => d.nodeId === 'close')?.shown ?? [];
const discussed: RoomVote = {
  nodeId: 'close',
  counts: [2, 10],
  played: 1,
  shown: shownAtClose,
  rounds: [
    [7, 5],
    [2, 10],
  ],
};
const sessionCode = makeSessionCode(sessionOf(careful.actions), [discussed]);

describe('session codes', () => {
  test('carry the meeting and each round of counts, and read back the same', () => {
    expect(sessionCode).toMatch(/^RVS2\.[A-Za-z0-9_-]+$/);
    const read = parseSessionCode(` ${sessionCode.slice(0, 20)}\n${sessionCode.slice(20)} `);
    expect(read).toEqual({
      ok: true,
      value: {
        meeting: sessionOf(careful.actions),
        counts: [
          [
            [7, 5],
            [2, 10],
          ],
        ],
      },
    });
  });

  test('a decision voted once carries one round; an option the card never lettered counts nothing', () => {
    const once = makeSessionCode(sessionOf(careful.actions), [{ nodeId: 'close', counts: [0, 12], played: 1, shown: [1, 0] }]);
    const read = parseSessionCode(once);
    expect(read.ok && read.value.counts).toEqual([[[0, 12]]]);
  });

  test('a changed character, an unknown format and the other kind of code are refused, never thrown', () => {
    const last = sessionCode.at(-1) === 'A' ? 'B' : 'A';
    expect(parseSessionCode(`${sessionCode.slice(0, -1)}${last}`)).toEqual({ ok: false, error: { kind: 'damaged' } });
    expect(parseSessionCode(sessionCode.replace('RVS2.', 'RVS9.'))).toEqual({ ok: false, error: { kind: 'format', format: 9 } });
    const replay = makeReplayCode(sessionOf(careful.actions));
    expect(parseSessionCode(replay)).toEqual({ ok: false, error: { kind: 'damaged' } });
    expect(parseReplayCode(sessionCode)).toEqual({ ok: false, error: { kind: 'damaged' } });
    // The session code's bytes under a replay code's prefix: the votes after the actions are not a replay code's.
    expect(parseReplayCode(sessionCode.replace('RVS2.', 'RV2.'))).toEqual({ ok: false, error: { kind: 'damaged' } });
  });
});

test('a session code opens as a replay of the room’s meeting, to the same result', () => {
  const opened = openReplay(sessionCode, [scenario]);
  expect(opened.ok && [opened.result.outcome, opened.result.scores]).toEqual([careful.outcome, careful.scores]);
});

describe('the board with a session code', () => {
  const player = makeReplayCode(sessionOf(pushy.actions));
  const board = buildBoard(findEntries(`Atelier du matin : ${sessionCode}\nTom: ${player}`, 'codes.txt'), [scenario]);

  test('sets the room’s rounds beside the players’ choices, on the options they were cast for', () => {
    expect(board.problems).toEqual([]);
    expect(board.rows.map((r) => r.name)).toEqual(['Tom']);
    expect(board.rooms.map((r) => [r.name, r.scenarioId, r.outcome])).toEqual([['Atelier du matin', scenario.id, 'advance']]);
    const [close] = tallyDecisions(board.rows, scenario, board.rooms);
    expect(close?.reached).toBe(1);
    expect(close?.options.map((o) => [o.option, o.players])).toEqual(shownAtClose.map((o) => [o, o === 0 ? 1 : 0]));
    expect(close?.rooms).toEqual([
      {
        room: 0,
        name: 'Atelier du matin',
        rounds: [
          [7, 5],
          [2, 10],
        ],
        played: 1,
        // Forcing the decision led the first round, Tuesday the second.
        changedMind: true,
      },
    ]);
  });

  test('a decision only the room reached is on the board, with nobody’s choices', () => {
    const roomOnly = buildBoard(findEntries(sessionCode, 'pasted'), [scenario]);
    expect(roomOnly.rows).toEqual([]);
    const [close] = tallyDecisions(roomOnly.rows, scenario, roomOnly.rooms);
    expect(close?.reached).toBe(0);
    expect(close?.options.map((o) => o.players)).toEqual([0, 0]);
    expect(close?.rooms.map((r) => r.name)).toEqual([null]);
  });

  test('refuses counts that do not fit the meeting: a vote for an option not shown, a decision too many or missing', () => {
    // The pushy room interrupted: its card at "close" showed forcing the decision only.
    const notShown = makeSessionCode(sessionOf(pushy.actions), [{ nodeId: 'close', counts: [3, 4], played: 0, shown: [0] }]);
    const tooMany = makeSessionCode(sessionOf(careful.actions), [discussed, discussed]);
    const missing = makeSessionCode(sessionOf(careful.actions), []);
    const tooWide = makeSessionCode(sessionOf(careful.actions), [{ ...discussed, rounds: [[1, 1, 1]], counts: [1, 1, 1] }]);
    const refused = buildBoard(findEntries(`A: ${notShown}\nB: ${tooMany}\nC: ${missing}\nD: ${tooWide}`, 'codes.txt'), [
      scenario,
    ]);
    expect(refused.rooms).toEqual([]);
    expect(refused.problems.map((p) => [p.line, p.kind, p.scenarioId])).toEqual([
      [1, 'votes-do-not-match', scenario.id],
      [2, 'votes-do-not-match', scenario.id],
      [3, 'votes-do-not-match', scenario.id],
      [4, 'votes-do-not-match', scenario.id],
    ]);
  });
});

describe('the room votes export', () => {
  const room: BoardRoom = {
    name: 'Matin',
    code: 'RVS2.x',
    scenarioId: 'small-meeting',
    seed: 1,
    seeding: 2,
    outcome: 'advance',
    decisions: [
      {
        nodeId: 'close',
        counts: [2, 10],
        played: 1,
        majority: 1,
        overridden: false,
        divided: false,
        best: 1,
        shown: [1, 0],
        rounds: [
          [7, 5],
          [2, 10],
        ],
        changedMind: true,
      },
    ],
  };
  const headings: Record<RoomVoteColumn, string> = {
    room: 'Salle',
    scenario: 'Scénario',
    decision: 'Décision',
    option: 'Choix',
    firstVote: '1er vote',
    secondVote: '2e vote',
    played: 'Jouée',
    best: 'Mieux notée',
  };
  const options = {
    heading: (column: RoomVoteColumn) => headings[column],
    roomName: (name: string | null, index: number) => name ?? `Salle ${index + 1}`,
    scenarioTitle: () => 'Le petit rendez-vous',
    decisionTitle: (_: string, nodeId: string, place: number) => `${nodeId} (${place})`,
    optionLabel: (_: string, __: string, option: number, place: number) => `${'AB'[place]}. ${['Forcer', 'Mardi ?'][option]}`,
    yes: 'oui',
  };

  test('a row per option, lettered and ordered as the room saw them, both rounds side by side', () => {
    expect(roomVotesCsv([room], { ...options, separator: ';' })).toBe(
      '\uFEFFSalle;Scénario;Décision;Choix;1er vote;2e vote;Jouée;Mieux notée\r\n' +
        'Matin;Le petit rendez-vous;close (1);A. Mardi ?;5;10;oui;oui\r\n' +
        'Matin;Le petit rendez-vous;close (1);B. Forcer;7;2;;\r\n',
    );
  });

  test('one round leaves the second column empty; an unnamed room is named by its place', () => {
    const once: BoardRoom = {
      ...room,
      name: null,
      decisions: room.decisions.map((d) => ({ ...d, rounds: [[3, 9]], counts: [3, 9], changedMind: false })),
    };
    const lines = roomVotesCsv([room, once], { ...options, separator: ',' }).split('\r\n');
    expect(lines.slice(3)).toEqual([
      'Salle 2,Le petit rendez-vous,close (1),A. Mardi ?,9,,oui,oui',
      'Salle 2,Le petit rendez-vous,close (1),B. Forcer,3,,,',
      '',
    ]);
  });
});
