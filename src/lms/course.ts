/**
 * A course as a learning platform sees it: the meetings it requires, the best score reached in
 * each, and what that makes of completion and score. Pure, so it is tested without any platform.
 */

/** What survives between two launches of the course, kept by the platform in `cmi.suspend_data`. */
export interface CourseProgress {
  readonly version: 1;
  /** Best score (0–100) per finished meeting, by scenario ID. */
  readonly best: Readonly<Record<string, number>>;
}

export const EMPTY_PROGRESS: CourseProgress = { version: 1, best: {} };

/** SCORM 1.2 gives a course 4,096 characters of suspend data; progress must fit in them. */
export const SUSPEND_DATA_LIMIT = 4096;

/** The score of one meeting, for the platform: the mean of its skills, as a whole number. */
export function meetingScore(scores: Readonly<Record<string, number>>): number {
  const values = Object.values(scores);
  return values.length === 0 ? 0 : Math.round(values.reduce((a, b) => a + b, 0) / values.length);
}

export function recordMeeting(progress: CourseProgress, scenarioId: string, score: number): CourseProgress {
  const previous = progress.best[scenarioId];
  if (previous !== undefined && previous >= score) return progress;
  return { version: 1, best: { ...progress.best, [scenarioId]: score } };
}

/**
 * Completed once every required meeting has been finished; the score is the mean of the best
 * scores, an unfinished meeting counting 0, so the score only reaches its ceiling with the whole course.
 */
export function courseStatus(
  progress: CourseProgress,
  required: readonly string[],
): { readonly status: 'completed' | 'incomplete'; readonly score: number } {
  const bests = required.map((id) => progress.best[id]);
  const status = bests.every((b) => b !== undefined) ? 'completed' : 'incomplete';
  const score = required.length === 0 ? 0 : Math.round(bests.reduce<number>((sum, b) => sum + (b ?? 0), 0) / required.length);
  return { status, score };
}

export function writeProgress(progress: CourseProgress): string {
  return JSON.stringify(progress);
}

/**
 * Reads what the platform kept. It is data from outside: anything unexpected (another course's
 * data, a hand edit, a truncation) gives a fresh start with what could be read, never a crash.
 */
export function readProgress(text: string): CourseProgress {
  if (text.trim() === '') return EMPTY_PROGRESS;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return EMPTY_PROGRESS;
  }
  if (typeof data !== 'object' || data === null || (data as { version?: unknown }).version !== 1) return EMPTY_PROGRESS;
  const best = (data as { best?: unknown }).best;
  if (typeof best !== 'object' || best === null) return EMPTY_PROGRESS;
  const kept = Object.entries(best).filter(
    ([id, score]) => /^[a-z0-9-]{1,64}$/.test(id) && Number.isInteger(score) && score >= 0 && score <= 100,
  );
  return { version: 1, best: Object.fromEntries(kept) as Record<string, number> };
}

/** SCORM 1.2's CMITimespan: HHHH:MM:SS.SS. */
export function scormTimespan(ms: number): string {
  const centis = Math.max(0, Math.round(ms / 10));
  const hours = Math.min(9999, Math.floor(centis / 360_000));
  const minutes = Math.floor((centis % 360_000) / 6000);
  const seconds = (centis % 6000) / 100;
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(hours, 4)}:${pad(minutes, 2)}:${seconds.toFixed(2).padStart(5, '0')}`;
}

/** The meetings a course requires, from the launch address: `?course=id,id,...`. */
export function courseFromAddress(search: string): string[] | null {
  const value = new URLSearchParams(search).get('course');
  if (value === null) return null;
  const ids = value
    .split(',')
    .map((id) => id.trim())
    .filter((id) => /^[a-z0-9]+(-[a-z0-9]+)*$/.test(id));
  return ids.length > 0 ? [...new Set(ids)] : null;
}
