import { ADVANCE_CLOSING_AT_LEAST, TOP_BAND_AT_LEAST } from '../analysis/give-aways.ts';
import type { MeetingResult, Moment } from '../meeting/view.types.ts';
import type { Skill } from '../scenario/schema.ts';

/*
 * When the scores and the outcome seem to disagree: high scores and nothing won, or an advance with a
 * low score. Both are honest — a score adds up the moments of one skill, the outcome is how the
 * meeting ended — but a player who sees 90 / 90 above "nothing decided" deserves the reason, and
 * the reason is in the session: the ending's own scored moment (a next step never agreed, a date
 * set), else the last moment of closing, the skill an outcome is about, that went the same way.
 * The bands are the report's (give-aways.ts), which holds authors to the same bounds.
 */

export type GapKind =
  /** Not an advance, while a skill is in the top band. */
  | 'not-won-despite-scores'
  /** An advance, while a skill is under the band an advance should need. */
  | 'won-despite-scores';

export interface OutcomeGap {
  readonly kind: GapKind;
  /** The skills whose score seems to say otherwise, in the rubric's order. */
  readonly skills: readonly Skill[];
  /** The moment that explains the outcome, or null when the session holds none. */
  readonly reason: Moment | null;
}

/** The last moment of `moments` that holds, in meeting order. */
function last(moments: readonly Moment[], holds: (m: Moment) => boolean): Moment | null {
  return moments.findLast(holds) ?? null;
}

/** Why the outcome is not what the scores suggest; null when they agree. */
export function outcomeGap(result: MeetingResult): OutcomeGap | null {
  const won = result.outcome === 'advance';
  const skills = result.skills
    .filter((s) => (won ? s.score < ADVANCE_CLOSING_AT_LEAST : s.score >= TOP_BAND_AT_LEAST))
    .map((s) => s.skill);
  if (skills.length === 0) return null;
  // The direction of the outcome: a loss of points explains a meeting not won, a gain an advance.
  const sign = won ? 1 : -1;
  const same = (m: Moment) => Math.sign(m.points) === sign;
  const reason =
    last(result.moments, (m) => m.nodeId === result.endingId && same(m)) ??
    last(result.moments, (m) => m.skill === 'closing' && same(m));
  return { kind: won ? 'won-despite-scores' : 'not-won-despite-scores', skills, reason };
}
