import { type ConditionState, holds } from '../meeting/conditions.ts';
import { focusOf, placeOf, stateName } from '../meeting/meeting.ts';
import { momentsFor } from '../meeting/moments.ts';
import { react } from '../meeting/prospect.ts';
import { startMeeting } from '../meeting/session.ts';
import type { AvailableAction, PlayerAction } from '../meeting/view.types.ts';
import type { LessonId } from '../scenario/lessons.ts';
import type { Move } from '../scenario/moves.ts';
import { MOOD_PARTS } from '../scenario/registries.ts';
import type { Effects, Mood, Scenario, ScoreRule, Skill } from '../scenario/schema.ts';
import { ACTION_WORDS } from '../scenario/ui-text.ts';
import { conditionsOf, painFlag } from './graph.ts';

/**
 * The meeting seen as a graph of states, for tools that explore it without a player: the report
 * (every path) and `--from` (the shortest way to a node). Starting an XState actor per branch
 * costs milliseconds, too slow for the thousands of states of a real meeting, so this module steps
 * a plain copy of what the machine keeps, with the machine's own rules (conditions, reactions,
 * moments); tests replay its paths on the real machine and compare the results. Walking the machine
 * itself with transition() (now possible: it is pure) made the report of a shipped meeting 15 times
 * slower, from the history every snapshot carries and an actor per transition.
 *
 * A state holds what decides the rest of the meeting: where it stands, the flags, every
 * prospect's mood and, inside a listening window, which part is told and which parts were noted.
 * Points already earned and the turn number are left out, so paths that differ only in their past
 * meet in one state.
 */
export interface WalkState {
  /** The machine's state name: `node:<id>`, `reply:<id>:<option>`, `interrupt:<id>` or `finish:<id>`. */
  readonly place: string;
  /** The node of the place, kept apart so that it is not parsed out of `place` at every step. */
  readonly nodeId: string;
  readonly flags: readonly string[];
  readonly moods: Readonly<Record<string, Mood>>;
  readonly segment: number;
  readonly noted: readonly number[];
}

/** Something the player can do in a state, as the game offers it. */
export interface Offer {
  readonly action: PlayerAction;
  readonly moves: readonly Move[];
  /** The `--choices` token for it (`2`, `c`, `n`, `i`), or null where the player can only continue. */
  readonly token: string | null;
}

/** One thing the player does in a state, and what it brings. */
export interface Step {
  readonly action: PlayerAction;
  readonly token: string | null;
  readonly points: Readonly<Record<Skill, number>>;
  /** The lessons it exercises: those its option names and those of the moments it earns. */
  readonly lessons: readonly LessonId[];
  /** The key of the state it leads to. */
  readonly to: string;
}

export interface MeetingState {
  readonly key: string;
  readonly nodeId: string;
  /** True at a decision or in a listening window, where the player picks among several actions. */
  readonly choice: boolean;
  readonly endingId: string | null;
  readonly steps: readonly Step[];
}

export interface StateGraph {
  readonly seed: number;
  readonly variant: string | null;
  readonly start: string;
  readonly states: ReadonlyMap<string, MeetingState>;
  /** False when the graph outgrew the limit and exploration stopped. */
  readonly complete: boolean;
}

/** A point where the player has a real choice (not just "continue" after a line). */
export function isChoicePoint(available: readonly Pick<AvailableAction, 'action' | 'moves'>[]): boolean {
  return !(available.length === 1 && available[0]?.action.kind === 'continue' && available[0].moves.length === 0);
}

/**
 * The state's key. Only what some condition (or the walkout) can read is kept: a flag nothing
 * reads, or interest when no condition looks at it, would split states for nothing.
 */
export function keyOf(walk: Walk, state: WalkState): string {
  const node = walk.scenario.nodes[nodeIdOf(state)];
  const listening = placeOf(state.place).kind === 'node' && node?.kind === 'listen';
  return JSON.stringify([
    state.place,
    state.flags.filter((f) => walk.flagsRead.has(f)),
    walk.scenario.prospects.map((p) => walk.moodRead.map((part) => state.moods[p.id]?.[part])),
    listening ? [state.segment, state.noted] : null,
  ]);
}

export function nodeIdOf(state: WalkState): string {
  return state.nodeId;
}

/** A scenario and the variant a seed draws: everything a walk needs besides its state. */
export interface Walk {
  readonly scenario: Scenario;
  readonly variant: string | null;
  readonly flagsRead: ReadonlySet<string>;
  readonly moodRead: readonly (keyof Mood)[];
}

/** The variant a seed draws, asked of the real machine so that the two never disagree. */
export function walkFor(scenario: Scenario, seed: number): Walk {
  const meeting = startMeeting(scenario, { seed });
  const variant = meeting.actor.getSnapshot().context.variant;
  meeting.stop();
  const conditions = Object.values(scenario.nodes).flatMap((node) => conditionsOf(node).map((c) => c.when));
  const flagsRead = new Set(conditions.flatMap((c) => [...(c.flags ?? []), ...(c.notFlags ?? [])]));
  const moodRead = MOOD_PARTS.filter((part) => conditions.some((c) => c[part]) || (part === 'patience' && scenario.walkout));
  return { scenario, variant, flagsRead, moodRead };
}

function enter(state: WalkState, nodeId: string): WalkState {
  return { ...state, place: stateName.node(nodeId), nodeId, segment: 0, noted: [] };
}

export function initialState(walk: Walk): WalkState {
  const moods = Object.fromEntries(walk.scenario.prospects.map((p) => [p.id, p.mood]));
  return enter({ place: '', nodeId: '', flags: [], moods, segment: 0, noted: [] }, walk.scenario.start);
}

function conditionState(walk: Walk, state: WalkState, nodeId: string): ConditionState {
  const focus = focusOf(walk.scenario, walk.scenario.nodes[nodeId]);
  return { variant: walk.variant, mood: state.moods[focus] ?? { trust: 50, interest: 50, patience: 50 }, flags: state.flags };
}

const CONTINUE: Offer = { action: { kind: 'continue' }, moves: [], token: null };

/** What the player may do in a state, in the order the game shows it (after the line is shown in full). */
export function offers(walk: Walk, state: WalkState): Offer[] {
  const node = walk.scenario.nodes[nodeIdOf(state)];
  if (!node || node.kind === 'ending') return [];
  if (placeOf(state.place).kind !== 'node' || node.kind === 'line') return [CONTINUE];
  if (node.kind === 'decision') {
    const cond = conditionState(walk, state, nodeIdOf(state));
    const offered = node.options.flatMap((o, index) => (holds(o.when, cond) ? [{ index, moves: o.moves }] : []));
    return offered.map((o, i) => ({ action: { kind: 'choose', index: o.index }, moves: o.moves, token: String(i + 1) }));
  }
  return [
    { action: { kind: 'continue' }, moves: ['let-finish'], token: 'c' },
    ...(state.noted.includes(state.segment)
      ? []
      : [{ action: { kind: 'note' } as const, moves: ['take-note' as const], token: 'n' }]),
    { action: { kind: 'interrupt' }, moves: node.interrupt.moves, token: 'i' },
  ];
}

interface Consequence {
  readonly moves: readonly Move[];
  readonly effects?: Effects | undefined;
  readonly sets?: readonly string[] | undefined;
  readonly score?: readonly ScoreRule[] | undefined;
  readonly lessons: readonly LessonId[];
}

/** What an action does to the flags, the speaker's mood and the score, as the machine's `consequence` does. */
function consequence(walk: Walk, state: WalkState, nodeId: string, c: Consequence): { state: WalkState; gained: Gain } {
  const node = walk.scenario.nodes[nodeId];
  const cond = conditionState(walk, state, nodeId);
  const moments = momentsFor(c.score, { turn: 0, nodeId, moves: c.moves, said: ACTION_WORDS.note, state: cond });
  const flags = [...new Set([...state.flags, ...(c.sets ?? [])])].sort();
  const focus = focusOf(walk.scenario, node);
  const prospect = walk.scenario.prospects.find((p) => p.id === focus);
  const present = node?.speaker !== 'narrator';
  let moods = state.moods;
  const mood = moods[focus];
  if (prospect && mood && (present || c.effects)) {
    moods = { ...moods, [focus]: react(mood, prospect.reactions, present ? c.moves : [], c.effects) };
  }
  const points = { listening: 0, closing: 0 };
  for (const m of moments) points[m.skill] += m.points;
  const lessons = [...new Set([...c.lessons, ...moments.map((m) => m.lesson)])];
  return { state: { ...state, flags, moods }, gained: { points, lessons } };
}

interface Gain {
  readonly points: Readonly<Record<Skill, number>>;
  readonly lessons: readonly LessonId[];
}

const NOTHING: Gain = { points: { listening: 0, closing: 0 }, lessons: [] };

/** Where a `continue` goes from a place: the walkout, the first route that holds, or `next`. */
function routeFrom(
  walk: Walk,
  state: WalkState,
  nodeId: string,
  routing: { next: string; route?: readonly { when: Parameters<typeof holds>[0]; to: string }[] | undefined },
) {
  const { walkout } = walk.scenario;
  if (walkout && Object.values(state.moods).some((m) => m.patience <= 0)) return enter(state, walkout);
  const cond = conditionState(walk, state, nodeId);
  const to = routing.route?.find((r) => holds(r.when, cond))?.to ?? routing.next;
  return enter(state, to);
}

/** Plays one action; the action must be one of `offers`. */
export function apply(walk: Walk, state: WalkState, action: PlayerAction): { state: WalkState; gained: Gain } {
  const place = placeOf(state.place);
  const { nodeId } = place;
  const node = walk.scenario.nodes[nodeId];
  if (!node || node.kind === 'ending') throw new Error(`the meeting has ended at "${nodeId}"`);
  if (place.kind === 'reply' && node.kind === 'decision') {
    const option = node.options[place.index];
    if (!option) throw new Error(`node "${nodeId}" has no option ${place.index}`);
    return { state: routeFrom(walk, state, nodeId, option), gained: NOTHING };
  }
  if (place.kind === 'interrupt' && node.kind === 'listen')
    return { state: routeFrom(walk, state, nodeId, node.interrupt), gained: NOTHING };
  if (place.kind === 'finish' && node.kind === 'listen')
    return { state: routeFrom(walk, state, nodeId, node.finish), gained: NOTHING };
  if (node.kind === 'line') return { state: routeFrom(walk, state, nodeId, node), gained: NOTHING };
  if (node.kind === 'decision') {
    const option = action.kind === 'choose' ? node.options[action.index] : undefined;
    if (!option) throw new Error(`no such option at "${nodeId}"`);
    const done = consequence(walk, state, nodeId, option);
    return { ...done, state: { ...done.state, place: stateName.reply(nodeId, action.kind === 'choose' ? action.index : 0) } };
  }
  if (action.kind === 'note') {
    const pain = node.lines[state.segment]?.pain;
    const done = consequence(walk, state, nodeId, {
      moves: ['take-note'],
      sets: pain ? [painFlag(pain.id)] : [],
      score: pain?.score,
      lessons: [],
    });
    return { ...done, state: { ...done.state, noted: [...state.noted, state.segment].sort() } };
  }
  if (action.kind === 'interrupt') {
    const done = consequence(walk, state, nodeId, node.interrupt);
    return { ...done, state: { ...done.state, place: stateName.interrupt(nodeId) } };
  }
  if (state.segment + 1 < node.lines.length) return { state: { ...state, segment: state.segment + 1 }, gained: NOTHING };
  const done = consequence(walk, state, nodeId, { ...node.finish, moves: ['let-finish'] });
  return { ...done, state: { ...done.state, place: stateName.finish(nodeId) } };
}

function describe(walk: Walk, key: string, state: WalkState): { state: MeetingState; next: WalkState[] } {
  const nodeId = nodeIdOf(state);
  const node = walk.scenario.nodes[nodeId];
  const endingId = node?.kind === 'ending' ? nodeId : null;
  const available = offers(walk, state);
  const next: WalkState[] = [];
  const steps = available.map((offer): Step => {
    const done = apply(walk, state, offer.action);
    next.push(done.state);
    return { action: offer.action, token: offer.token, ...done.gained, to: keyOf(walk, done.state) };
  });
  return { state: { key, nodeId, choice: !endingId && isChoicePoint(available), endingId, steps }, next };
}

/**
 * Every state the meeting can reach with this seed (so with its variant), up to `limit` states,
 * breadth first: the first time a state is met is by a shortest path.
 */
export function exploreStates(scenario: Scenario, seed: number, limit = 50_000): StateGraph {
  const walk = walkFor(scenario, seed);
  const first = initialState(walk);
  const start = keyOf(walk, first);
  const queue: WalkState[] = [first];
  const queued = new Set([start]);
  const states = new Map<string, MeetingState>();
  for (const current of queue) {
    if (states.size >= limit) return { seed, variant: walk.variant, start, states, complete: false };
    const key = keyOf(walk, current);
    const { state, next } = describe(walk, key, current);
    states.set(key, state);
    for (const n of next) {
      const k = keyOf(walk, n);
      if (queued.has(k)) continue;
      queued.add(k);
      queue.push(n);
    }
  }
  return { seed, variant: walk.variant, start, states, complete: true };
}

/**
 * The shortest series of actions (every `continue` included) that brings the meeting to `nodeId`
 * with this seed, or null when no path within `limit` states gets there.
 */
export function shortestPathTo(scenario: Scenario, seed: number, nodeId: string, limit = 200_000): PlayerAction[] | null {
  const walk = walkFor(scenario, seed);
  const first = initialState(walk);
  const cameFrom = new Map<string, { from: string; action: PlayerAction } | null>([[keyOf(walk, first), null]]);
  const queue: WalkState[] = [first];
  for (const current of queue) {
    const key = keyOf(walk, current);
    if (current.place === stateName.node(nodeId)) {
      const actions: PlayerAction[] = [];
      for (let link = cameFrom.get(key); link; link = cameFrom.get(link.from)) actions.unshift(link.action);
      return actions;
    }
    if (cameFrom.size >= limit) return null;
    for (const offer of offers(walk, current)) {
      const next = apply(walk, current, offer.action).state;
      const k = keyOf(walk, next);
      if (cameFrom.has(k)) continue;
      cameFrom.set(k, { from: key, action: offer.action });
      queue.push(next);
    }
  }
  return null;
}
