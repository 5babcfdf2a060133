/**
 * What the course asks of a learning platform, whatever its standard. An adapter (SCORM 1.2, SCORM
 * 2004; cmi5 can follow) reads what the platform holds and words each report in its
 * standard's elements; the tracker (tracking.ts) decides what to report and when.
 */
import type { CourseStanding } from './course.ts';
import type { DecisionRecord } from './decisions.ts';

/** What the platform holds for this learner when the session opens. */
export interface PlatformRecord {
  readonly standing: CourseStanding;
  /** What it holds for each objective already reported, by objective ID. */
  readonly objectives: ReadonlyMap<string, CourseStanding>;
  readonly suspendData: string;
  /** `browse` and `review` sessions are looked at, not assessed: no result is reported in them. */
  readonly mode: 'normal' | 'browse' | 'review';
  /** False when the platform does not count this attempt (no credit): the mastery score is not applied. */
  readonly credit: boolean;
  /** False when the platform starts the learner afresh (a new attempt): what it still holds is not resumed. */
  readonly resumed: boolean;
  /** The platform's own mastery score (0–100), which overrides the package's; null when it gives none. */
  readonly masteryScore: number | null;
  /** The learner's language as the platform gives it (`fr-FR`, `en`…); absent or empty when it gives none. */
  readonly language?: string;
}

export interface ObjectiveReport {
  readonly id: string;
  readonly standing: CourseStanding;
}

/** Everything reported at one time. */
export interface CourseReport {
  /** The course's standing; null in a session that reports no result. */
  readonly standing: CourseStanding | null;
  /** How far the course is towards completion (0–1), for a standard that reports it; absent in a session that reports no result. */
  readonly progressMeasure?: number;
  readonly objectives: readonly ObjectiveReport[];
  /** The decisions taken since the last report that reached the platform. */
  readonly decisions: readonly DecisionRecord[];
  /** The progress to resume from; null to leave what the platform holds. */
  readonly suspendData: string | null;
  readonly sessionMs: number;
}

/** Why the learner's progress is not being recorded, for the notice and for whoever helps them. */
export interface LmsProblem {
  readonly kind: 'no-platform' | 'other-origin' | 'refused' | 'write' | 'commit' | 'finish' | 'threw';
  /** The call or element concerned and the platform's error code and words; empty when there was no call. */
  readonly detail: string;
}

export type Opened =
  | { readonly ok: true; readonly record: PlatformRecord }
  | { readonly ok: false; readonly problem: LmsProblem };

/** One session with a platform. Every call answers with the problem it met, or null. */
export interface LmsRuntime {
  open(): Opened;
  report(report: CourseReport): LmsProblem | null;
  commit(): LmsProblem | null;
  finish(sessionMs: number): LmsProblem | null;
  /**
   * An adapter whose platform answers later (cmi5, over HTTP) takes each call at once and tells
   * here how its sending ended: the problem met, or null once the platform has taken everything.
   */
  watch?(listener: (problem: LmsProblem | null) => void): void;
}
