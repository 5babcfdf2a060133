import { type ContinuationSolver, compareContinuations, continuationSolver } from '../analysis/best-continuation.ts';
import { apply, nodeIdOf, offers, type WalkState, walkFor } from '../analysis/state-graph.ts';
import { type MeetingSeed, replayActions, startMeeting } from '../meeting/session.ts';
import type { MeetingResult, PlayerAction } from '../meeting/view.types.ts';
import type { Scenario } from '../scenario/schema.ts';

/*
 * The road not taken: the decisions of a session that cost the player the most. At each decision
 * where the player had a choice, every option on offer is weighed by its best continuation: the
 * points of the option itself plus the most the rest of the meeting could still earn after it
 * (`best-continuation.ts`, which walks the meeting machine). So the "best" option is judged by the
 * same rules as the debrief, not by a fixed style of play that makes its own mistakes.
 *
 * The best option is the one whose best continuation earns the most (then the better outcome, then
 * the option shown first), but an option that costs points itself (a scored mistake) is never
 * preferred to one that does not: the road never recommends what the debrief penalises. What the
 * decision cost is the gap between the two best continuations. A decision is shown only when its
 * best road ends better than the player's own session (`endsBetter`): it never points to a
 * "better" road that ends worse.
 */

/** An option of a decision, weighed: its best continuation, and the meeting played along it. */
export interface Branch {
  /** The option's index in the decision. */
  readonly option: number;
  /** The option's points plus the most the rest of the meeting can still earn after it. */
  readonly points: number;
  readonly result: MeetingResult;
}

export interface CostlyDecision {
  readonly nodeId: string;
  readonly turn: number;
  /** How many of the session's actions come before this decision: replaying them returns to it. */
  readonly step: number;
  readonly chosen: Branch;
  readonly best: Branch;
  /** Points the choice cost: the best option's best continuation less the chosen option's. */
  readonly cost: number;
}

/**
 * States the road may explore in all before it says the meeting is too large to compare. The
 * largest shipped meeting, prospect-in-a-hurry, has about 233,000 states in a variant; the limit
 * leaves it room.
 */
export const ROAD_STATE_LIMIT = 300_000;

export type Road =
  | { readonly kind: 'weighed'; readonly decisions: readonly CostlyDecision[] }
  /** More states than `ROAD_STATE_LIMIT` branch out of the session's decisions. */
  | { readonly kind: 'too-large' };

interface Option {
  readonly index: number;
  readonly points: number;
  /** True when the option itself costs points in a skill. */
  readonly erred: boolean;
  readonly after: WalkState;
}

interface Decision {
  readonly step: number;
  readonly nodeId: string;
  readonly turn: number;
  readonly chosen: number;
  readonly options: readonly Option[];
}

/** The decisions of a session with more than one option on offer, each option played once on the machine. */
function decisionsOf(scenario: Scenario, seed: MeetingSeed, actions: readonly PlayerAction[]) {
  const walk = walkFor(scenario, seed);
  const decisions: Decision[] = [];
  let state = walk.first;
  for (const [step, action] of actions.entries()) {
    if (state.status === 'done') break;
    const offered = offers(walk, state).filter((o) => o.action.kind === 'choose');
    if (action.kind === 'choose' && offered.length > 1) {
      const options = offered.flatMap((o): Option[] => {
        if (o.action.kind !== 'choose') return [];
        const { state: after, gained } = apply(walk, state, o.action);
        const points = gained.points.listening + gained.points.closing;
        return [{ index: o.action.index, points, erred: gained.erred.listening || gained.erred.closing, after }];
      });
      decisions.push({ step, nodeId: nodeIdOf(state), turn: state.context.turn + 1, chosen: action.index, options });
    }
    // A refused action (a hand-edited replay) ends the walk: the road weighs what came before it.
    try {
      state = apply(walk, state, action).state;
    } catch {
      break;
    }
  }
  return { walk, decisions };
}

/** The meeting played with these actions, from the start; null when an action is refused. */
function playedWith(scenario: Scenario, seed: MeetingSeed, actions: readonly PlayerAction[]): MeetingResult | null {
  const meeting = startMeeting(scenario, { seed });
  try {
    return replayActions(meeting, actions) === null ? meeting.result() : null;
  } finally {
    meeting.stop();
  }
}

const OUTCOME_RANK = { advance: 2, continuation: 1, lost: 0 } as const;

/**
 * A road worth pointing to ends better than the player's own session as the debrief shows it: a
 * higher total, no skill lower and no worse outcome. (The best continuation counts raw points, and
 * the shown scores are capped, so a road with more points can still show less.)
 */
function endsBetter(road: MeetingResult, own: MeetingResult): boolean {
  const { listening, closing } = road.scores;
  return (
    listening + closing > own.scores.listening + own.scores.closing &&
    listening >= own.scores.listening &&
    closing >= own.scores.closing &&
    OUTCOME_RANK[road.outcome] >= OUTCOME_RANK[own.outcome]
  );
}

function weigh(
  scenario: Scenario,
  seed: MeetingSeed,
  actions: readonly PlayerAction[],
  solver: ContinuationSolver,
  decisions: readonly Decision[],
): CostlyDecision[] {
  const own = playedWith(scenario, seed, actions);
  if (!own) return [];
  return decisions.flatMap((d): CostlyDecision[] => {
    const valued = d.options.flatMap((o) => {
      const after = solver.bestFrom(o.after);
      return after ? [{ ...o, value: { points: o.points + after.points, outcome: after.outcome } }] : [];
    });
    const chosen = valued.find((o) => o.index === d.chosen);
    // A scored mistake is never the road to take while an option without one is on offer.
    const clean = valued.filter((o) => !o.erred);
    const candidates = clean.length > 0 ? clean : valued;
    // Ties go to the player's own option (it cost nothing), then to the order shown.
    const best = [...candidates].sort(
      (a, b) => compareContinuations(a.value, b.value) || Number(b.index === d.chosen) - Number(a.index === d.chosen),
    )[0];
    if (!best || !chosen || best.index === chosen.index) return [];
    const branch = (o: typeof best): Branch | null => {
      const prefix = actions.slice(0, d.step);
      const result = playedWith(scenario, seed, [...prefix, { kind: 'choose', index: o.index }, ...solver.actionsFrom(o.after)]);
      return result ? { option: o.index, points: o.value.points, result } : null;
    };
    const bestBranch = branch(best);
    const chosenBranch = branch(chosen);
    const cost = best.value.points - chosen.value.points;
    if (!bestBranch || !chosenBranch || cost <= 0 || !endsBetter(bestBranch.result, own)) return [];
    return [{ nodeId: d.nodeId, turn: d.turn, step: d.step, chosen: chosenBranch, best: bestBranch, cost }];
  });
}

/** Weighing a session's road, a slice at a time: `work` until it returns the road. */
export interface RoadWeighing {
  /** Explores up to `budget` more states; the road once weighed, else null (call again). */
  work(budget: number): Road | null;
}

/**
 * Starts weighing the decisions of a session. The costliest `count` are kept (each costing
 * something), the costliest first, then in meeting order.
 */
export function weighRoad(
  scenario: Scenario,
  seed: MeetingSeed,
  actions: readonly PlayerAction[],
  { count = 3, stateLimit = ROAD_STATE_LIMIT }: { count?: number; stateLimit?: number } = {},
): RoadWeighing {
  let road: Road | null = null;
  let found: ReturnType<typeof decisionsOf> | null = null;
  let solver: ContinuationSolver | null = null;
  return {
    work(budget) {
      if (road) return road;
      found ??= decisionsOf(scenario, seed, actions);
      if (!solver) {
        solver = continuationSolver(found.walk, stateLimit);
        for (const d of found.decisions) for (const o of d.options) solver.want(o.after);
      }
      const status = solver.work(budget);
      if (status === 'working') return null;
      if (status === 'too-large') road = { kind: 'too-large' };
      else {
        const decisions = weigh(scenario, seed, actions, solver, found.decisions)
          .sort((a, b) => b.cost - a.cost || a.step - b.step)
          .slice(0, count);
        road = { kind: 'weighed', decisions };
      }
      return road;
    },
  };
}

/** The road of a session, weighed in one go (the command line, tests). */
export function roadNotTaken(
  scenario: Scenario,
  seed: MeetingSeed,
  actions: readonly PlayerAction[],
  options: { count?: number; stateLimit?: number } = {},
): Road {
  const weighing = weighRoad(scenario, seed, actions, options);
  for (;;) {
    const road = weighing.work(10_000);
    if (road) return road;
  }
}
