import type { Meeting, Scenario } from '../engine/index.ts';
import {
  type CourseProgress,
  courseStatus,
  meetingScore,
  readProgress,
  recordMeeting,
  SUSPEND_DATA_LIMIT,
  scormTimespan,
  writeProgress,
} from './course.ts';

/** The run-time API a SCORM 1.2 platform puts on a window named `API` (values are strings). */
export interface Scorm12Api {
  LMSInitialize(arg: ''): string;
  LMSFinish(arg: ''): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(arg: ''): string;
}

function isScormApi(value: unknown): value is Scorm12Api {
  return (
    typeof value === 'object' &&
    value !== null &&
    ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit'].every(
      (name) => typeof (value as Record<string, unknown>)[name] === 'function',
    )
  );
}

/** Reads `API` from a window of another origin without throwing (cross-origin access does). */
function apiOf(win: Window): Scorm12Api | null {
  try {
    const api = (win as unknown as { API?: unknown }).API;
    return isScormApi(api) ? api : null;
  } catch {
    return null;
  }
}

/**
 * The platform's API, found the way SCORM 1.2 says: this window, then up the chain of parent
 * frames (platforms nest the course a few levels deep), then the window that opened this one.
 */
export function findScormApi(start: Window): Scorm12Api | null {
  const climb = (from: Window): Scorm12Api | null => {
    let win = from;
    for (let depth = 0; depth < 8; depth++) {
      const api = apiOf(win);
      if (api) return api;
      if (win.parent === win) return null;
      win = win.parent;
    }
    return null;
  };
  return climb(start) ?? (start.opener ? climb(start.opener as Window) : null);
}

export interface LmsReporter {
  /** Reports the meeting to the platform once it ends. */
  follow(meeting: Meeting, scenario: Scenario): void;
}

/**
 * Connects the game to the platform: resumes the course's progress, reports each finished
 * meeting (completion, score, time) and saves progress; closes the session when the page goes.
 * Outside a platform there is no API and the game plays as usual.
 */
export function connectScorm(win: Window, required: readonly string[], now: () => number = Date.now): LmsReporter | null {
  const api = findScormApi(win);
  if (api?.LMSInitialize('') !== 'true') return null;
  const started = now();
  let progress: CourseProgress = readProgress(api.LMSGetValue('cmi.suspend_data'));
  if (api.LMSGetValue('cmi.core.lesson_status') === 'not attempted') api.LMSSetValue('cmi.core.lesson_status', 'incomplete');

  const save = () => {
    const { status, score } = courseStatus(progress, required);
    api.LMSSetValue('cmi.core.score.min', '0');
    api.LMSSetValue('cmi.core.score.max', '100');
    api.LMSSetValue('cmi.core.score.raw', String(score));
    api.LMSSetValue('cmi.core.lesson_status', status);
    const data = writeProgress(progress);
    // Never more than the platform keeps: a cut JSON would be unreadable next time.
    if (data.length <= SUSPEND_DATA_LIMIT) api.LMSSetValue('cmi.suspend_data', data);
    // Suspended, the platform resumes the course with its progress; completed, it may start afresh.
    api.LMSSetValue('cmi.core.exit', status === 'completed' ? '' : 'suspend');
    api.LMSSetValue('cmi.core.session_time', scormTimespan(now() - started));
    api.LMSCommit('');
  };

  let finished = false;
  win.addEventListener('pagehide', () => {
    if (finished) return;
    finished = true;
    api.LMSSetValue('cmi.core.session_time', scormTimespan(now() - started));
    api.LMSFinish('');
  });

  return {
    follow(meeting, scenario) {
      let reported = false;
      const subscription = meeting.actor.subscribe(() => {
        const result = meeting.result();
        if (!result || reported) return;
        reported = true;
        queueMicrotask(() => subscription.unsubscribe());
        progress = recordMeeting(progress, scenario.id, meetingScore(result.scores));
        save();
      });
    },
  };
}
