import { z } from 'zod';
import type { MeetingResult } from '../meeting/view.types.ts';
import { LESSON_IDS, type LessonId } from '../scenario/lessons.ts';
import { LessonSchema, OutcomeSchema, type Scenario, type Skill } from '../scenario/schema.ts';
import { learningPath } from './path.ts';

/*
 * A player's progress over weeks: every finished meeting, and what follows from them (the path
 * through the meetings, the lesson deck, the history of each skill, the next meeting to practise).
 * Pure: the browser keeps it (src/storage/progress-store.ts), this computes with it.
 */

export const PROGRESS_VERSION = 1;
/** Enough for months of daily practice, small enough for any browser's storage. */
export const MAX_ATTEMPTS = 400;

const score = z.number().int().min(0).max(100);

export const AttemptSchema = z.strictObject({
  scenarioId: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  /** When it ended, as an ISO date: the chart's axis and the deck's "two different sessions". */
  at: z.iso.datetime(),
  outcome: OutcomeSchema,
  scores: z.strictObject({ listening: score, closing: score }),
  /** Lessons the debrief counted in the player's favour, and against them, each once. */
  shown: z.array(LessonSchema),
  failed: z.array(LessonSchema),
});

export const ProgressSchema = z.strictObject({
  version: z.literal(PROGRESS_VERSION),
  attempts: z.array(AttemptSchema).max(MAX_ATTEMPTS),
});

export type Attempt = z.infer<typeof AttemptSchema>;
export type Progress = z.infer<typeof ProgressSchema>;

export const NO_PROGRESS: Progress = { version: PROGRESS_VERSION, attempts: [] };

export function recordAttempt(progress: Progress, result: MeetingResult, at: Date): Progress {
  const lessonsWhere = (sign: 1 | -1) => [
    ...new Set(result.moments.filter((m) => Math.sign(m.points) === sign).map((m) => m.lesson)),
  ];
  const attempt: Attempt = {
    scenarioId: result.scenarioId,
    at: at.toISOString(),
    outcome: result.outcome,
    scores: { listening: result.scores.listening, closing: result.scores.closing },
    shown: lessonsWhere(1),
    failed: lessonsWhere(-1),
  };
  return { version: PROGRESS_VERSION, attempts: [...progress.attempts, attempt].slice(-MAX_ATTEMPTS) };
}

export type CardStatus = 'mastered' | 'needs-work' | 'seen';

export interface LessonCard {
  readonly lesson: LessonId;
  readonly status: CardStatus;
  /** Sessions (attempts) in which the player got it right, and wrong. */
  readonly right: number;
  readonly wrong: number;
}

/**
 * The lesson deck: every lesson the player has met. Mastered once shown right in two different
 * sessions and not failed since the last of them; needs work when the last time it counted, it
 * counted against them; seen otherwise.
 */
export function lessonDeck(progress: Progress): LessonCard[] {
  return LESSON_IDS.flatMap((lesson) => {
    const right = progress.attempts.filter((a) => a.shown.includes(lesson)).length;
    const wrong = progress.attempts.filter((a) => a.failed.includes(lesson)).length;
    if (right + wrong === 0) return [];
    const last = progress.attempts.findLast((a) => a.shown.includes(lesson) || a.failed.includes(lesson));
    const lastWrong = last?.failed.includes(lesson) ?? false;
    const status: CardStatus = lastWrong ? 'needs-work' : right >= 2 ? 'mastered' : 'seen';
    return [{ lesson, status, right, wrong }];
  });
}

/** Each skill's score over the attempts, oldest first. */
export function skillHistory(
  progress: Progress,
  skill: Skill,
): { readonly at: string; readonly scenarioId: string; readonly score: number }[] {
  return progress.attempts.map((a) => ({ at: a.at, scenarioId: a.scenarioId, score: a.scores[skill] }));
}

/** The skill whose mean over the last five attempts is lowest; null before any attempt. */
export function weakestSkill(progress: Progress): Skill | null {
  const recent = progress.attempts.slice(-5);
  if (recent.length === 0) return null;
  const mean = (skill: Skill) => recent.reduce((sum, a) => sum + a.scores[skill], 0) / recent.length;
  return mean('closing') < mean('listening') ? 'closing' : 'listening';
}

/**
 * The meeting to practise next, aimed at the weakest skill: the path's next meeting while one is
 * left to play, else the one where that skill's best score is lowest.
 */
export function suggestNext(
  scenarios: readonly Scenario[],
  progress: Progress,
): { readonly scenario: Scenario; readonly skill: Skill | null } | null {
  const path = learningPath(scenarios, progress.attempts);
  const skill = weakestSkill(progress);
  const fresh = path.find((s) => s.status === 'next');
  if (fresh) return { scenario: fresh.scenario, skill };
  if (!skill) return path[0] ? { scenario: path[0].scenario, skill } : null;
  const weakest = [...path].sort((a, b) => (a.best?.[skill] ?? 0) - (b.best?.[skill] ?? 0))[0];
  return weakest ? { scenario: weakest.scenario, skill } : null;
}

/**
 * Another device's progress added to this one: attempts are told apart by meeting and time, so a
 * file imported twice adds nothing the second time. Oldest first, within the cap.
 */
export function mergeProgress(mine: Progress, theirs: Progress): { readonly progress: Progress; readonly added: number } {
  const key = (a: Attempt) => `${a.scenarioId}|${a.at}`;
  const known = new Set(mine.attempts.map(key));
  const fresh = theirs.attempts.filter((a) => !known.has(key(a)));
  const attempts = [...mine.attempts, ...fresh].sort((a, b) => a.at.localeCompare(b.at)).slice(-MAX_ATTEMPTS);
  return { progress: { version: PROGRESS_VERSION, attempts }, added: fresh.length };
}
