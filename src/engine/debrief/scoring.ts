import type { MeetingContext } from '../meeting/meeting.ts';
import type { MeetingResult, Moment, SkillScore } from '../meeting/view.types.ts';
import { SKILLS } from '../scenario/registries.ts';
import type { Skill } from '../scenario/schema.ts';

/**
 * The highest score a skill shows once a moment in it cost points. Without it, a meeting whose good
 * path earns more than 100 let a wrong move (−6) and the right one (+12) both end at 100: the
 * mistake vanished from the score. So a scored mistake always shows, and the top stays for a
 * clean meeting.
 */
export const TOP_WITH_A_MISTAKE = 99;

/**
 * A skill's score from its starting point, the sum of its moments' points and whether any of them
 * cost points: the sum kept within 0–100, and below 100 after a mistake. The one copy of the
 * rule: the debrief, the report and the road not taken all score through it.
 */
export function skillScore(base: number, points: number, erred: boolean): number {
  return Math.max(0, Math.min(erred ? TOP_WITH_A_MISTAKE : 100, base + points));
}

/** A skill's score with the moments that make it. */
export function scoreSkill(skill: Skill, base: number, moments: readonly Moment[]): SkillScore {
  const own = moments.filter((m) => m.skill === skill);
  const points = own.reduce((sum, m) => sum + m.points, 0);
  return {
    skill,
    base,
    score: skillScore(
      base,
      points,
      own.some((m) => m.points < 0),
    ),
    moments: own,
  };
}

/** The honest result of a finished meeting, or null while it is still going on. */
export function scoreMeeting(context: MeetingContext): MeetingResult | null {
  const endingId = context.endingId;
  const ending = endingId ? context.scenario.nodes[endingId] : undefined;
  if (!endingId || ending?.kind !== 'ending') return null;
  const skills = SKILLS.map((skill) => scoreSkill(skill, context.scenario.rubric[skill].base, context.moments));
  return {
    scenarioId: context.scenario.id,
    scenarioVersion: context.scenario.version,
    seed: context.seed,
    seeding: context.seeding,
    variant: context.variant,
    outcome: ending.outcome,
    endingId,
    scores: { listening: skills[0]?.score ?? 0, closing: skills[1]?.score ?? 0 },
    skills,
    moments: context.moments,
    actions: context.actions,
  };
}
