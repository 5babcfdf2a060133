import { lessonUses } from '../analysis/coverage.ts';
import type { MeetingResult, Moment } from '../meeting/view.types.ts';
import type { LessonId } from '../scenario/lessons.ts';
import type { Scenario } from '../scenario/schema.ts';

/*
 * The three things a debrief asks the player to remember: the moment that cost the most, the moment
 * that earned the most, and the one lesson to practise next. Each is chosen among what the debrief
 * scores, so that what it recommends never contradicts what it counts: the costliest moment cost
 * points, the best one earned them, and the lesson to practise is one the player lost points on —
 * or, in a meeting without a lost point, one the meeting rewards that the player has not met yet.
 */

/** The lesson to practise next, and why that one. */
export type Practice =
  /** The lesson the player lost the most points on (`lost`, every loss under it added up). */
  | { readonly lesson: LessonId; readonly reason: 'lost-points'; readonly lost: number }
  /** A lesson this meeting rewards that no moment of the session named, right or wrong. */
  | { readonly lesson: LessonId; readonly reason: 'not-met' };

export interface Takeaways {
  /** The player's moment that cost the most points; null when none cost any. */
  readonly costliest: Moment | null;
  /** The player's moment that earned the most points; null when none earned any. */
  readonly best: Moment | null;
  /** Null only when the player lost no point and met every lesson the meeting rewards. */
  readonly practise: Practice | null;
}

/**
 * The moment of `moments` that moved the score most in one direction (`sign` 1: earned, −1: cost),
 * the earliest of equals: an early moment shapes what follows it.
 */
function most(moments: readonly Moment[], sign: 1 | -1): Moment | null {
  let found: Moment | null = null;
  for (const m of moments) {
    if (Math.sign(m.points) === sign && (!found || m.points * sign > found.points * sign)) found = m;
  }
  return found;
}

/**
 * A moment the player made, else the ending's. The ending's moments (the door shut, a date agreed)
 * score how the meeting ended, which the outcome already says; the player's own words teach more.
 * An ending's moment is the pick only when no moment of the player's moved the score that way.
 */
function mostOwnFirst(result: MeetingResult, sign: 1 | -1): Moment | null {
  const own = result.moments.filter((m) => m.nodeId !== result.endingId);
  return most(own, sign) ?? most(result.moments, sign);
}

/** Every lesson the session lost points on, with the points lost under it, in the order first lost. */
function lessonsLost(moments: readonly Moment[]): Map<LessonId, number> {
  const lost = new Map<LessonId, number>();
  for (const m of moments) if (m.points < 0) lost.set(m.lesson, (lost.get(m.lesson) ?? 0) - m.points);
  return lost;
}

function practiceOf(scenario: Scenario, result: MeetingResult): Practice | null {
  let worst: Practice | null = null;
  // The first lost wins a tie: a Map keeps the order of first loss.
  for (const [lesson, lost] of lessonsLost(result.moments)) {
    if (!worst || (worst.reason === 'lost-points' && lost > worst.lost)) worst = { lesson, reason: 'lost-points', lost };
  }
  if (worst) return worst;
  const met = new Set(result.moments.map((m) => m.lesson));
  // In the order the meeting's file trains them: about the order a player meets them in.
  const unmet = lessonUses(scenario).find((use) => use.rewarded && !met.has(use.lesson));
  return unmet ? { lesson: unmet.lesson, reason: 'not-met' } : null;
}

/** The three things to remember from a finished meeting. */
export function takeaways(scenario: Scenario, result: MeetingResult): Takeaways {
  return {
    costliest: mostOwnFirst(result, -1),
    best: mostOwnFirst(result, 1),
    practise: practiceOf(scenario, result),
  };
}
