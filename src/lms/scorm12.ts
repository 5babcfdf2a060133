/**
 * The SCORM 1.2 adapter: finds the platform's `API`, reads what it holds and words each report in
 * SCORM 1.2's elements. Every call is checked (platform-calls.ts): a `false` is followed by
 * `LMSGetLastError` and its words, a call that throws is caught, and either becomes a problem the
 * learner is told about.
 */
import { type Found, findApi, hasFunctions } from './api-finder.ts';
import type { CourseStanding } from './course.ts';
import { SUSPEND_DATA_LIMIT } from './course.ts';
import type { DecisionRecord } from './decisions.ts';
import { platformCalls } from './platform-calls.ts';
import type { LmsRuntime, Opened, PlatformRecord } from './runtime.ts';

/** The run-time API a SCORM 1.2 platform puts on a window named `API` (values are strings). */
export interface Scorm12Api {
  LMSInitialize(arg: ''): string;
  LMSFinish(arg: ''): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(arg: ''): string;
  LMSGetLastError(): string;
  LMSGetErrorString(code: string): string;
}

const API_FUNCTIONS = [
  'LMSInitialize',
  'LMSFinish',
  'LMSGetValue',
  'LMSSetValue',
  'LMSCommit',
  'LMSGetLastError',
  'LMSGetErrorString',
] as const;

const isScormApi = hasFunctions<Scorm12Api>(API_FUNCTIONS);

/** The platform's `API`, found the way SCORM 1.2 says (see api-finder.ts). */
export const findScormApi = (start: Window): Found<Scorm12Api> => findApi(start, 'API', isScormApi);

/** SCORM 1.2's CMITimespan: HHHH:MM:SS.SS. */
export function scormTimespan(ms: number): string {
  const centis = Math.max(0, Math.round(ms / 10));
  const hours = Math.min(9999, Math.floor(centis / 360_000));
  const minutes = Math.floor((centis % 360_000) / 6000);
  const seconds = (centis % 6000) / 100;
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(hours, 4)}:${pad(minutes, 2)}:${seconds.toFixed(2).padStart(5, '0')}`;
}

/** SCORM 1.2's CMITime, a time of day: HH:MM:SS, on the learner's clock. */
export function scormClockTime(at: Date): string {
  return [at.getHours(), at.getMinutes(), at.getSeconds()].map((n) => String(n).padStart(2, '0')).join(':');
}

/** SCORM 1.2 has one status for completion and success: a pass or fail says the course is complete. */
function lessonStatus(standing: CourseStanding): string {
  return standing.success ?? standing.completion;
}

function standingOf(status: string, rawScore: string): CourseStanding {
  const score = /^\d+(\.\d+)?$/.test(rawScore.trim()) ? Math.min(100, Math.round(Number(rawScore))) : null;
  switch (status) {
    case 'passed':
    case 'failed':
      return { completion: 'completed', success: status, score };
    case 'completed':
    case 'incomplete':
      return { completion: status, success: null, score };
    default:
      return { completion: 'not attempted', success: null, score };
  }
}

/** A session with a SCORM 1.2 platform. */
export function scorm12Runtime(api: Scorm12Api): LmsRuntime {
  let nextInteraction = 0;
  const { attempt, read, setAll } = platformCalls({
    getValue: (element) => api.LMSGetValue(element),
    setValue: (element, value) => api.LMSSetValue(element, value),
    setName: 'LMSSetValue',
    lastError: () => api.LMSGetLastError(),
    errorString: (code) => api.LMSGetErrorString(code),
  });

  const heldObjectives = (): Map<string, CourseStanding> => {
    const count = Number.parseInt(read('cmi.objectives._count'), 10) || 0;
    const held = new Map<string, CourseStanding>();
    for (let n = 0; n < count; n++) {
      const id = read(`cmi.objectives.${n}.id`);
      if (id) held.set(id, standingOf(read(`cmi.objectives.${n}.status`), read(`cmi.objectives.${n}.score.raw`)));
    }
    return held;
  };

  const standingPairs = (prefix: string, standing: CourseStanding): [string, string][] => [
    [`${prefix}.${prefix === 'cmi.core' ? 'lesson_status' : 'status'}`, lessonStatus(standing)],
    ...(standing.score === null
      ? []
      : ([
          [`${prefix}.score.min`, '0'],
          [`${prefix}.score.max`, '100'],
          [`${prefix}.score.raw`, String(standing.score)],
        ] as [string, string][])),
  ];

  const decisionPairs = (n: number, d: DecisionRecord): [string, string][] => {
    const at = `cmi.interactions.${n}`;
    return [
      [`${at}.id`, d.id],
      [`${at}.objectives.0.id`, d.objective],
      [`${at}.time`, scormClockTime(d.at)],
      [`${at}.type`, 'choice'],
      ...(d.best === null ? [] : ([[`${at}.correct_responses.0.pattern`, d.best]] as [string, string][])),
      [`${at}.weighting`, '1'],
      [`${at}.student_response`, d.response],
      [`${at}.result`, d.result],
      [`${at}.latency`, scormTimespan(d.latencyMs)],
    ];
  };

  return {
    open(): Opened {
      const refused = attempt('refused', 'LMSInitialize', () => api.LMSInitialize(''));
      if (refused) return { ok: false, problem: refused };
      nextInteraction = Number.parseInt(read('cmi.interactions._count'), 10) || 0;
      const mode = read('cmi.core.lesson_mode');
      const mastery = read('cmi.student_data.mastery_score').trim();
      const record: PlatformRecord = {
        standing: standingOf(read('cmi.core.lesson_status'), read('cmi.core.score.raw')),
        objectives: heldObjectives(),
        suspendData: read('cmi.suspend_data'),
        mode: mode === 'browse' || mode === 'review' ? mode : 'normal',
        credit: read('cmi.core.credit') !== 'no-credit',
        resumed: read('cmi.core.entry') !== 'ab-initio',
        masteryScore: /^\d+(\.\d+)?$/.test(mastery) ? Math.min(100, Number(mastery)) : null,
        language: read('cmi.student_preference.language'),
      };
      return { ok: true, record };
    },

    report(report) {
      const pairs: [string, string][] = [];
      if (report.standing && report.standing.completion !== 'not attempted')
        pairs.push(...standingPairs('cmi.core', report.standing));
      report.objectives.forEach((objective, n) => {
        pairs.push([`cmi.objectives.${n}.id`, objective.id]);
        pairs.push(...standingPairs(`cmi.objectives.${n}`, objective.standing));
      });
      const problem = setAll(pairs);
      if (problem) return problem;
      for (const decision of report.decisions) {
        const refused = setAll(decisionPairs(nextInteraction, decision));
        if (refused) return refused;
        nextInteraction++;
      }
      if (report.suspendData !== null) {
        // The course is built so that its progress always fits (course.ts, largestProgress); were
        // it ever longer, the learner is told rather than the platform keeping a cut, unreadable copy.
        if (report.suspendData.length > SUSPEND_DATA_LIMIT) {
          return {
            kind: 'write',
            detail: `cmi.suspend_data: ${report.suspendData.length} characters, over ${SUSPEND_DATA_LIMIT}`,
          };
        }
        const refused = setAll([['cmi.suspend_data', report.suspendData]]);
        if (refused) return refused;
      }
      // Suspended from the first report on: whenever the learner leaves, the platform resumes them.
      return setAll([
        ['cmi.core.exit', 'suspend'],
        ['cmi.core.session_time', scormTimespan(report.sessionMs)],
      ]);
    },

    commit: () => attempt('commit', 'LMSCommit', () => api.LMSCommit('')),

    finish(sessionMs) {
      return (
        setAll([
          ['cmi.core.exit', 'suspend'],
          ['cmi.core.session_time', scormTimespan(sessionMs)],
        ]) ?? attempt('finish', 'LMSFinish', () => api.LMSFinish(''))
      );
    },
  };
}
