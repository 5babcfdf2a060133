/**
 * A platform keeps what earlier sessions reported. A learner who comes back to practise must never
 * lose it: what the course reports now is raised to what the platform holds, never lowered.
 */
import type { CourseStanding } from './course.ts';

const COMPLETION_RANK = { 'not attempted': 0, incomplete: 1, completed: 2 } as const;

/** The better of the two successes: passed stays passed; failed is kept until passed replaces it. */
function betterSuccess(held: CourseStanding['success'], now: CourseStanding['success']): CourseStanding['success'] {
  if (held === 'passed' || now === 'passed') return 'passed';
  return held ?? now;
}

const betterScore = (held: number | null, now: number | null): number | null =>
  held === null ? now : now === null ? held : Math.max(held, now);

/** The standing to report: each part at the higher of what the platform holds and what the course reached. */
export function raiseStanding(held: CourseStanding, now: CourseStanding): CourseStanding {
  return {
    completion: COMPLETION_RANK[now.completion] > COMPLETION_RANK[held.completion] ? now.completion : held.completion,
    success: betterSuccess(held.success, now.success),
    score: betterScore(held.score, now.score),
  };
}
