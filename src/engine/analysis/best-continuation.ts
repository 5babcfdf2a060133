import type { Outcome } from '../scenario/schema.ts';
import { apply, keyOf, nodeIdOf, type Offer, offers, type Walk, type WalkState } from './state-graph.ts';

/*
 * The best continuation from a state of the meeting: the most points (both skills added) the rest
 * of the meeting can still earn, found by walking the meeting machine depth first and remembering
 * each state's answer by its key (two states with one key go on the same way). Ties go to the
 * better outcome, then to the action shown first. A step back into a state on the current path
 * would go round in circles: it is not a way to the end and is left out, as the report does.
 *
 * The walk is resumable and bounded: `work(budget)` explores at most `budget` more states and
 * returns, so a page can spread it over many short slices and never freeze; past `limit` states in
 * all it gives up ("too large"), rather than take minutes on a file built to be huge.
 */

const OUTCOME_RANK: Readonly<Record<Outcome, number>> = { advance: 2, continuation: 1, lost: 0 };

/** What the best way on from a state brings: its points, how it ends, and its first action (−1 at an ending). */
export interface Continuation {
  readonly points: number;
  readonly outcome: Outcome;
  readonly first: number;
}

/** Better first: more points, then the better outcome. */
export function compareContinuations(a: { points: number; outcome: Outcome }, b: { points: number; outcome: Outcome }) {
  return b.points - a.points || OUTCOME_RANK[b.outcome] - OUTCOME_RANK[a.outcome];
}

interface Frame {
  readonly key: string;
  readonly state: WalkState;
  readonly offers: readonly Offer[];
  next: number;
  best: Continuation | null;
  /** How the parent reached this state: which of its offers, and the points that step brought. */
  readonly via: { readonly offer: number; readonly points: number } | null;
}

export type SolverStatus = 'working' | 'done' | 'too-large';

export interface ContinuationSolver {
  /** Asks for the best continuation from a state; call `work` until it is done, then `bestFrom`. */
  want(state: WalkState): void;
  /** Explores up to `budget` more states. */
  work(budget: number): SolverStatus;
  /** The best continuation from a state asked for, or null when no way from it reaches an ending. */
  bestFrom(state: WalkState): Continuation | null;
  /** The actions of the best continuation from a state asked for, up to the ending. */
  actionsFrom(state: WalkState): Offer['action'][];
  /** States explored so far. */
  readonly explored: number;
}

export function continuationSolver(walk: Walk, limit: number): ContinuationSolver {
  const memo = new Map<string, Continuation | null>();
  const onPath = new Set<string>();
  const stack: Frame[] = [];
  const wanted: WalkState[] = [];
  let explored = 0;
  let status: SolverStatus = 'working';

  const endingValue = (state: WalkState): Continuation | null => {
    const node = walk.scenario.nodes[nodeIdOf(state)];
    return node?.kind === 'ending' ? { points: 0, outcome: node.outcome, first: -1 } : null;
  };

  const open = (key: string, state: WalkState, via: Frame['via']) => {
    if (explored >= limit) {
      status = 'too-large';
      return;
    }
    explored++;
    onPath.add(key);
    stack.push({ key, state, offers: offers(walk, state), next: 0, best: null, via });
  };

  // Read through a function: `open` changes the status inside a closure, which narrowing cannot see.
  const gaveUp = () => status === 'too-large';

  const consider = (frame: Frame, offer: number, points: number, after: Continuation | null) => {
    if (!after) return;
    const candidate = { points: points + after.points, outcome: after.outcome, first: offer };
    if (!frame.best || compareContinuations(candidate, frame.best) < 0) frame.best = candidate;
  };

  /** One move of the depth-first walk: a step out of the top state, or the top state finished. */
  const advance = () => {
    const top = stack[stack.length - 1] as Frame;
    const offer = top.offers[top.next];
    if (offer) {
      const index = top.next++;
      const { state, gained } = apply(walk, top.state, offer.action);
      const points = gained.points.listening + gained.points.closing;
      const key = keyOf(walk, state);
      if (memo.has(key)) consider(top, index, points, memo.get(key) ?? null);
      else if (!onPath.has(key)) {
        const ending = endingValue(state);
        if (ending) {
          memo.set(key, ending);
          consider(top, index, points, ending);
        } else open(key, state, { offer: index, points });
      }
      return;
    }
    stack.pop();
    onPath.delete(top.key);
    memo.set(top.key, top.best);
    const parent = stack[stack.length - 1];
    if (parent && top.via) consider(parent, top.via.offer, top.via.points, top.best);
  };

  const bestFrom = (state: WalkState): Continuation | null => {
    const key = keyOf(walk, state);
    if (!memo.has(key)) {
      const ending = endingValue(state);
      if (ending) return ending;
      throw new Error(`the best continuation from "${nodeIdOf(state)}" was not worked out`);
    }
    return memo.get(key) ?? null;
  };

  return {
    want(state) {
      wanted.push(state);
      if (status === 'done') status = 'working';
    },
    work(budget) {
      if (status === 'too-large') return status;
      const stop = explored + budget;
      while (explored < stop) {
        if (stack.length === 0) {
          const state = wanted.pop();
          if (!state) break;
          const key = keyOf(walk, state);
          if (!memo.has(key) && !endingValue(state)) open(key, state, null);
          if (gaveUp()) return 'too-large';
          continue;
        }
        advance();
        if (gaveUp()) return 'too-large';
      }
      status = stack.length === 0 && wanted.length === 0 ? 'done' : 'working';
      return status;
    },
    bestFrom,
    actionsFrom(state) {
      const actions: Offer['action'][] = [];
      let at = state;
      for (let found = bestFrom(at); found && found.first >= 0; found = bestFrom(at)) {
        const offer = offers(walk, at)[found.first];
        if (!offer) break;
        actions.push(offer.action);
        at = apply(walk, at, offer.action).state;
      }
      return actions;
    },
    get explored() {
      return explored;
    },
  };
}
