/**
 * A course as a learning platform sees it: the meetings it holds, the rules that complete it (set
 * when the package is built), the best scores reached, and what that makes of completion, success
 * and score. Pure, so it is tested without any platform; each platform's adapter only words it.
 */
import type { Skill } from '../engine/index.ts';
import { SKILLS } from '../engine/scenario/registries.ts';

/** What the package is built with (`npm run build:scorm`): its meetings and the rules that complete it. */
export interface CourseRules {
  /** The meetings of the course, by scenario ID, in the order the course lists them. */
  readonly meetings: readonly string[];
  /** How many of them must be finished to complete the course (all of them unless the build says fewer). */
  readonly required: number;
  /** The score (0–100) that passes the course; null: the course is completed, never passed or failed. */
  readonly masteryScore: number | null;
}

/** The best a learner reached in one meeting: its score (the mean of its skills) and each skill's best. */
export interface MeetingBest {
  readonly score: number;
  readonly skills: Readonly<Record<Skill, number>>;
}

/** What survives between two launches of the course, kept by the platform as its suspend data. */
export interface CourseProgress {
  readonly version: 2;
  /** The best of each finished meeting of the course, by scenario ID. Meetings outside the course are not kept. */
  readonly best: Readonly<Record<string, MeetingBest>>;
}

export const EMPTY_PROGRESS: CourseProgress = { version: 2, best: {} };

/** SCORM 1.2 gives a course 4,096 characters of suspend data; progress must fit in them. */
export const SUSPEND_DATA_LIMIT = 4096;

/**
 * SCORM 2004 gives 64,000 characters in its 4th edition but only 4,000 in its 3rd, and a platform
 * may run either: a 2004 course keeps within the 4,000 both guarantee.
 */
export const SUSPEND_DATA_LIMIT_2004 = 4000;

const SCENARIO_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const isScore = (value: unknown): value is number => Number.isInteger(value) && Number(value) >= 0 && Number(value) <= 100;

/** The score of one meeting, for the platform: the mean of its skills, as a whole number. */
export function meetingScore(scores: Readonly<Record<string, number>>): number {
  const values = Object.values(scores);
  return values.length === 0 ? 0 : Math.round(values.reduce((a, b) => a + b, 0) / values.length);
}

/**
 * Keeps a finished meeting's result if it belongs to the course, each figure at its best: a weaker
 * attempt never lowers what was reached. A meeting outside the course (one the learner imported)
 * is not kept, so the progress is bounded by the course the package was built with.
 */
export function recordMeeting(
  progress: CourseProgress,
  rules: CourseRules,
  scenarioId: string,
  scores: Readonly<Record<Skill, number>>,
): CourseProgress {
  if (!rules.meetings.includes(scenarioId)) return progress;
  const before = progress.best[scenarioId];
  const skills = Object.fromEntries(SKILLS.map((s) => [s, Math.max(before?.skills[s] ?? 0, Math.round(scores[s]))])) as Record<
    Skill,
    number
  >;
  const best: MeetingBest = { score: Math.max(before?.score ?? 0, meetingScore(scores)), skills };
  return { version: 2, best: { ...progress.best, [scenarioId]: best } };
}

/** Both progresses at their best, meeting by meeting and skill by skill: what was played before the platform answered is not lost. */
export function mergeProgress(a: CourseProgress, b: CourseProgress): CourseProgress {
  const best: Record<string, MeetingBest> = { ...a.best };
  for (const [id, theirs] of Object.entries(b.best)) {
    const ours = best[id];
    best[id] = ours
      ? {
          score: Math.max(ours.score, theirs.score),
          skills: Object.fromEntries(SKILLS.map((s) => [s, Math.max(ours.skills[s], theirs.skills[s])])) as Record<Skill, number>,
        }
      : theirs;
  }
  return { version: 2, best };
}

/** Where a course stands: completion, and success and score once they can be told. */
export interface CourseStanding {
  readonly completion: 'not attempted' | 'incomplete' | 'completed';
  /** Passed or failed against the mastery score, once the course is complete; null otherwise or without one. */
  readonly success: 'passed' | 'failed' | null;
  /**
   * The mean of the best scores of the required number of meetings, best first; null until the
   * course is complete, so that a platform applying its mastery score never sees a partial score as a fail.
   */
  readonly score: number | null;
}

export function courseStanding(progress: CourseProgress, rules: CourseRules): CourseStanding {
  const scores = rules.meetings.flatMap((id) => {
    const best = progress.best[id];
    return best ? [best.score] : [];
  });
  if (scores.length === 0) return { completion: 'not attempted', success: null, score: null };
  if (scores.length < rules.required) return { completion: 'incomplete', success: null, score: null };
  const counted = [...scores].sort((a, b) => b - a).slice(0, rules.required);
  const score = Math.round(counted.reduce((a, b) => a + b, 0) / counted.length);
  const success = rules.masteryScore === null ? null : score >= rules.masteryScore ? 'passed' : 'failed';
  return { completion: 'completed', success, score };
}

/** How far the course is towards completion, from 0 to 1: the meetings finished over the number required. */
export function progressMeasure(progress: CourseProgress, rules: CourseRules): number {
  const finished = rules.meetings.filter((id) => progress.best[id]).length;
  return Math.round(Math.min(1, finished / rules.required) * 100) / 100;
}

/** One meeting of the course as an objective: its best score once played, passed or failed when the course has a mastery score. */
export function meetingStanding(progress: CourseProgress, rules: CourseRules, scenarioId: string): CourseStanding {
  const best = progress.best[scenarioId];
  if (!best) return { completion: 'not attempted', success: null, score: null };
  const success = rules.masteryScore === null ? null : best.score >= rules.masteryScore ? 'passed' : 'failed';
  return { completion: 'completed', success, score: best.score };
}

/**
 * One skill over the course as an objective: the mean of its best in each meeting played (what
 * the learner has shown so far), complete with the course.
 */
export function skillStanding(progress: CourseProgress, rules: CourseRules, skill: Skill): CourseStanding {
  const bests = rules.meetings.flatMap((id) => {
    const best = progress.best[id];
    return best ? [best.skills[skill]] : [];
  });
  if (bests.length === 0) return { completion: 'not attempted', success: null, score: null };
  const score = Math.round(bests.reduce((a, b) => a + b, 0) / bests.length);
  const completion = courseStanding(progress, rules).completion === 'completed' ? 'completed' : 'incomplete';
  return { completion, success: null, score };
}

/**
 * Suspend data, compact: `2` then, per meeting, `;id:score,skill,skill` with the skills in the
 * order of SKILLS. About 20 characters plus the ID per meeting.
 */
export function writeProgress(progress: CourseProgress): string {
  const meetings = Object.entries(progress.best).map(
    ([id, b]) => `;${id}:${[b.score, ...SKILLS.map((s) => b.skills[s])].join(',')}`,
  );
  return `2${meetings.join('')}`;
}

/**
 * The longest suspend data a course can ever need: every meeting finished at 100 in everything.
 * The build refuses a course for which this exceeds the platform's limit, so at run time the
 * progress always fits and is never cut.
 */
export function largestProgress(rules: CourseRules): string {
  const full: MeetingBest = { score: 100, skills: Object.fromEntries(SKILLS.map((s) => [s, 100])) as Record<Skill, number> };
  return writeProgress({ version: 2, best: Object.fromEntries(rules.meetings.map((id) => [id, full])) });
}

/**
 * Reads what the platform kept, for this course. It is data from outside: anything unexpected
 * (another course's data, a hand edit, a truncation) gives what could be read, never a crash. The
 * JSON of the first SCORM package (version 1: best meeting scores only) is read too, so a learner
 * who started with it keeps their course.
 */
export function readProgress(text: string, rules: CourseRules): CourseProgress {
  const entries = text.startsWith('{') ? firstVersionEntries(text) : compactEntries(text);
  const best: Record<string, MeetingBest> = {};
  for (const [id, figures] of entries) {
    if (!rules.meetings.includes(id) || !SCENARIO_ID.test(id) || !figures.every(isScore)) continue;
    const [score = 0, ...skills] = figures;
    best[id] = { score, skills: Object.fromEntries(SKILLS.map((s, i) => [s, skills[i] ?? score])) as Record<Skill, number> };
  }
  return { version: 2, best };
}

function compactEntries(text: string): [string, number[]][] {
  const [version, ...meetings] = text.split(';');
  if (version !== '2') return [];
  return meetings.flatMap((meeting): [string, number[]][] => {
    const [id = '', figures = ''] = meeting.split(':');
    const numbers = figures.split(',').map((f) => (/^\d{1,3}$/.test(f) ? Number(f) : Number.NaN));
    return numbers.length === SKILLS.length + 1 ? [[id, numbers]] : [];
  });
}

/** Version 1 kept one score per meeting; it stands for each skill too, the best guess there is. */
function firstVersionEntries(text: string): [string, number[]][] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return [];
  }
  if (typeof data !== 'object' || data === null || (data as { version?: unknown }).version !== 1) return [];
  const best = (data as { best?: unknown }).best;
  if (typeof best !== 'object' || best === null) return [];
  return Object.entries(best).flatMap(([id, score]): [string, number[]][] => (isScore(score) ? [[id, [score]]] : []));
}
