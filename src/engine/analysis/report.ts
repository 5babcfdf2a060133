import { skillScore } from '../debrief/scoring.ts';
import { seededRng } from '../meeting/rng.ts';
import { reachableFrom } from '../scenario/graph.ts';
import type { LessonId } from '../scenario/lessons.ts';
import { PLAY_STYLES } from '../scenario/play-styles.ts';
import { SKILLS } from '../scenario/registries.ts';
import type { Outcome, Scenario, Skill } from '../scenario/schema.ts';
import { compareContinuations } from './best-continuation.ts';
import { seedsForEachVariant } from './explore.ts';
import {
  bestNamesMove,
  closingAgainstOutcome,
  type DecisionVerdict,
  decisionVerdicts,
  type GiveAwayFinding,
  longestIsBest,
  type NaiveStyle,
  naivePick,
  naivePlayWins,
  type Value,
  variantsAlike,
} from './give-aways.ts';
import { sameOptions } from './same-options.ts';
import {
  apply,
  exploreStates,
  initialState,
  type MeetingState,
  nodeIdOf,
  type Offer,
  offers,
  type StateGraph,
  type Step,
  walkFor,
} from './state-graph.ts';

/**
 * The author's report on a scenario: every path of the meeting for every variant (or, when the
 * states are too many to walk them all, a stated sample), what they reach and score, and what
 * looks suspicious. Pure: the command line prints it.
 */

/** A path scoring under this in a skill is a bad path in that skill. */
export const BAD_PATH_UNDER = 50;
/** A skill should reward a careful player with at least this… */
export const BEST_AT_LEAST = 80;
/** …and leave a careless one at most this. */
export const WORST_AT_MOST = 40;

export interface PathSummary {
  /** The `--choices` tokens that replay it with the variant's seed. */
  readonly choices: readonly string[];
  readonly ending: string;
  readonly outcome: Outcome;
  readonly scores: Readonly<Record<Skill, number>>;
  /** The skills in which a moment of the path cost points (their score stays below 100). */
  readonly erred: readonly Skill[];
  readonly lessons: readonly LessonId[];
}

export type Method =
  | { readonly kind: 'exhaustive'; readonly states: number; readonly loopsCut: number }
  | { readonly kind: 'sampled'; readonly walks: number; readonly stateLimit: number };

export interface VariantReport {
  readonly variant: string | null;
  readonly seed: number;
  readonly method: Method;
  /** Every path (exhaustive), or the distinct paths among the samples. */
  readonly paths: number;
  /** How many paths (exhaustive) or walks (sampled) end at each ending reached. */
  readonly endings: readonly { readonly ending: string; readonly outcome: Outcome; readonly paths: number }[];
  readonly skills: Readonly<Record<Skill, { readonly best: PathSummary; readonly worst: PathSummary }>> | null;
  /** How many paths (or walks) exercise each lesson. */
  readonly lessons: readonly { readonly lesson: LessonId; readonly paths: number }[];
  /** Every path, when there are few enough to list. */
  readonly listed: readonly PathSummary[] | null;
}

export type Finding =
  | {
      readonly kind: 'weak-success';
      readonly variant: string | null;
      readonly ending: string;
      readonly skill: Skill;
      readonly best: number;
    }
  | { readonly kind: 'best-too-low'; readonly variant: string | null; readonly skill: Skill; readonly score: number }
  | { readonly kind: 'worst-too-high'; readonly variant: string | null; readonly skill: Skill; readonly score: number }
  | { readonly kind: 'same-options'; readonly node: string; readonly options: readonly [number, number] }
  | { readonly kind: 'unreached-ending'; readonly ending: string }
  | { readonly kind: 'dead-end'; readonly variant: string | null; readonly node: string }
  | GiveAwayFinding;

export interface ScenarioReport {
  readonly scenario: string;
  readonly version: number;
  /** Nodes where the player chooses: decisions and listening windows (reachable ones). */
  readonly decisionPoints: { readonly decisions: number; readonly listens: number };
  readonly variants: readonly VariantReport[];
  readonly findings: readonly Finding[];
}

/**
 * States explored per variant before the report switches to sampling. Every shipped meeting fits
 * (the largest, prospect-in-a-hurry, has about 233,000 states per variant); an author raises it with
 * `report --max-states` for a bigger one, at the cost of time and memory.
 */
export const STATE_LIMIT = 500_000;

export interface ReportOptions {
  /** States explored per variant before switching to sampling (`STATE_LIMIT` unless given). */
  readonly stateLimit?: number;
  /** Random walks per variant when sampling. */
  readonly walks?: number;
  /** Paths listed one by one when a variant has at most this many. */
  readonly listLimit?: number;
  /** Told after each variant, so that a long report can show how far it is. */
  readonly onVariant?: (done: number, total: number, report: VariantReport) => void;
}

export function reportScenario(scenario: Scenario, options: ReportOptions = {}): ScenarioReport {
  const { stateLimit = STATE_LIMIT, walks = 1_000, listLimit = 12, onVariant } = options;
  const variants: VariantReport[] = [];
  const findings: Finding[] = [];
  const reached = new Set<string>();
  let exhaustive = true;
  const seeds = seedsForEachVariant(scenario);
  const verdictsOfEach: ReadonlyMap<string, DecisionVerdict>[] = [];
  for (const seed of seeds) {
    const graph = exploreStates(scenario, seed, stateLimit);
    const found = graph.complete ? walkAll(scenario, graph, listLimit) : sample(scenario, seed, walks, stateLimit);
    exhaustive &&= graph.complete;
    variants.push(found.report);
    findings.push(...found.findings);
    if (found.verdicts) verdictsOfEach.push(found.verdicts);
    for (const e of found.report.endings) reached.add(e.ending);
    onVariant?.(variants.length, seeds.length, found.report);
  }
  const nodes = [...reachableFrom(scenario, scenario.start)].map((id) => scenario.nodes[id]);
  findings.push(...sameOptions(scenario).map((s): Finding => ({ kind: 'same-options', node: s.node, options: s.options })));
  if (exhaustive) {
    for (const [id, node] of Object.entries(scenario.nodes)) {
      if (node.kind === 'ending' && !reached.has(id)) findings.push({ kind: 'unreached-ending', ending: id });
    }
    // Which option is best needs every continuation of every variant.
    findings.push(...[variantsAlike(verdictsOfEach)].filter((f) => f !== null));
  }
  return {
    scenario: scenario.id,
    version: scenario.version,
    decisionPoints: {
      decisions: nodes.filter((n) => n?.kind === 'decision').length,
      listens: nodes.filter((n) => n?.kind === 'listen').length,
    },
    variants,
    findings,
  };
}

/** What the paths out of one state add up to. */
interface Tally {
  paths: number;
  endings: Map<string, number>;
  /** For each skill, the best and worst sum of points from here, and the step that starts it. */
  best: Record<Skill, { sum: number; step: Step | null }>;
  worst: Record<Skill, { sum: number; step: Step | null }>;
  /** The best sum among paths with no scored mistake in the skill: they alone can reach 100. */
  bestClean: Record<Skill, { sum: number; step: Step | null }>;
  /** How many of the paths from here exercise each lesson. */
  lessons: Map<LessonId, number>;
  /** For each ending, the best sum of each skill among the paths from here that end there, and more on closing. */
  bestAt: Map<string, AtEnding>;
  /** The best continuation from here, both skills added, as `best-continuation.ts` weighs it. */
  bestTotal: Value | null;
}

/** The sums of the paths that end at one ending: the best of each skill, the lowest closing, the best clean closing. */
interface AtEnding extends Record<Skill, number> {
  readonly lowestClosing: number;
  /** The best closing among paths with no scored mistake in closing (−∞ when there is none). */
  readonly cleanClosing: number;
}

const NO_PATH: AtEnding = { listening: -Infinity, closing: -Infinity, lowestClosing: Infinity, cleanClosing: -Infinity };

function emptyTally(): Tally {
  const extreme = (sum: number) => ({ listening: { sum, step: null }, closing: { sum, step: null } });
  return {
    paths: 0,
    endings: new Map(),
    best: extreme(-Infinity),
    worst: extreme(Infinity),
    bestClean: extreme(-Infinity),
    lessons: new Map(),
    bestAt: new Map(),
    bestTotal: null,
  };
}

/**
 * Adds up every path of a complete state graph, from the endings back to the start (depth first).
 * A step back into a state on the current path would loop: it is cut, and counted.
 */
function walkAll(
  scenario: Scenario,
  graph: StateGraph,
  listLimit: number,
): { report: VariantReport; findings: Finding[]; verdicts: ReadonlyMap<string, DecisionVerdict> } {
  const tallies = new Map<string, Tally>();
  const onPath = new Set<string>();
  const deadEnds = new Set<string>();
  let loopsCut = 0;
  const stack: { state: MeetingState; next: number }[] = [];
  const push = (key: string) => {
    const state = graph.states.get(key);
    if (!state) throw new Error(`unknown state ${key}`);
    onPath.add(key);
    stack.push({ state, next: 0 });
  };
  push(graph.start);
  while (stack.length > 0) {
    const top = stack[stack.length - 1] as { state: MeetingState; next: number };
    const step = top.state.steps[top.next];
    if (step) {
      top.next++;
      if (onPath.has(step.to)) loopsCut++;
      else if (!tallies.has(step.to)) push(step.to);
      continue;
    }
    stack.pop();
    onPath.delete(top.state.key);
    tallies.set(top.state.key, tally(scenario, top.state, tallies, deadEnds));
  }
  const root = tallies.get(graph.start) ?? emptyTally();
  const variant = graph.variant;
  const follow = (pick: (t: Tally) => Step | null) => summarize(scenario, graph, tallies, pick);
  const skills = root.paths > 0 ? bestAndWorst(root, follow) : null;
  const report: VariantReport = {
    variant,
    seed: graph.seed,
    method: { kind: 'exhaustive', states: graph.states.size, loopsCut },
    paths: root.paths,
    endings: endingsOf(scenario, root.endings),
    skills,
    lessons: lessonCounts(root.lessons),
    listed: root.paths <= listLimit ? listPaths(scenario, graph) : null,
  };
  const bestAt = root.bestAt;
  const verdicts = decisionVerdicts(scenario, graph, (key) => tallies.get(key)?.bestTotal ?? null);
  const closingAt = new Map(
    [...bestAt].map(([ending, sums]) => {
      const base = scenario.rubric.closing.base;
      // The lowest is only judged under 50, where the cap after a mistake plays no part.
      const lowest = skillScore(base, sums.lowestClosing, false);
      const highest = Math.max(skillScore(base, sums.closing, true), skillScore(base, sums.cleanClosing, false));
      return [ending, { lowest, highest }] as const;
    }),
  );
  return {
    report,
    verdicts,
    findings: [
      ...judge(scenario, variant, skills, bestAt, deadEnds),
      ...[longestIsBest(variant, verdicts)].filter((f) => f !== null),
      ...bestNamesMove(scenario, variant, verdicts),
      ...naivePlay(scenario, graph.seed),
      ...closingAgainstOutcome(scenario, variant, closingAt),
    ],
  };
}

/** Each naive habit played once with the variant's seed, on the machine: one path each, exact or sampled alike. */
function naivePlay(scenario: Scenario, seed: number): Finding[] {
  const walk = walkFor(scenario, seed);
  return (['first-shown', 'longest'] as const satisfies readonly NaiveStyle[]).flatMap((style) => {
    const found = walkOnce(walk, naivePick(scenario, style), new Set());
    const finding = found ? naivePlayWins(walk.variant, style, found.path) : null;
    return finding ? [finding] : [];
  });
}

function tally(scenario: Scenario, state: MeetingState, tallies: ReadonlyMap<string, Tally>, deadEnds: Set<string>): Tally {
  const t = emptyTally();
  if (state.endingId) {
    t.paths = 1;
    t.endings.set(state.endingId, 1);
    for (const skill of SKILLS) {
      t.best[skill] = { sum: 0, step: null };
      t.worst[skill] = { sum: 0, step: null };
      t.bestClean[skill] = { sum: 0, step: null };
    }
    t.bestAt.set(state.endingId, { listening: 0, closing: 0, lowestClosing: 0, cleanClosing: 0 });
    const node = scenario.nodes[state.endingId];
    t.bestTotal = { points: 0, outcome: node?.kind === 'ending' ? node.outcome : 'lost' };
    return t;
  }
  if (state.steps.length === 0) deadEnds.add(state.nodeId);
  for (const step of state.steps) {
    const next = tallies.get(step.to);
    if (!next || next.paths === 0) continue;
    t.paths += next.paths;
    for (const [ending, n] of next.endings) t.endings.set(ending, (t.endings.get(ending) ?? 0) + n);
    for (const skill of SKILLS) {
      const gain = step.points[skill];
      if (next.best[skill].sum + gain > t.best[skill].sum) t.best[skill] = { sum: next.best[skill].sum + gain, step };
      if (next.worst[skill].sum + gain < t.worst[skill].sum) t.worst[skill] = { sum: next.worst[skill].sum + gain, step };
      const clean = next.bestClean[skill].sum + gain;
      if (!step.erred[skill] && clean > t.bestClean[skill].sum) t.bestClean[skill] = { sum: clean, step };
    }
    const lessons = new Set([...step.lessons, ...next.lessons.keys()]);
    for (const lesson of lessons) {
      const n = step.lessons.includes(lesson) ? next.paths : (next.lessons.get(lesson) ?? 0);
      t.lessons.set(lesson, (t.lessons.get(lesson) ?? 0) + n);
    }
    for (const [ending, sums] of next.bestAt) {
      const mine = t.bestAt.get(ending) ?? NO_PATH;
      const closing = step.points.closing;
      t.bestAt.set(ending, {
        listening: Math.max(mine.listening, sums.listening + step.points.listening),
        closing: Math.max(mine.closing, sums.closing + closing),
        lowestClosing: Math.min(mine.lowestClosing, sums.lowestClosing + closing),
        cleanClosing: Math.max(mine.cleanClosing, step.erred.closing ? -Infinity : sums.cleanClosing + closing),
      });
    }
    if (next.bestTotal) {
      const value = {
        points: step.points.listening + step.points.closing + next.bestTotal.points,
        outcome: next.bestTotal.outcome,
      };
      if (!t.bestTotal || compareContinuations(value, t.bestTotal) < 0) t.bestTotal = value;
    }
  }
  return t;
}

/**
 * The best path of a skill is the one that shows the highest score: the best sum, unless a path
 * without a mistake in the skill shows more (a mistake keeps a score below 100).
 */
function bestAndWorst(root: Tally, follow: (pick: (t: Tally) => Step | null) => PathSummary) {
  const best = (skill: Skill) => {
    const any = follow((t) => t.best[skill].step);
    if (root.bestClean[skill].sum === -Infinity) return any;
    const clean = follow((t) => t.bestClean[skill].step);
    return clean.scores[skill] >= any.scores[skill] ? clean : any;
  };
  return {
    listening: { best: best('listening'), worst: follow((t) => t.worst.listening.step) },
    closing: { best: best('closing'), worst: follow((t) => t.worst.closing.step) },
  };
}

/** The path that takes, in each state, the step `pick` names. */
function summarize(
  scenario: Scenario,
  graph: StateGraph,
  tallies: ReadonlyMap<string, Tally>,
  pick: (t: Tally) => Step | null,
): PathSummary {
  const steps: Step[] = [];
  let key = graph.start;
  for (let state = graph.states.get(key); state && !state.endingId; state = graph.states.get(key)) {
    const tallied = tallies.get(key);
    const step = tallied ? pick(tallied) : null;
    if (!step) break;
    steps.push(step);
    key = step.to;
  }
  return pathOf(scenario, steps, graph.states.get(key)?.endingId ?? '');
}

function pathOf(scenario: Scenario, steps: readonly Step[], ending: string): PathSummary {
  const node = scenario.nodes[ending];
  const sums = { listening: 0, closing: 0 };
  for (const step of steps) for (const skill of SKILLS) sums[skill] += step.points[skill];
  const erred = SKILLS.filter((skill) => steps.some((step) => step.erred[skill]));
  const score = (skill: Skill) => skillScore(scenario.rubric[skill].base, sums[skill], erred.includes(skill));
  return {
    choices: steps.flatMap((s) => (s.token ? [s.token] : [])),
    ending,
    outcome: node?.kind === 'ending' ? node.outcome : 'lost',
    scores: { listening: score('listening'), closing: score('closing') },
    erred,
    lessons: [...new Set(steps.flatMap((s) => s.lessons))].sort(),
  };
}

/** Every path of a small graph, in the order the game offers the actions. */
function listPaths(scenario: Scenario, graph: StateGraph): PathSummary[] {
  const out: PathSummary[] = [];
  const visit = (key: string, steps: Step[], seen: Set<string>) => {
    const state = graph.states.get(key);
    if (!state) return;
    if (state.endingId) {
      out.push(pathOf(scenario, steps, state.endingId));
      return;
    }
    for (const step of state.steps) {
      if (seen.has(step.to)) continue;
      visit(step.to, [...steps, step], new Set([...seen, step.to]));
    }
  };
  visit(graph.start, [], new Set([graph.start]));
  return out;
}

function endingsOf(scenario: Scenario, counts: ReadonlyMap<string, number>) {
  return [...counts]
    .map(([ending, paths]) => {
      const node = scenario.nodes[ending];
      return { ending, outcome: node?.kind === 'ending' ? node.outcome : ('lost' as Outcome), paths };
    })
    .sort((a, b) => b.paths - a.paths || a.ending.localeCompare(b.ending));
}

function lessonCounts(counts: ReadonlyMap<LessonId, number>) {
  return [...counts].map(([lesson, paths]) => ({ lesson, paths })).sort((a, b) => a.lesson.localeCompare(b.lesson));
}

function judge(
  scenario: Scenario,
  variant: string | null,
  skills: VariantReport['skills'],
  bestAt: ReadonlyMap<string, Readonly<Record<Skill, number>>>,
  deadEnds: ReadonlySet<string>,
): Finding[] {
  const findings: Finding[] = [];
  for (const [ending, sums] of bestAt) {
    const node = scenario.nodes[ending];
    if (node?.kind !== 'ending' || node.outcome !== 'advance') continue;
    for (const skill of SKILLS) {
      // Below 50 the cap after a mistake plays no part: the best sum decides.
      const best = skillScore(scenario.rubric[skill].base, sums[skill], false);
      if (best < BAD_PATH_UNDER) findings.push({ kind: 'weak-success', variant, ending, skill, best });
    }
  }
  for (const skill of SKILLS) {
    const found = skills?.[skill];
    if (!found) continue;
    if (found.best.scores[skill] < BEST_AT_LEAST)
      findings.push({ kind: 'best-too-low', variant, skill, score: found.best.scores[skill] });
    if (found.worst.scores[skill] > WORST_AT_MOST)
      findings.push({ kind: 'worst-too-high', variant, skill, score: found.worst.scores[skill] });
  }
  for (const node of deadEnds) findings.push({ kind: 'dead-end', variant, node });
  return findings;
}

/**
 * When the states are too many to walk them all: seeded random walks (each action on offer
 * equally likely), plus the four play styles of the ending search, which reach the far corners
 * (a long run of good or bad moves) that random walks seldom do.
 */
function sample(
  scenario: Scenario,
  seed: number,
  walks: number,
  stateLimit: number,
): { report: VariantReport; findings: Finding[]; verdicts: null } {
  const walk = walkFor(scenario, seed);
  const rng = seededRng(seed ^ 0x7e9047);
  const pickers: ((list: readonly Offer[], nodeId: string) => Offer | undefined)[] = [
    ...Object.values(PLAY_STYLES).map((style) => (list: readonly Offer[]) => preferred(list, style)),
    ...Array.from({ length: walks }, () => (list: readonly Offer[]) => list[Math.floor(rng() * list.length)]),
  ];
  const paths: PathSummary[] = [];
  const deadEnds = new Set<string>();
  const bestAt = new Map<string, Record<Skill, number>>();
  const closingAt = new Map<string, { lowest: number; highest: number }>();
  for (const pickOffer of pickers) {
    const found = walkOnce(walk, pickOffer, deadEnds);
    if (!found) continue;
    paths.push(found.path);
    const { ending, scores } = found.path;
    const mine = bestAt.get(ending) ?? { listening: -Infinity, closing: -Infinity };
    bestAt.set(ending, {
      listening: Math.max(mine.listening, found.sums.listening),
      closing: Math.max(mine.closing, found.sums.closing),
    });
    const seen = closingAt.get(ending) ?? { lowest: Infinity, highest: -Infinity };
    closingAt.set(ending, { lowest: Math.min(seen.lowest, scores.closing), highest: Math.max(seen.highest, scores.closing) });
  }
  const endings = new Map<string, number>();
  const lessons = new Map<LessonId, number>();
  for (const p of paths) {
    endings.set(p.ending, (endings.get(p.ending) ?? 0) + 1);
    for (const l of p.lessons) lessons.set(l, (lessons.get(l) ?? 0) + 1);
  }
  const extreme = (skill: Skill, sign: 1 | -1) =>
    paths.reduce((a, b) => (sign * (b.scores[skill] - a.scores[skill]) > 0 ? b : a));
  const skills =
    paths.length > 0
      ? {
          listening: { best: extreme('listening', 1), worst: extreme('listening', -1) },
          closing: { best: extreme('closing', 1), worst: extreme('closing', -1) },
        }
      : null;
  const report: VariantReport = {
    variant: walk.variant,
    seed,
    method: { kind: 'sampled', walks: pickers.length, stateLimit },
    paths: new Set(paths.map((p) => p.choices.join(','))).size,
    endings: endingsOf(scenario, endings),
    skills,
    lessons: lessonCounts(lessons),
    listed: null,
  };
  // Which option is best needs every continuation: without the whole graph, longest-is-best and
  // best-names-move are not judged; the naive habits are single paths, and closing against the
  // outcome is judged on the walks (a finding is then a real path; some may be missed).
  return {
    report,
    verdicts: null,
    findings: [
      ...judge(scenario, walk.variant, skills, bestAt, deadEnds),
      ...naivePlay(scenario, seed),
      ...closingAgainstOutcome(scenario, walk.variant, closingAt),
    ],
  };
}

function preferred(list: readonly Offer[], style: readonly string[]): Offer | undefined {
  for (const move of style) {
    const found = list.find((o) => (o.moves as readonly string[]).includes(move));
    if (found) return found;
  }
  return list[0];
}

/** One walk to an ending; null when it is stuck (no action on offer) or runs in circles. */
function walkOnce(
  walk: ReturnType<typeof walkFor>,
  pickOffer: (list: readonly Offer[], nodeId: string) => Offer | undefined,
  deadEnds: Set<string>,
  maxSteps = 10_000,
): { path: PathSummary; sums: Record<Skill, number> } | null {
  let state = initialState(walk);
  const steps: Step[] = [];
  for (let i = 0; i < maxSteps; i++) {
    const node = walk.scenario.nodes[nodeIdOf(state)];
    if (node?.kind === 'ending') {
      const path = pathOf(walk.scenario, steps, nodeIdOf(state));
      const sums = { listening: 0, closing: 0 };
      for (const s of steps) for (const skill of SKILLS) sums[skill] += s.points[skill];
      return { path, sums };
    }
    const offer = pickOffer(offers(walk, state), nodeIdOf(state));
    if (!offer) {
      deadEnds.add(nodeIdOf(state));
      return null;
    }
    const done = apply(walk, state, offer.action);
    // A walk never comes back to a state by its key: it is not worth computing.
    steps.push({ action: offer.action, token: offer.token, ...done.gained, to: '' });
    state = done.state;
  }
  return null;
}
