import type { MeetingContext } from '../meeting/meeting.ts';
import type { MeetingResult, Moment, SkillScore } from '../meeting/view.types.ts';
import { SKILLS } from '../scenario/registries.ts';
import type { Skill } from '../scenario/schema.ts';

/** A skill's score: the rubric's starting point plus every moment's points, kept within 0–100. */
export function scoreSkill(skill: Skill, base: number, moments: readonly Moment[]): SkillScore {
  const own = moments.filter((m) => m.skill === skill);
  const total = own.reduce((sum, m) => sum + m.points, base);
  return { skill, base, score: Math.max(0, Math.min(100, total)), moments: own };
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
    variant: context.variant,
    outcome: ending.outcome,
    endingId,
    scores: { listening: skills[0]?.score ?? 0, closing: skills[1]?.score ?? 0 },
    skills,
    moments: context.moments,
    actions: context.actions,
  };
}
