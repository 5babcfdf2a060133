/**
 * Tracks the course with a learning platform: resumes the learner's progress, reports each
 * decision and each finished meeting, commits as it goes, and finishes the session when the
 * learner asks or leaves. Any failure is kept, shown (see `onStatus`) and can be tried again:
 * nothing is dropped in silence.
 */
import type { Meeting, Scenario } from '../engine/index.ts';
import { placeOf } from '../engine/meeting/meeting.ts';
import { SKILLS } from '../engine/scenario/registries.ts';
import {
  type CourseProgress,
  type CourseRules,
  courseStanding,
  EMPTY_PROGRESS,
  meetingStanding,
  mergeProgress,
  progressMeasure,
  readProgress,
  recordMeeting,
  skillStanding,
  writeProgress,
} from './course.ts';
import { type DecisionRecord, decisionRecord, meetingObjective, skillObjective } from './decisions.ts';
import type { CourseReport, LmsProblem, LmsRuntime, ObjectiveReport, PlatformRecord } from './runtime.ts';
import { raiseStanding } from './standing.ts';

/** How often what changed is committed while the learner plays (a finished meeting is committed at once). */
const COMMIT_EVERY_MS = 30_000;

export type TrackingStatus =
  | { readonly state: 'recording' }
  | { readonly state: 'failing'; readonly problem: LmsProblem }
  | { readonly state: 'finished' };

export interface LmsReporter {
  /** Reports the meeting's decisions as they are taken, and the meeting once it ends. */
  follow(meeting: Meeting, scenario: Scenario): void;
}

/** Where the learner stands in the course: what the platform holds, with this session's meetings. */
export interface CourseState {
  readonly rules: CourseRules;
  readonly progress: CourseProgress;
  /** Whether the platform has answered: until then the progress holds only this session's meetings. */
  readonly heard: boolean;
  /** The learner's language as the platform gives it; empty when it gives none (or has not answered). */
  readonly language: string;
}

export interface CourseTracker extends LmsReporter {
  readonly status: () => TrackingStatus;
  onStatus(listener: (status: TrackingStatus) => void): void;
  readonly course: () => CourseState;
  /** Told whenever the course's state changes: the platform answered, a meeting was finished. */
  onCourse(listener: (course: CourseState) => void): void;
  /** Connects again if the platform could not be reached, then reports what is still to report. */
  retry(): void;
  /** Reports everything and closes the session: the learner's explicit end. */
  finish(): void;
}

/** What the page gives the tracker: its clock and the moments it is hidden or left. */
export interface TrackingPage {
  readonly now: () => number;
  every(ms: number, run: () => void): void;
  onHidden(run: () => void): void;
  onLeave(run: () => void): void;
}

/** Starts tracking with the platform `connect` reaches (or explains why it cannot). */
export function trackCourse(
  connect: () => { readonly runtime: LmsRuntime } | { readonly problem: LmsProblem },
  built: CourseRules,
  page: TrackingPage,
): CourseTracker {
  const started = page.now();
  let status: TrackingStatus = { state: 'recording' };
  const listeners: ((status: TrackingStatus) => void)[] = [];
  const setStatus = (next: TrackingStatus) => {
    status = next;
    for (const listener of listeners) listener(next);
  };
  const courseListeners: ((course: CourseState) => void)[] = [];
  const course = (): CourseState => ({ rules, progress, heard: record !== null, language: record?.language ?? '' });
  const courseChanged = () => {
    const now = course();
    for (const listener of courseListeners) listener(now);
  };

  let runtime: LmsRuntime | null = null;
  let record: PlatformRecord | null = null;
  let rules = built;
  let progress: CourseProgress = EMPTY_PROGRESS;
  let pending: DecisionRecord[] = [];
  let dirty = false;
  /** The learner asked to finish (or left): a retry finishes again, and a platform that answers later confirms it. */
  let finishing = false;

  const open = (): boolean => {
    if (runtime && record) return true;
    const reached = connect();
    if ('problem' in reached) {
      setStatus({ state: 'failing', problem: reached.problem });
      return false;
    }
    const opened = reached.runtime.open();
    if (!opened.ok) {
      setStatus({ state: 'failing', problem: opened.problem });
      return false;
    }
    runtime = reached.runtime;
    record = opened.record;
    reached.runtime.watch?.((problem) => {
      if (problem) setStatus({ state: 'failing', problem });
      else if (finishing) setStatus({ state: 'finished' });
      else if (status.state === 'failing') setStatus({ state: 'recording' });
    });
    // The platform's mastery score wins over the package's; an attempt without credit is not assessed.
    const masteryScore = record.credit ? (record.masteryScore ?? built.masteryScore) : null;
    rules = { ...built, masteryScore };
    // Meetings finished while the platform could not be reached are kept with what it holds.
    progress = mergeProgress(record.resumed ? readProgress(record.suspendData, rules) : EMPTY_PROGRESS, progress);
    dirty = true;
    courseChanged();
    return true;
  };

  /**
   * Results are reported only in a normal session; browsing or reviewing records nothing. Before the
   * platform has answered, decisions are kept in case it is a normal one.
   */
  const assessed = () => record === null || record.mode === 'normal';

  const courseReport = (held: PlatformRecord): CourseReport => {
    const now = courseStanding(progress, rules);
    // Once started, the course is at least incomplete: the platform no longer says "not attempted".
    const begun = now.completion === 'not attempted' ? { ...now, completion: 'incomplete' as const } : now;
    const objectives: ObjectiveReport[] = [
      ...rules.meetings.map((id) => ({ id: meetingObjective(id), standing: meetingStanding(progress, rules, id) })),
      ...SKILLS.map((skill) => ({ id: skillObjective(skill), standing: skillStanding(progress, rules, skill) })),
    ].map(({ id, standing }) => {
      const before = held.objectives.get(id);
      return { id, standing: before ? raiseStanding(before, standing) : standing };
    });
    return {
      standing: raiseStanding(held.standing, begun),
      progressMeasure: progressMeasure(progress, rules),
      objectives,
      decisions: pending,
      suspendData: writeProgress(progress),
      sessionMs: page.now() - started,
    };
  };

  /** Reports and commits what changed; true when the platform took it all. */
  const flush = (): boolean => {
    if (status.state === 'finished' || !open() || !runtime || !record) return false;
    if (!dirty && pending.length === 0) return true;
    const report: CourseReport = assessed()
      ? courseReport(record)
      : { standing: null, objectives: [], decisions: [], suspendData: null, sessionMs: page.now() - started };
    const problem = runtime.report(report) ?? runtime.commit();
    if (problem) {
      setStatus({ state: 'failing', problem });
      return false;
    }
    // What the platform took is what it now holds: later reports are raised to it.
    if (report.standing) {
      const reported = new Map(report.objectives.map((o) => [o.id, o.standing]));
      record = { ...record, standing: report.standing, objectives: reported };
    }
    pending = pending.filter((d) => !report.decisions.includes(d));
    dirty = false;
    if (status.state !== 'recording') setStatus({ state: 'recording' });
    return true;
  };

  const finish = () => {
    finishing = true;
    if (status.state === 'finished') return;
    if (!flush() || !runtime) return;
    const problem = runtime.finish(page.now() - started);
    // A platform that answers later says "finished" through `watch`, once it has taken everything.
    if (problem) setStatus({ state: 'failing', problem });
    else if (!runtime.watch) setStatus({ state: 'finished' });
  };

  flush();
  page.every(COMMIT_EVERY_MS, () => {
    // Session time goes on even when nothing else changed: the platform sees the time spent so far.
    dirty = true;
    if (status.state === 'recording') flush();
  });
  page.onHidden(() => {
    dirty = true;
    flush();
  });
  page.onLeave(finish);

  return {
    status: () => status,
    onStatus: (listener) => listeners.push(listener),
    course,
    onCourse: (listener) => courseListeners.push(listener),
    retry: () => {
      dirty = true;
      if (finishing) finish();
      else flush();
    },
    finish,
    follow(meeting, scenario) {
      if (status.state === 'finished') return;
      // Followed once the platform's code has loaded: the actions that "try again from here"
      // replays at once were reported with the meeting they come from, so only later ones count.
      let counted = meeting.actor.getSnapshot().context.actions.length;
      let shown: { readonly nodeId: string; readonly at: number } | null = null;
      /** Notes when a decision comes on the screen, for the time the learner takes over it. */
      const seeDecision = (snapshot: ReturnType<Meeting['actor']['getSnapshot']>) => {
        const place = placeOf(snapshot.value);
        if (place.kind === 'node' && scenario.nodes[place.nodeId]?.kind === 'decision' && shown?.nodeId !== place.nodeId) {
          shown = { nodeId: place.nodeId, at: page.now() };
        }
      };
      seeDecision(meeting.actor.getSnapshot());
      let reported = false;
      const subscription = meeting.actor.subscribe((snapshot) => {
        const { context } = snapshot;
        // The actions taken since the last snapshot answer the decision on the screen before them.
        for (const action of context.actions.slice(counted)) {
          if (action.kind === 'choose' && shown && assessed()) {
            pending.push(decisionRecord(scenario, context.variant, shown.nodeId, action.index, shown.at, page.now()));
          }
          shown = null;
        }
        counted = context.actions.length;
        seeDecision(snapshot);
        const result = meeting.result();
        if (!result || reported) return;
        reported = true;
        queueMicrotask(() => subscription.unsubscribe());
        progress = recordMeeting(progress, rules, scenario.id, result.scores);
        dirty = true;
        flush();
        courseChanged();
      });
    },
  };
}
