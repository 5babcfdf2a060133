/**
 * The SCORM 2004 adapter (3rd and 4th editions): finds the platform's `API_1484_11`, reads what it
 * holds and words each report in SCORM 2004's elements, where completion and success are separate,
 * the score is also scaled (0–1), and times are ISO 8601. Every call is checked (platform-calls.ts),
 * `GetDiagnostic` included.
 */
import { type Found, findApi, hasFunctions } from './api-finder.ts';
import { type CourseStanding, SUSPEND_DATA_LIMIT_2004 } from './course.ts';
import type { DecisionRecord } from './decisions.ts';
import { type Pair, platformCalls } from './platform-calls.ts';
import type { LmsRuntime, ObjectiveReport, Opened, PlatformRecord } from './runtime.ts';

/** The run-time API a SCORM 2004 platform puts on a window named `API_1484_11` (values are strings). */
export interface Scorm2004Api {
  Initialize(arg: ''): string;
  Terminate(arg: ''): string;
  GetValue(element: string): string;
  SetValue(element: string, value: string): string;
  Commit(arg: ''): string;
  GetLastError(): string;
  GetErrorString(code: string): string;
  GetDiagnostic(code: string): string;
}

const API_FUNCTIONS = [
  'Initialize',
  'Terminate',
  'GetValue',
  'SetValue',
  'Commit',
  'GetLastError',
  'GetErrorString',
  'GetDiagnostic',
] as const;

/** The platform's `API_1484_11`, found the way SCORM 2004 says (see api-finder.ts). */
export const findScorm2004Api = (start: Window): Found<Scorm2004Api> =>
  findApi(start, 'API_1484_11', hasFunctions<Scorm2004Api>(API_FUNCTIONS));

/** SCORM 2004's timeinterval, an ISO 8601 duration to the hundredth of a second: `PT1M30S`, `PT4.25S`. */
export function isoDuration(ms: number): string {
  const centis = Math.max(0, Math.round(ms / 10));
  const hours = Math.floor(centis / 360_000);
  const minutes = Math.floor((centis % 360_000) / 6000);
  const seconds = (centis % 6000) / 100;
  const parts = [hours ? `${hours}H` : '', minutes ? `${minutes}M` : '', seconds || (!hours && !minutes) ? `${seconds}S` : ''];
  return `PT${parts.join('')}`;
}

/** SCORM 2004's time, a moment in UTC to the hundredth of a second: `2026-12-07T11:30:04.25Z`. */
export const isoTimestamp = (at: Date): string => `${at.toISOString().slice(0, 22)}Z`;

/** A score of 0–100 as SCORM 2004's scaled score, from 0 to 1: 72 is `0.72`. */
export const scaledScore = (score: number): string => String(Math.round(score) / 100);

/** A scaled score read back as 0–100; null when the platform holds none (or something unreadable). */
function scoreOf(scaled: string): number | null {
  if (!/^-?\d+(\.\d+)?$/.test(scaled.trim())) return null;
  return Math.round(Math.min(1, Math.max(0, Number(scaled))) * 100);
}

function standingOf(completion: string, success: string, scaled: string): CourseStanding {
  return {
    completion: completion === 'completed' || completion === 'incomplete' ? completion : 'not attempted',
    success: success === 'passed' || success === 'failed' ? success : null,
    score: scoreOf(scaled),
  };
}

/** What a standing sets under `prefix` (`cmi` or `cmi.objectives.n`): nothing is said that is not known yet. */
function standingPairs(prefix: string, standing: CourseStanding): Pair[] {
  return [
    [`${prefix}.completion_status`, standing.completion],
    ...(standing.success === null ? [] : ([[`${prefix}.success_status`, standing.success]] as Pair[])),
    ...(standing.score === null
      ? []
      : ([
          [`${prefix}.score.scaled`, scaledScore(standing.score)],
          [`${prefix}.score.raw`, String(standing.score)],
          [`${prefix}.score.min`, '0'],
          [`${prefix}.score.max`, '100'],
        ] as Pair[])),
  ];
}

function decisionPairs(n: number, d: DecisionRecord): Pair[] {
  const at = `cmi.interactions.${n}`;
  // The type comes before the responses: their format depends on it.
  return [
    [`${at}.id`, d.id],
    [`${at}.type`, 'choice'],
    [`${at}.objectives.0.id`, d.objective],
    [`${at}.timestamp`, isoTimestamp(d.at)],
    [`${at}.weighting`, '1'],
    [`${at}.learner_response`, d.response],
    ...(d.best === null ? [] : ([[`${at}.correct_responses.0.pattern`, d.best]] as Pair[])),
    [`${at}.result`, d.result === 'correct' ? 'correct' : 'incorrect'],
    [`${at}.latency`, isoDuration(d.latencyMs)],
  ];
}

/** A session with a SCORM 2004 platform. */
export function scorm2004Runtime(api: Scorm2004Api): LmsRuntime {
  let nextInteraction = 0;
  /**
   * Where each objective sits in the platform's list. An objective's ID cannot change once set, and
   * a platform may list objectives of its own (from the manifest) first: each is written where its
   * ID already is, a new one after the last.
   */
  const objectiveAt = new Map<string, number>();
  const { attempt, read, setAll } = platformCalls({
    getValue: (element) => api.GetValue(element),
    setValue: (element, value) => api.SetValue(element, value),
    setName: 'SetValue',
    lastError: () => api.GetLastError(),
    errorString: (code) => api.GetErrorString(code),
    diagnostic: (code) => api.GetDiagnostic(code),
  });
  const count = (element: string) => Number.parseInt(read(element), 10) || 0;

  const heldObjectives = (): Map<string, CourseStanding> => {
    const held = new Map<string, CourseStanding>();
    for (let n = 0; n < count('cmi.objectives._count'); n++) {
      const at = `cmi.objectives.${n}`;
      const id = read(`${at}.id`);
      if (!id) continue;
      objectiveAt.set(id, n);
      held.set(id, standingOf(read(`${at}.completion_status`), read(`${at}.success_status`), read(`${at}.score.scaled`)));
    }
    return held;
  };

  const objectivePairs = (objective: ObjectiveReport): Pair[] => {
    const known = objectiveAt.get(objective.id);
    const n = known ?? objectiveAt.size;
    objectiveAt.set(objective.id, n);
    const at = `cmi.objectives.${n}`;
    return [...(known === undefined ? ([[`${at}.id`, objective.id]] as Pair[]) : []), ...standingPairs(at, objective.standing)];
  };

  const leaving = (sessionMs: number): Pair[] => [
    // Suspended from the first report on: whenever the learner leaves, the platform resumes them.
    ['cmi.exit', 'suspend'],
    ['cmi.session_time', isoDuration(sessionMs)],
  ];

  return {
    open(): Opened {
      const refused = attempt('refused', 'Initialize', () => api.Initialize(''));
      if (refused) return { ok: false, problem: refused };
      nextInteraction = count('cmi.interactions._count');
      const mode = read('cmi.mode');
      const passing = read('cmi.scaled_passing_score');
      const record: PlatformRecord = {
        standing: standingOf(read('cmi.completion_status'), read('cmi.success_status'), read('cmi.score.scaled')),
        objectives: heldObjectives(),
        suspendData: read('cmi.suspend_data'),
        mode: mode === 'browse' || mode === 'review' ? mode : 'normal',
        credit: read('cmi.credit') !== 'no-credit',
        resumed: read('cmi.entry') !== 'ab-initio',
        masteryScore: scoreOf(passing),
        language: read('cmi.learner_preference.language'),
      };
      return { ok: true, record };
    },

    report(report) {
      const pairs: Pair[] = [];
      if (report.standing && report.standing.completion !== 'not attempted') {
        pairs.push(...standingPairs('cmi', report.standing));
        // A platform given a completion threshold judges completion by this measure: the course's own, never lowered.
        const measure = report.standing.completion === 'completed' ? 1 : report.progressMeasure;
        if (measure !== undefined) pairs.push(['cmi.progress_measure', String(measure)]);
      }
      const placed = new Map(objectiveAt);
      for (const objective of report.objectives) pairs.push(...objectivePairs(objective));
      const problem = setAll(pairs);
      if (problem) {
        // The objectives the platform did not take are placed again on the next try.
        objectiveAt.clear();
        for (const [id, n] of placed) objectiveAt.set(id, n);
        return problem;
      }
      for (const decision of report.decisions) {
        const refused = setAll(decisionPairs(nextInteraction, decision));
        if (refused) return refused;
        nextInteraction++;
      }
      if (report.suspendData !== null) {
        // The build keeps the course's progress within what both editions guarantee (course.ts);
        // were it ever longer, the learner is told rather than the platform keeping a cut copy.
        if (report.suspendData.length > SUSPEND_DATA_LIMIT_2004) {
          return {
            kind: 'write',
            detail: `cmi.suspend_data: ${report.suspendData.length} characters, over ${SUSPEND_DATA_LIMIT_2004}`,
          };
        }
        const refused = setAll([['cmi.suspend_data', report.suspendData]]);
        if (refused) return refused;
      }
      return setAll(leaving(report.sessionMs));
    },

    commit: () => attempt('commit', 'Commit', () => api.Commit('')),

    finish: (sessionMs) => setAll(leaving(sessionMs)) ?? attempt('finish', 'Terminate', () => api.Terminate('')),
  };
}
