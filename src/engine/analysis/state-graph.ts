import { type ActorScope, createActor, type EventFromLogic, initialTransition, type SnapshotFrom } from 'xstate';
import { type MeetingEvent, type MeetingMachine, placeOf, stateName } from '../meeting/meeting.ts';
import { type MeetingSeed, meetingMachineOf, seedInput } from '../meeting/session.ts';
import { availableActions } from '../meeting/view.ts';
import type { AvailableAction, PlayerAction } from '../meeting/view.types.ts';
import { conditionsOf, targetsOf } from '../scenario/graph.ts';
import type { LessonId } from '../scenario/lessons.ts';
import { focusOf } from '../scenario/nodes.ts';
import { MOOD_PARTS } from '../scenario/registries.ts';
import type { Condition, Mood, Scenario, ScenarioNode, Skill } from '../scenario/schema.ts';

/**
 * The meeting seen as a graph of states, for tools that explore it without a player: the report
 * (every path) and `--from` (the shortest way to a node). It walks the meeting machine itself: the
 * machine is a pure function of (snapshot, event), so each branch is one transition of the snapshot
 * it starts from, and the rules (routes, the walkout, what is on offer, consequences) exist once, in
 * the machine and its view.
 *
 * Two snapshots are one state when what decides the rest of the meeting is equal: where it stands,
 * the flags and moods a condition ahead reads and, inside a listening window, which part is told and
 * which parts were noted. Points already earned and the turn number are left out, so paths that
 * differ only in their past meet in one state.
 */
export type WalkState = SnapshotFrom<MeetingMachine>;

/** Something the player can do in a state, as the game offers it. */
export interface Offer {
  readonly action: PlayerAction;
  readonly moves: AvailableAction['moves'];
  /** The `--choices` token for it (`2`, `c`, `n`, `i`), or null where the player can only continue. */
  readonly token: string | null;
}

/** One thing the player does in a state, and what it brings. */
export interface Step {
  readonly action: PlayerAction;
  readonly token: string | null;
  readonly points: Readonly<Record<Skill, number>>;
  /** For each skill, whether a moment of this step cost points in it (a scored mistake). */
  readonly erred: Readonly<Record<Skill, boolean>>;
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

type MeetingScope = ActorScope<WalkState, EventFromLogic<MeetingMachine>>;

/**
 * What the rest of the meeting can read at a node: the flags and the prospects' mood parts that a
 * condition deciding something (an option on offer, a route, a score) reads at this node or at one
 * it can lead to, and every patience while a walkout can still happen. Conditions that only pick a
 * text (`sayWhen`, `replyWhen`) are left out: they change what is said, not what happens.
 */
export interface LiveReads {
  readonly flags: ReadonlySet<string>;
  /** `[prospect, part]` pairs, in a fixed order so that keys compare. */
  readonly moods: readonly (readonly [string, keyof Mood])[];
}

/** A scenario's machine, its first snapshot for a seed, and what each node's future reads. */
export interface Walk {
  readonly scenario: Scenario;
  readonly machine: MeetingMachine;
  /**
   * The scope every transition of the walk runs in. XState's `transition()` builds an actor and a
   * system for each call, which made a walk 30 times slower than the machine's own step; the meeting
   * spawns nothing and its effects (cues) are only named, so one inert scope serves every step.
   */
  readonly scope: MeetingScope;
  readonly first: WalkState;
  readonly variant: string | null;
  readonly live: ReadonlyMap<string, LiveReads>;
}

/** The conditions of a node that decide what happens (not which text is said). */
function deciding(node: ScenarioNode): Condition[] {
  const text = new Set(['sayWhen', 'replyWhen']);
  return conditionsOf(node)
    .filter((c) => !c.path.some((part) => typeof part === 'string' && text.has(part)))
    .map((c) => c.when);
}

/**
 * Each node's live reads, grown backwards until nothing changes: a node reads what its own
 * conditions read and what any node it leads to reads. Keying states on these alone is what
 * makes the exact analysis small (round-table: 554,274 states with every read flag and mood, 30,840 so).
 */
export function liveReadsOf(scenario: Scenario): Map<string, LiveReads> {
  const ids = Object.keys(scenario.nodes);
  const flags = new Map(ids.map((id) => [id, new Set<string>()]));
  const moods = new Map(ids.map((id) => [id, new Set<string>()]));
  const next = new Map<string, string[]>();
  for (const id of ids) {
    const node = scenario.nodes[id] as ScenarioNode;
    const focus = focusOf(scenario, node);
    for (const when of deciding(node)) {
      for (const f of [...(when.flags ?? []), ...(when.notFlags ?? [])]) flags.get(id)?.add(f);
      for (const part of MOOD_PARTS) if (when[part]) moods.get(id)?.add(`${focus}\u0000${part}`);
    }
    // The walkout is checked on leaving any place that is not an ending.
    const walks = scenario.walkout !== undefined && node.kind !== 'ending';
    if (walks) for (const p of scenario.prospects) moods.get(id)?.add(`${p.id}\u0000patience`);
    next.set(id, [...targetsOf(node).map((t) => t.to), ...(walks && scenario.walkout ? [scenario.walkout] : [])]);
  }
  for (let changed = true; changed; ) {
    changed = false;
    for (const id of ids) {
      const mine = [flags.get(id), moods.get(id)] as const;
      for (const to of next.get(id) ?? []) {
        const theirs = [flags.get(to), moods.get(to)] as const;
        for (const k of [0, 1] as const) {
          for (const item of theirs[k] ?? []) {
            if (mine[k]?.has(item)) continue;
            mine[k]?.add(item);
            changed = true;
          }
        }
      }
    }
  }
  return new Map(
    ids.map((id) => [
      id,
      {
        flags: flags.get(id) ?? new Set(),
        moods: [...(moods.get(id) ?? [])].sort().map((pair) => pair.split('\u0000') as [string, keyof Mood]),
      },
    ]),
  );
}

/**
 * The machine's own start for this seed (so the variant it draws, and the order in which each
 * decision shows its options: `offers` and their `--choices` tokens follow it).
 */
export function walkFor(scenario: Scenario, seed: MeetingSeed): Walk {
  const machine = meetingMachineOf(scenario);
  const input = { ...seedInput(seed), history: 'last act' } as const;
  const [first] = initialTransition(machine, input);
  const self = createActor(machine, { input });
  const scope: MeetingScope = {
    self,
    id: '',
    sessionId: '',
    system: self.system,
    logger: () => {},
    defer: () => {},
    emit: () => {},
    stopChild: () => {},
    // Cues (sounds) are for the presentation; a walk executes none.
    actionExecutor: () => {},
  };
  return { scenario, machine, scope, first, variant: first.context.variant, live: liveReadsOf(scenario) };
}

export function initialState(walk: Walk): WalkState {
  return walk.first;
}

export function nodeIdOf(state: WalkState): string {
  return placeOf(state.value).nodeId;
}

/**
 * The state's key. Only what the rest of the meeting can read from here is kept (`liveReadsOf`): a
 * flag no later condition reads, or a mood part nothing ahead looks at, would split states for nothing.
 */
export function keyOf(walk: Walk, state: WalkState): string {
  const place = placeOf(state.value);
  const listening = place.kind === 'node' && walk.scenario.nodes[place.nodeId]?.kind === 'listen';
  const { flags, moods, segment, relaunched, notedSegments } = state.context;
  const live = walk.live.get(place.nodeId);
  return JSON.stringify([
    String(state.value),
    live ? flags.filter((f) => live.flags.has(f)).sort() : [],
    live ? live.moods.map(([prospect, part]) => moods[prospect]?.[part]) : [],
    listening ? [segment, relaunched, [...notedSegments].sort()] : null,
  ]);
}

function step(walk: Walk, state: WalkState, event: MeetingEvent): WalkState {
  return walk.machine.transition(state, event, walk.scope);
}

/** Each state once its line is shown in full, worked out once: every offer of a state starts from it. */
const shownStates = new WeakMap<WalkState, WalkState>();

/**
 * The state once its line is shown in full: what the player sees before acting. Only a listening
 * window waits for its line (elsewhere the event changes nothing).
 */
function shown(walk: Walk, state: WalkState): WalkState {
  const place = placeOf(state.value);
  if (place.kind !== 'node' || walk.scenario.nodes[place.nodeId]?.kind !== 'listen') return state;
  let ready = shownStates.get(state);
  if (!ready) {
    ready = step(walk, state, { type: 'line.finished' });
    shownStates.set(state, ready);
  }
  return ready;
}

/** The `--choices` token of an action on offer: an option's position, or c, n, i while a story is told. */
function tokenOf(available: AvailableAction, options: readonly AvailableAction[]): string | null {
  switch (available.action.kind) {
    case 'choose':
      return String(options.indexOf(available) + 1);
    case 'continue':
      return available.moves.length > 0 ? 'c' : null;
    case 'note':
      return 'n';
    case 'interrupt':
      return 'i';
  }
}

/** What the player may do in a state, in the order the game shows it (after the line is shown in full). */
export function offers(walk: Walk, state: WalkState): Offer[] {
  if (state.status === 'done') return [];
  const available = availableActions(shown(walk, state), 'en');
  const options = available.filter((a) => a.action.kind === 'choose');
  return available.map((a) => ({ action: a.action, moves: a.moves, token: tokenOf(a, options) }));
}

function eventOf(action: PlayerAction): MeetingEvent {
  switch (action.kind) {
    case 'choose':
      return { type: 'player.choose', index: action.index };
    case 'continue':
      return { type: 'player.continue' };
    case 'note':
      return { type: 'player.note' };
    case 'interrupt':
      return { type: 'player.interrupt' };
  }
}

interface Gain {
  readonly points: Readonly<Record<Skill, number>>;
  readonly erred: Readonly<Record<Skill, boolean>>;
  readonly lessons: readonly LessonId[];
}

/** The lessons an action names in the scenario: its option's, the interruption's or the finished story's. */
function namedLessons(walk: Walk, before: WalkState, after: WalkState, action: PlayerAction): readonly LessonId[] {
  const node = walk.scenario.nodes[nodeIdOf(before)];
  if (node?.kind === 'decision' && action.kind === 'choose') return node.options[action.index]?.lessons ?? [];
  if (node?.kind !== 'listen') return [];
  if (action.kind === 'interrupt') {
    // A relaunch question keeps them in the story: the machine stays at the node.
    const relaunch = after.context.relaunched ? node.lines[after.context.segment]?.relaunch : undefined;
    return placeOf(after.value).kind === 'interrupt' ? node.interrupt.lessons : (relaunch?.lessons ?? []);
  }
  if (action.kind === 'continue' && placeOf(after.value).kind === 'finish') return node.finish.lessons;
  return [];
}

/** Plays one action with the machine; the action must be one of `offers`. */
export function apply(walk: Walk, state: WalkState, action: PlayerAction): { state: WalkState; gained: Gain } {
  if (state.status === 'done') throw new Error(`the meeting has ended at "${nodeIdOf(state)}"`);
  const ready = shown(walk, state);
  const next = step(walk, ready, eventOf(action));
  if (next === ready) throw new Error(`${JSON.stringify(action)} is not on offer at "${String(state.value)}"`);
  // The moments of this act: only an act (a choice, a note, an interruption, a story heard out) moves
  // the turn, and so does the ending it leads to when the ending is scored.
  const moments = next.context.moments.filter((m) => m.turn > ready.context.turn);
  const points = { listening: 0, closing: 0 };
  const erred = { listening: false, closing: false };
  for (const m of moments) {
    points[m.skill] += m.points;
    if (m.points < 0) erred[m.skill] = true;
  }
  const lessons = [...new Set([...namedLessons(walk, state, next, action), ...moments.map((m) => m.lesson)])];
  return { state: next, gained: { points, erred, lessons } };
}

interface Reached {
  readonly key: string;
  readonly state: WalkState;
}

function describe(walk: Walk, key: string, state: WalkState): { state: MeetingState; next: Reached[] } {
  const nodeId = nodeIdOf(state);
  const node = walk.scenario.nodes[nodeId];
  const endingId = node?.kind === 'ending' ? nodeId : null;
  const available = offers(walk, state);
  const next: Reached[] = [];
  const steps = available.map((offer): Step => {
    const done = apply(walk, state, offer.action);
    const to = keyOf(walk, done.state);
    next.push({ key: to, state: done.state });
    return { action: offer.action, token: offer.token, ...done.gained, to };
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
  // A snapshot is dropped from the queue once described: only its summary is kept.
  const queue: (Reached | undefined)[] = [{ key: start, state: first }];
  const queued = new Set([start]);
  const states = new Map<string, MeetingState>();
  for (let head = 0; head < queue.length; head++) {
    const current = queue[head];
    queue[head] = undefined;
    if (!current) continue;
    if (states.size >= limit) return { seed, variant: walk.variant, start, states, complete: false };
    const { state, next } = describe(walk, current.key, current.state);
    states.set(current.key, state);
    for (const reached of next) {
      if (queued.has(reached.key)) continue;
      queued.add(reached.key);
      queue.push(reached);
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
    if (String(current.value) === stateName.node(nodeId)) {
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
