import { countWords } from '../debrief/figures.ts';
import { LESSONS, type LessonId } from '../scenario/lessons.ts';
import type { Move } from '../scenario/moves.ts';
import type { Option, Outcome, Scenario, Skill } from '../scenario/schema.ts';
import { compareContinuations } from './best-continuation.ts';
import type { Offer, StateGraph } from './state-graph.ts';

/*
 * Give-aways and coherence: what lets a player win without understanding the meeting (the longest
 * answer is the right one, the right answer names the lesson, a naive habit reaches the top), and
 * outcomes that contradict the score (an advance with a poor close, a lost meeting with a good one).
 * The report computes the inputs in its exact walk (the best continuation of every state, the
 * lowest and highest closing at every ending) and these functions judge them.
 */

/** The longest option may be the best one in at most this share of a variant's decisions. */
export const LONGEST_BEST_AT_MOST = 0.4;
/** The top band: at least this in both skills, as the debrief shows them. A naive habit should not get there. */
export const TOP_BAND_AT_LEAST = 80;
/** With several variants, the right option should change with the variant at this many decisions at least. */
export const VARIANTS_CHANGE_AT_LEAST = 2;
/** An advance should not be reachable with a closing under this… */
export const ADVANCE_CLOSING_AT_LEAST = 50;
/** …nor a lost meeting with a closing over this. */
export const LOST_CLOSING_AT_MOST = 70;

/** The habits of a player who does not read the meeting: the option shown first, or the longest one. */
export type NaiveStyle = 'first-shown' | 'longest';

export type GiveAwayFinding =
  | {
      readonly kind: 'longest-is-best';
      readonly variant: string | null;
      /** Decisions whose best option is the longest one… */
      readonly count: number;
      /** …among the decisions that have a best option; the share is `count / decisions`. */
      readonly decisions: number;
      readonly nodes: readonly string[];
    }
  | {
      readonly kind: 'best-names-move';
      readonly variant: string | null;
      readonly node: string;
      /** The best option, numbered from 1 in the order of the file. */
      readonly option: number;
      /** The move's or lesson's name as the text repeats it (the engine's words, not the file's). */
      readonly name: string;
    }
  | {
      readonly kind: 'naive-play-wins';
      readonly variant: string | null;
      readonly style: NaiveStyle;
      readonly scores: Readonly<Record<Skill, number>>;
      readonly choices: readonly string[];
    }
  | {
      readonly kind: 'variants-alike';
      readonly variants: number;
      /** The decisions whose best option is not the same in every variant that judges them. */
      readonly changed: readonly string[];
    }
  | { readonly kind: 'advance-low-closing'; readonly variant: string | null; readonly ending: string; readonly closing: number }
  | { readonly kind: 'lost-high-closing'; readonly variant: string | null; readonly ending: string; readonly closing: number };

/** Which of two options reads longer: positive when `a` does (more French words, then more English ones). */
function longer(a: Option, b: Option): number {
  return countWords(a.text.fr) - countWords(b.text.fr) || countWords(a.text.en) - countWords(b.text.en);
}

/** The file index of the single longest option among these, or null when two are as long in both languages. */
export function longestOption(options: readonly Option[], indices: readonly number[]): number | null {
  let best: number | null = null;
  let tied = false;
  for (const index of indices) {
    const option = options[index];
    if (!option) continue;
    const top = best === null ? undefined : options[best];
    const order = top ? longer(option, top) : 1;
    if (order > 0) [best, tied] = [index, false];
    else if (order === 0) tied = true;
  }
  return tied ? null : best;
}

/** What the best continuation after a step brings, as `best-continuation.ts` weighs it. */
export interface Value {
  readonly points: number;
  readonly outcome: Outcome;
}

/** At each decision, what a state's best option is and whether the longest option is that one. */
export interface DecisionVerdict {
  /** The option that is alone the best in more than half of the states the decision is met in. */
  readonly best: number | null;
  readonly longestIsBest: boolean;
}

/**
 * Each decision's best option in a complete graph, from the best continuation after each of its
 * options (points of both skills, then the outcome: the debrief's rule). A decision met in several
 * states (other flags or moods) is judged by majority: an option is its best when it alone is best
 * in more than half of those states, and the longest is its best when the longest option on offer
 * is alone the best in more than half of them. States with a single option on offer are no choice
 * and are left out; so are ties, which have no single best.
 */
export function decisionVerdicts(
  scenario: Scenario,
  graph: StateGraph,
  valueAfter: (to: string) => Value | null,
): Map<string, DecisionVerdict> {
  const met = new Map<string, { states: number; best: Map<number, number>; longest: number }>();
  for (const state of graph.states.values()) {
    const node = scenario.nodes[state.nodeId];
    if (node?.kind !== 'decision') continue;
    let top: { index: number; value: Value } | null = null;
    let tied = false;
    const indices: number[] = [];
    for (const step of state.steps) {
      if (step.action.kind !== 'choose') continue;
      indices.push(step.action.index);
      const after = valueAfter(step.to);
      if (!after) continue;
      const value = { points: step.points.listening + step.points.closing + after.points, outcome: after.outcome };
      const order = top ? compareContinuations(value, top.value) : -1;
      if (order < 0) [top, tied] = [{ index: step.action.index, value }, false];
      else if (order === 0) tied = true;
    }
    if (indices.length < 2) continue;
    const seen = met.get(state.nodeId) ?? { states: 0, best: new Map(), longest: 0 };
    seen.states++;
    const best = top && !tied ? top.index : null;
    if (best !== null) {
      seen.best.set(best, (seen.best.get(best) ?? 0) + 1);
      if (longestOption(node.options, indices) === best) seen.longest++;
    }
    met.set(state.nodeId, seen);
  }
  const verdicts = new Map<string, DecisionVerdict>();
  for (const [nodeId, seen] of met) {
    const majority = [...seen.best].find(([, n]) => n * 2 > seen.states);
    verdicts.set(nodeId, { best: majority ? majority[0] : null, longestIsBest: seen.longest * 2 > seen.states });
  }
  return verdicts;
}

/** The longest option is the best in more than `LONGEST_BEST_AT_MOST` of the decisions that have a best. */
export function longestIsBest(variant: string | null, verdicts: ReadonlyMap<string, DecisionVerdict>): GiveAwayFinding | null {
  const judged = [...verdicts].filter(([, v]) => v.best !== null);
  const nodes = judged.filter(([, v]) => v.longestIsBest).map(([id]) => id);
  if (judged.length === 0 || nodes.length <= LONGEST_BEST_AT_MOST * judged.length) return null;
  return { kind: 'longest-is-best', variant, count: nodes.length, decisions: judged.length, nodes: nodes.sort() };
}

/**
 * Variants that ask for the same play: a variant is there so that the meeting must be read anew
 * (who decides, how urgent it really is), so the best option should change with it at more than
 * one decision. `bests` holds each variant's verdicts; a decision counts as changed when two
 * variants that both judge it have different best options.
 */
export function variantsAlike(bests: readonly ReadonlyMap<string, DecisionVerdict>[]): GiveAwayFinding | null {
  if (bests.length < 2) return null;
  const nodes = new Set(bests.flatMap((verdicts) => [...verdicts.keys()]));
  const changed = [...nodes].filter((node) => {
    const best = new Set(bests.flatMap((verdicts) => verdicts.get(node)?.best ?? []));
    return best.size > 1;
  });
  if (changed.length >= VARIANTS_CHANGE_AT_LEAST) return null;
  return { kind: 'variants-alike', variants: bests.length, changed: changed.sort() };
}

/** Lower case, without accents, every run of other characters than letters and digits one space, padded with spaces. */
function words(text: string): string {
  const plain = text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  return ` ${plain.replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
}

/**
 * The names an option could give away: its moves of several words, said as their ID says them
 * ("propose-next-step" is "propose next step"; moves have English names only), and the titles of
 * the lessons it names or scores, in the text's language. A one-word move ("pitch", "research")
 * is an everyday word and is left out, and so is a one-word title.
 */
function namesOf(option: Option): { fr: string[]; en: string[] } {
  const moves = option.moves.filter((m: Move) => m.includes('-')).map((m) => m.replaceAll('-', ' '));
  const lessons = new Set<LessonId>([...option.lessons, ...(option.score ?? []).map((s) => s.lesson)]);
  const titles = [...lessons].map((l) => LESSONS[l].title);
  const several = (name: string) => words(name).trim().includes(' ');
  return {
    fr: titles.map((t) => t.fr).filter(several),
    en: [...moves, ...titles.map((t) => t.en)].filter(several),
  };
}

/** The first name the text repeats as whole words, case and accents aside, or null. */
export function nameRepeated(option: Option): string | null {
  const names = namesOf(option);
  for (const lang of ['fr', 'en'] as const) {
    const text = words(option.text[lang]);
    const found = names[lang].find((name) => text.includes(words(name)));
    if (found) return found;
  }
  return null;
}

/** Each decision whose best option repeats the name of one of its moves or lessons. */
export function bestNamesMove(
  scenario: Scenario,
  variant: string | null,
  verdicts: ReadonlyMap<string, DecisionVerdict>,
): GiveAwayFinding[] {
  const found: GiveAwayFinding[] = [];
  for (const [nodeId, verdict] of [...verdicts].sort(([a], [b]) => a.localeCompare(b))) {
    const node = scenario.nodes[nodeId];
    const option = verdict.best === null || node?.kind !== 'decision' ? undefined : node.options[verdict.best];
    const name = option ? nameRepeated(option) : null;
    if (name && verdict.best !== null) {
      found.push({ kind: 'best-names-move', variant, node: nodeId, option: verdict.best + 1, name });
    }
  }
  return found;
}

/**
 * A naive player's pick among the actions on offer: at a decision, the option shown first or the
 * longest one (ties to the one shown first); in a listening window, the action shown first, which
 * lets the prospect go on (no note, no interruption), for both habits.
 */
export function naivePick(scenario: Scenario, style: NaiveStyle) {
  return (list: readonly Offer[], nodeId: string): Offer | undefined => {
    const node = scenario.nodes[nodeId];
    if (style === 'first-shown' || node?.kind !== 'decision') return list[0];
    let best = list[0];
    for (const offer of list) {
      const mine = offer.action.kind === 'choose' ? node.options[offer.action.index] : undefined;
      const top = best?.action.kind === 'choose' ? node.options[best.action.index] : undefined;
      if (mine && top && longer(mine, top) > 0) best = offer;
    }
    return best;
  };
}

/** A naive habit reaches the top band in both skills. */
export function naivePlayWins(
  variant: string | null,
  style: NaiveStyle,
  path: { readonly scores: Readonly<Record<Skill, number>>; readonly choices: readonly string[] },
): GiveAwayFinding | null {
  if (path.scores.listening < TOP_BAND_AT_LEAST || path.scores.closing < TOP_BAND_AT_LEAST) return null;
  return { kind: 'naive-play-wins', variant, style, scores: path.scores, choices: path.choices };
}

/**
 * Outcomes the score contradicts: an advance some path reaches with closing under 50, a lost
 * ending some path reaches with closing over 70. `closingAt` gives, for each ending reached, the
 * lowest and highest closing as the debrief shows them.
 */
export function closingAgainstOutcome(
  scenario: Scenario,
  variant: string | null,
  closingAt: ReadonlyMap<string, { readonly lowest: number; readonly highest: number }>,
): GiveAwayFinding[] {
  const found: GiveAwayFinding[] = [];
  for (const [ending, closing] of [...closingAt].sort(([a], [b]) => a.localeCompare(b))) {
    const node = scenario.nodes[ending];
    if (node?.kind !== 'ending') continue;
    if (node.outcome === 'advance' && closing.lowest < ADVANCE_CLOSING_AT_LEAST) {
      found.push({ kind: 'advance-low-closing', variant, ending, closing: closing.lowest });
    }
    if (node.outcome === 'lost' && closing.highest > LOST_CLOSING_AT_MOST) {
      found.push({ kind: 'lost-high-closing', variant, ending, closing: closing.highest });
    }
  }
  return found;
}
