import type { Condition, Mood } from '../scenario/schema.ts';

/** What a condition can look at: the hidden variant, the speaking prospect's mood, the flags set so far. */
export interface ConditionState {
  readonly variant: string | null;
  readonly mood: Mood;
  readonly flags: readonly string[];
}

function inRange(value: number, range: { min?: number | undefined; max?: number | undefined } | undefined): boolean {
  if (!range) return true;
  return (range.min === undefined || value >= range.min) && (range.max === undefined || value <= range.max);
}

/** True when every part of the condition holds; an absent condition always holds. */
export function holds(when: Condition | undefined, state: ConditionState): boolean {
  if (!when) return true;
  if (when.variant && (state.variant === null || !when.variant.includes(state.variant))) return false;
  if (!inRange(state.mood.trust, when.trust)) return false;
  if (!inRange(state.mood.interest, when.interest)) return false;
  if (!inRange(state.mood.patience, when.patience)) return false;
  if (when.flags && !when.flags.every((f) => state.flags.includes(f))) return false;
  if (when.notFlags?.some((f) => state.flags.includes(f))) return false;
  return true;
}

/** The first conditional text whose condition holds, else the default. */
export function firstThatHolds<T>(
  fallback: T,
  alternatives: readonly (T & { when: Condition })[] | undefined,
  state: ConditionState,
): T {
  return alternatives?.find((alt) => holds(alt.when, state)) ?? fallback;
}
