import { type Seeding, shownOrder } from '../meeting/rng.ts';
import { replayActions, startMeeting } from '../meeting/session.ts';
import type { MeetingResult } from '../meeting/view.types.ts';
import type { Lang } from '../scenario/lang.ts';
import type { LessonId } from '../scenario/lessons.ts';
import type { Outcome, Scenario, Skill } from '../scenario/schema.ts';
import { type RoomDecision, type RoomVote, roomPath } from './facilitation.ts';
import { parseReplayCode, type ReplayDecoding, type ReplaySession } from './replay-code.ts';
import { parseSessionCode } from './session-code.ts';

/*
 * The facilitator's results board: each trainee hands in the replay code of their meeting; the
 * board replays every code against the scenario files (no server, no trust in reported scores)
 * and sums the room up. A facilitated meeting's session code puts the room's votes, each round of
 * them, beside the trainees' choices. Pure: the browser screen and the CSV exports only draw what
 * this returns.
 */

/** A replay code found in what the facilitator pasted or dropped, with the name written before it. */
export interface BoardEntry {
  /** Where it came from (a file name, or "pasted"), and its line there, for messages. */
  readonly source: string;
  readonly line: number;
  readonly name: string | null;
  readonly code: string;
}

/** Why a replay code cannot be opened. */
export type ReplayProblemKind = 'damaged' | 'format' | 'unknown-scenario' | 'other-version' | 'does-not-replay';
/** Why a code is refused by the board: a session code's counts may also not fit the decisions its meeting went through. */
export type BoardProblemKind = ReplayProblemKind | 'votes-do-not-match';

export interface BoardProblem {
  readonly source: string;
  readonly line: number;
  readonly name: string | null;
  readonly kind: BoardProblemKind;
  /** The scenario the code names, when it could be read. */
  readonly scenarioId: string | null;
}

/** One decision of one player: the decision node, the options shown (by index, in the order shown) and the one chosen. */
export interface Choice {
  readonly nodeId: string;
  readonly shown: readonly number[];
  readonly option: number;
}

export interface BoardRow {
  readonly name: string | null;
  readonly code: string;
  readonly scenarioId: string;
  readonly lang: Lang;
  readonly seed: number;
  readonly seeding: Seeding;
  readonly outcome: Outcome;
  readonly scores: Readonly<Record<Skill, number>>;
  readonly choices: readonly Choice[];
  /** Lessons the debrief counted against this player, each once. */
  readonly missed: readonly LessonId[];
}

/** A meeting a room played together, with its votes decision by decision (read from its session code). */
export interface BoardRoom {
  readonly name: string | null;
  readonly code: string;
  readonly scenarioId: string;
  readonly seed: number;
  readonly seeding: Seeding;
  readonly outcome: Outcome;
  readonly decisions: readonly RoomDecision[];
}

export interface Board {
  readonly rows: readonly BoardRow[];
  readonly rooms: readonly BoardRoom[];
  readonly problems: readonly BoardProblem[];
  /** Codes handed in twice (the same meeting), counted once. */
  readonly duplicates: number;
}

/** A replay code (`RV2.…`) or a session code (`RVS2.…`). */
const CODE = /RVS?\d+\.[A-Za-z0-9_-]+/g;

/**
 * Finds every replay code in a text: one per line or several, alone or after a name ("Léa: RV2.…",
 * "Léa;RV2.…", "Léa RV1.…"). What precedes the first code of a line, less separators, is the name.
 */
export function findEntries(text: string, source: string): BoardEntry[] {
  return text.split(/\r?\n/).flatMap((lineText, i) => {
    const codes = [...lineText.matchAll(CODE)];
    const first = codes[0];
    if (!first) return [];
    const before = lineText
      .slice(0, first.index)
      .replace(/[\s:;,\t|–—-]+$/u, '')
      .trim();
    const name = before === '' ? null : before.slice(0, 80);
    return codes.map((match) => ({ source, line: i + 1, name, code: match[0] }));
  });
}

/** Replays a session and notes the option chosen at each decision on the way. */
export function replayWithChoices(
  scenario: Scenario,
  session: ReplaySession,
): { readonly result: MeetingResult; readonly choices: readonly Choice[] } | null {
  const meeting = startMeeting(scenario, { seed: { seed: session.seed, seeding: session.seeding } });
  try {
    const choices: Choice[] = [];
    const refused = replayActions(meeting, session.actions, (action) => {
      if (action.kind !== 'choose') return;
      const view = meeting.view(session.lang);
      const shown = view.actions.flatMap((a) => (a.action.kind === 'choose' ? [a.action.index] : []));
      choices.push({ nodeId: view.nodeId, shown, option: action.index });
    });
    // An action refused or left over: not this scenario's session.
    if (refused !== null) return null;
    const result = meeting.result();
    return result ? { result, choices } : null;
  } finally {
    meeting.stop();
  }
}

export type OpenedReplay =
  | {
      readonly ok: true;
      readonly scenario: Scenario;
      readonly session: ReplaySession;
      readonly result: MeetingResult;
      readonly choices: readonly Choice[];
    }
  | { readonly ok: false; readonly kind: ReplayProblemKind; readonly scenarioId: string | null };

/**
 * A replay code (or a session code's meeting) checked against the scenarios at hand: readable, for a
 * known scenario of the same version, and its actions leading to an ending. Never throws, whatever
 * the text.
 */
export function openReplay(code: string, scenarios: readonly Scenario[]): OpenedReplay {
  // A session code holds a replay code's session: it opens as the room's meeting.
  if (/^\s*RVS/.test(code)) {
    const room = parseSessionCode(code);
    return openSession(room.ok ? { ok: true, value: room.value.meeting } : room, scenarios);
  }
  return openSession(parseReplayCode(code), scenarios);
}

function openSession(decoded: ReplayDecoding, scenarios: readonly Scenario[]): OpenedReplay {
  if (!decoded.ok) return { ok: false, kind: decoded.error.kind, scenarioId: null };
  const session = decoded.value;
  const scenario = scenarios.find((s) => s.id === session.scenarioId);
  if (!scenario) return { ok: false, kind: 'unknown-scenario', scenarioId: session.scenarioId };
  if (scenario.version !== session.scenarioVersion) return { ok: false, kind: 'other-version', scenarioId: scenario.id };
  const replayed = replayWithChoices(scenario, session);
  if (!replayed) return { ok: false, kind: 'does-not-replay', scenarioId: scenario.id };
  return { ok: true, scenario, session, result: replayed.result, choices: replayed.choices };
}

export type OpenedSession =
  | { readonly ok: true; readonly scenario: Scenario; readonly result: MeetingResult; readonly votes: readonly RoomVote[] }
  | { readonly ok: false; readonly kind: BoardProblemKind; readonly scenarioId: string | null };

/**
 * A session code checked like a replay code, then its counts against the meeting they were taken in:
 * one entry per decision the replay went through, no more options than the decision has, and no
 * vote for an option the card did not show. Never throws, whatever the text.
 */
export function openFacilitatedSession(code: string, scenarios: readonly Scenario[]): OpenedSession {
  const decoded = parseSessionCode(code);
  if (!decoded.ok) return { ok: false, kind: decoded.error.kind, scenarioId: null };
  const opened = openSession({ ok: true, value: decoded.value.meeting }, scenarios);
  if (!opened.ok) return opened;
  const { scenario, choices, result } = opened;
  const counts = decoded.value.counts;
  if (counts.length !== choices.length) return { ok: false, kind: 'votes-do-not-match', scenarioId: scenario.id };
  const votes: RoomVote[] = [];
  for (const [i, choice] of choices.entries()) {
    const node = scenario.nodes[choice.nodeId];
    const size = node?.kind === 'decision' ? node.options.length : 0;
    const cast = counts[i] ?? [];
    // No more options than the decision has, and no vote for one the card did not show.
    const fits = cast.every(
      (round) => round.length <= size && round.every((n, option) => n === 0 || choice.shown.includes(option)),
    );
    if (!fits) return { ok: false, kind: 'votes-do-not-match', scenarioId: scenario.id };
    const rounds = cast.map((round) => Array.from({ length: size }, (_, option) => round[option] ?? 0));
    votes.push({
      nodeId: choice.nodeId,
      counts: rounds.at(-1) ?? [],
      played: choice.option,
      shown: choice.shown,
      ...(rounds.length > 1 ? { rounds } : {}),
    });
  }
  return { ok: true, scenario, result, votes };
}

/** Replays every entry; codes already seen are counted as duplicates, broken ones as problems. */
export function buildBoard(entries: readonly BoardEntry[], scenarios: readonly Scenario[]): Board {
  const seen = new Set<string>();
  const rows: BoardRow[] = [];
  const rooms: BoardRoom[] = [];
  const problems: BoardProblem[] = [];
  let duplicates = 0;
  for (const entry of entries) {
    const problem = (kind: BoardProblemKind, scenarioId: string | null = null) =>
      problems.push({ source: entry.source, line: entry.line, name: entry.name, kind, scenarioId });
    if (seen.has(entry.code)) {
      duplicates++;
      continue;
    }
    seen.add(entry.code);
    if (entry.code.startsWith('RVS')) {
      const room = openFacilitatedSession(entry.code, scenarios);
      if (!room.ok) problem(room.kind, room.scenarioId);
      else
        rooms.push({
          name: entry.name,
          code: entry.code,
          scenarioId: room.scenario.id,
          seed: room.result.seed,
          seeding: room.result.seeding,
          outcome: room.result.outcome,
          decisions: roomPath(room.scenario, room.votes, room.result.variant),
        });
      continue;
    }
    const opened = openReplay(entry.code, scenarios);
    if (!opened.ok) {
      problem(opened.kind, opened.scenarioId);
      continue;
    }
    const { scenario, session, result, choices } = opened;
    const missed = [...new Set(result.moments.filter((m) => m.points < 0).map((m) => m.lesson))];
    rows.push({
      name: entry.name,
      code: entry.code,
      scenarioId: scenario.id,
      lang: session.lang,
      seed: session.seed,
      seeding: session.seeding,
      outcome: result.outcome,
      scores: result.scores,
      choices,
      missed,
    });
  }
  return { rows, rooms, problems, duplicates };
}

export interface OptionTally {
  readonly option: number;
  readonly players: number;
  /** The mean of the skills' mean, over the players who chose this option; null when nobody did. */
  readonly meanScore: number | null;
}

/** A room's votes at one decision, as its session code brought them. */
export interface RoomAtDecision {
  /** Its place among the board's rooms, from 0: names an unnamed room when there are several. */
  readonly room: number;
  readonly name: string | null;
  /** Each round's counts by option index, earliest first. */
  readonly rounds: readonly (readonly number[])[];
  readonly played: number;
  /** The room voted again and its majority moved. */
  readonly changedMind: boolean;
}

export interface DecisionTally {
  readonly nodeId: string;
  /** Players (replay codes) who reached the decision; the rooms are in `rooms`. */
  readonly reached: number;
  /**
   * Every option, in the order the players who reached the decision saw them when they all saw the
   * same (one seed for the room): then a letter by place means what it meant on their screens.
   * Otherwise in file order, and `sameOrder` is false (letters would name different options).
   */
  readonly options: readonly OptionTally[];
  readonly sameOrder: boolean;
  /** The rooms that voted at this decision, in the order their codes came (a room there twice, twice). */
  readonly rooms: readonly RoomAtDecision[];
}

const meanOf = (values: readonly number[]) =>
  values.length === 0 ? null : Math.round(values.reduce((a, b) => a + b, 0) / values.length);

/**
 * For each decision of a scenario, in file order: how many reached it, what they chose and how that
 * went, and how each room that played it together voted.
 */
export function tallyDecisions(rows: readonly BoardRow[], scenario: Scenario, rooms: readonly BoardRoom[] = []): DecisionTally[] {
  const mine = rows.filter((r) => r.scenarioId === scenario.id);
  const ourRooms = rooms.filter((r) => r.scenarioId === scenario.id);
  return Object.entries(scenario.nodes).flatMap(([nodeId, node]) => {
    if (node.kind !== 'decision') return [];
    const chose = mine.flatMap((row) => row.choices.filter((c) => c.nodeId === nodeId).map((c) => ({ row, option: c.option })));
    const voted = ourRooms.flatMap((room) =>
      room.decisions.filter((d) => d.nodeId === nodeId).map((decision) => ({ room, decision })),
    );
    if (chose.length + voted.length === 0) return [];
    const seeds = [...chose.map(({ row }) => row), ...voted.map(({ room }) => room)];
    const orders = new Set(seeds.map((who) => shownOrder(who.seed, nodeId, node.options, who.seeding).join(',')));
    const [only] = orders;
    const sameOrder = orders.size === 1 && only !== undefined;
    const order = sameOrder ? only.split(',').map(Number) : node.options.map((_, option) => option);
    const options = order.map((option) => {
      const who = chose.filter((c) => c.option === option);
      return {
        option,
        players: who.length,
        meanScore: meanOf(who.map(({ row }) => meanOf(Object.values(row.scores)) ?? 0)),
      };
    });
    const roomsHere = voted.map(({ room, decision }) => ({
      room: rooms.indexOf(room),
      name: room.name,
      rounds: decision.rounds,
      played: decision.played,
      changedMind: decision.changedMind,
    }));
    return [{ nodeId, reached: new Set(chose.map((c) => c.row)).size, options, sameOrder, rooms: roomsHere }];
  });
}

/** The lessons most players missed, most first (ties by lesson ID). */
export function commonlyMissed(rows: readonly BoardRow[]): { readonly lesson: LessonId; readonly players: number }[] {
  const counts = new Map<LessonId, number>();
  for (const row of rows) for (const lesson of row.missed) counts.set(lesson, (counts.get(lesson) ?? 0) + 1);
  return [...counts]
    .map(([lesson, players]) => ({ lesson, players }))
    .sort((a, b) => b.players - a.players || a.lesson.localeCompare(b.lesson));
}

/** How many players' score for a skill falls in each tenth, 0–9, 10–19, … 90–100. */
export function distribution(rows: readonly BoardRow[], skill: Skill): number[] {
  const bins = Array.from({ length: 10 }, () => 0);
  for (const row of rows) {
    const bin = Math.min(9, Math.floor(row.scores[skill] / 10));
    bins[bin] = (bins[bin] ?? 0) + 1;
  }
  return bins;
}

/**
 * The board's columns, in order: the screen's table and the CSV export both read this list, so a
 * column added here reaches both (the screen may leave one out, as it does the long code).
 */
export const BOARD_COLUMNS = ['name', 'scenario', 'outcome', 'listening', 'closing', 'missed', 'code'] as const;
export type BoardColumn = (typeof BOARD_COLUMNS)[number];

export interface CsvOptions {
  /** `;` opens straight into French-locale spreadsheets, where `,` is the decimal mark. */
  readonly separator: ';' | ',';
  /** A column's heading as the spreadsheet's reader says it. */
  readonly heading: (column: BoardColumn) => string;
  /** The outcome as the spreadsheet's reader says it. */
  readonly outcomeName: (outcome: Outcome) => string;
  /** The scenario's title in the reader's language: a trainer reads titles, not file ids. */
  readonly scenarioTitle: (scenarioId: string) => string;
  /** A lesson's title in the reader's language. */
  readonly lessonTitle: (lesson: LessonId) => string;
}

/**
 * A row's value in one CSV column: words as the screen says them (titles, not ids), scores as bare
 * figures a spreadsheet can sort and average; the code is kept for a later replay.
 */
function csvValue(row: BoardRow, column: BoardColumn, options: CsvOptions): string {
  switch (column) {
    case 'name':
      return row.name ?? '';
    case 'scenario':
      return options.scenarioTitle(row.scenarioId);
    case 'outcome':
      return options.outcomeName(row.outcome);
    case 'listening':
    case 'closing':
      return String(row.scores[column]);
    case 'missed':
      return row.missed.map(options.lessonTitle).join(', ');
    case 'code':
      return row.code;
  }
}

/**
 * CSV text: UTF-8 with a byte-order mark (so Excel reads accents right), CRLF line ends, every
 * field quoted when it must be, and cells that a spreadsheet would run as a formula defused.
 */
function csvText(lines: readonly (readonly string[])[], separator: ';' | ','): string {
  const cell = (value: string) => {
    const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
    return /["\r\n]/.test(safe) || safe.includes(separator) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  return `\uFEFF${lines.map((values) => values.map(cell).join(separator)).join('\r\n')}\r\n`;
}

/** The table as CSV, a row per meeting (see `csvText`). */
export function boardCsv(rows: readonly BoardRow[], options: CsvOptions): string {
  return csvText(
    [
      BOARD_COLUMNS.map((column) => options.heading(column)),
      ...rows.map((row) => BOARD_COLUMNS.map((column) => csvValue(row, column, options))),
    ],
    options.separator,
  );
}

/** The room votes export's columns, in order. */
export const ROOM_VOTE_COLUMNS = ['room', 'scenario', 'decision', 'option', 'firstVote', 'secondVote', 'played', 'best'] as const;
export type RoomVoteColumn = (typeof ROOM_VOTE_COLUMNS)[number];

export interface RoomVotesCsvOptions {
  readonly separator: ';' | ',';
  readonly heading: (column: RoomVoteColumn) => string;
  /** A room's name as the board shows it, from the name written before its code and its place among the rooms. */
  readonly roomName: (name: string | null, room: number) => string;
  readonly scenarioTitle: (scenarioId: string) => string;
  /** The decision as the room knows it; `place` is its rank in the room's meeting, from 1. */
  readonly decisionTitle: (scenarioId: string, nodeId: string, place: number) => string;
  /** The option as the room's card showed it, `place` (from 0) giving its letter. */
  readonly optionLabel: (scenarioId: string, nodeId: string, option: number, place: number) => string;
  /** "Yes" in the played and best columns; an empty cell says no. */
  readonly yes: string;
}

/**
 * Every room's votes as CSV: a row per option the card showed, lettered and ordered as the room saw
 * it, with each round's count (the second empty when the room did not vote again), the option the
 * room played and the one the scenario scores best.
 */
export function roomVotesCsv(rooms: readonly BoardRoom[], options: RoomVotesCsvOptions): string {
  const lines = rooms.flatMap((room, index) =>
    room.decisions.flatMap((decision, place) =>
      decision.shown.map((option, at) => [
        options.roomName(room.name, index),
        options.scenarioTitle(room.scenarioId),
        options.decisionTitle(room.scenarioId, decision.nodeId, place + 1),
        options.optionLabel(room.scenarioId, decision.nodeId, option, at),
        String(decision.rounds[0]?.[option] ?? 0),
        decision.rounds.length > 1 ? String(decision.rounds[1]?.[option] ?? 0) : '',
        decision.played === option ? options.yes : '',
        decision.best === option ? options.yes : '',
      ]),
    ),
  );
  return csvText([ROOM_VOTE_COLUMNS.map((column) => options.heading(column)), ...lines], options.separator);
}
