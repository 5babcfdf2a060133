/**
 * The SCORM 1.2 adapter against scorm-again's Scorm12API, a real SCORM 1.2 run-time, in Node: what
 * it reads from the platform and what each report writes there.
 */
import { Scorm12API } from 'scorm-again';
import { expect, test } from 'vitest';
import type { DecisionRecord } from '../../src/lms/decisions.ts';
import type { CourseReport } from '../../src/lms/runtime.ts';
import { scorm12Runtime, scormClockTime, scormTimespan } from '../../src/lms/scorm12.ts';

/** A platform's run-time holding what earlier sessions left (scorm-again's own JSON form of the CMI). */
function platform(held: Record<string, unknown> = {}): Scorm12API {
  const api = new Scorm12API({ autocommit: false, logLevel: 5 });
  api.loadFromJSON(held);
  return api;
}

/** Write-only elements (exit, session time, interactions) can only be seen as they are set. */
function setsOn(api: Scorm12API): Map<string, string> {
  const sets = new Map<string, string>();
  api.on('LMSSetValue.cmi.*', (element: string, value: string) => sets.set(element, value));
  return sets;
}

const EMPTY_REPORT: CourseReport = { standing: null, objectives: [], decisions: [], suspendData: null, sessionMs: 0 };

test('opening reads what the platform holds: status, score, mode, credit, entry, mastery score, objectives, language', () => {
  const api = platform({
    core: { lesson_status: 'completed', score: { raw: '78' }, lesson_mode: 'normal', credit: 'no-credit', entry: 'resume' },
    suspend_data: '2;a:78,80,76',
    student_data: { mastery_score: '80' },
    student_preference: { language: 'fr-CA' },
    objectives: { '0': { id: 'a', status: 'passed', score: { raw: '90' } } },
  });
  const opened = scorm12Runtime(api).open();
  expect(opened).toEqual({
    ok: true,
    record: {
      standing: { completion: 'completed', success: null, score: 78 },
      objectives: new Map([['a', { completion: 'completed', success: 'passed', score: 90 }]]),
      suspendData: '2;a:78,80,76',
      mode: 'normal',
      credit: false,
      resumed: true,
      masteryScore: 80,
      language: 'fr-CA',
    },
  });
});

test('a fresh attempt reads as not attempted, without mastery score, resumed unless the platform starts afresh', () => {
  const opened = scorm12Runtime(platform({ core: { entry: 'ab-initio', lesson_mode: 'browse' } })).open();
  expect(opened.ok && opened.record).toMatchObject({
    standing: { completion: 'not attempted', success: null, score: null },
    mode: 'browse',
    credit: true,
    resumed: false,
    masteryScore: null,
  });
});

test('the first report, even with nothing to say, sets exit to suspend and the session time', () => {
  const api = platform();
  const sets = setsOn(api);
  const runtime = scorm12Runtime(api);
  runtime.open();
  expect(runtime.report({ ...EMPTY_REPORT, sessionMs: 65_000 })).toBeNull();
  expect(Object.fromEntries(sets)).toEqual({ 'cmi.core.exit': 'suspend', 'cmi.core.session_time': '0000:01:05.00' });
  expect(api.LMSGetValue('cmi.core.lesson_status')).toBe('not attempted');
});

test('a report writes the status, the score only when it has one, the objectives and the suspend data', () => {
  const api = platform();
  const runtime = scorm12Runtime(api);
  runtime.open();
  const problem = runtime.report({
    ...EMPTY_REPORT,
    standing: { completion: 'incomplete', success: null, score: null },
    objectives: [
      { id: 'a', standing: { completion: 'completed', success: 'failed', score: 35 } },
      { id: 'b', standing: { completion: 'not attempted', success: null, score: null } },
    ],
    suspendData: '2;a:35,40,30',
  });
  expect(problem).toBeNull();
  expect(api.LMSGetValue('cmi.core.lesson_status')).toBe('incomplete');
  expect(api.LMSGetValue('cmi.core.score.raw')).toBe('');
  expect(api.LMSGetValue('cmi.objectives._count')).toBe('2');
  expect(['0', '1'].map((n) => api.LMSGetValue(`cmi.objectives.${n}.id`))).toEqual(['a', 'b']);
  expect(api.LMSGetValue('cmi.objectives.0.status')).toBe('failed');
  expect(api.LMSGetValue('cmi.objectives.0.score.raw')).toBe('35');
  expect(api.LMSGetValue('cmi.objectives.1.status')).toBe('not attempted');
  expect(api.LMSGetValue('cmi.suspend_data')).toBe('2;a:35,40,30');
  expect(runtime.commit()).toBeNull();
});

test('decisions become interactions after those the platform already holds, each a choice with its answer and time', () => {
  const api = platform({ interactions: { '0': { id: 'earlier_node', type: 'choice' } } });
  const sets = setsOn(api);
  const runtime = scorm12Runtime(api);
  runtime.open();
  const decision: DecisionRecord = {
    id: 'mission-interview_opening',
    objective: 'mission-interview',
    response: 'b',
    best: 'c',
    result: 'wrong',
    latencyMs: 7_250,
    at: new Date(2026, 11, 7, 9, 5, 3),
    prompt: null,
    choices: [],
  };
  expect(
    runtime.report({
      ...EMPTY_REPORT,
      decisions: [decision, { ...decision, id: 'mission-interview_close', response: 'c', result: 'correct' }],
    }),
  ).toBeNull();
  const written = [...sets].filter(([element]) => element.startsWith('cmi.interactions.'));
  expect(written).toEqual(
    [1, 2].flatMap((n) => [
      [`cmi.interactions.${n}.id`, n === 1 ? 'mission-interview_opening' : 'mission-interview_close'],
      [`cmi.interactions.${n}.objectives.0.id`, 'mission-interview'],
      [`cmi.interactions.${n}.time`, '09:05:03'],
      [`cmi.interactions.${n}.type`, 'choice'],
      [`cmi.interactions.${n}.correct_responses.0.pattern`, 'c'],
      [`cmi.interactions.${n}.weighting`, '1'],
      [`cmi.interactions.${n}.student_response`, n === 1 ? 'b' : 'c'],
      [`cmi.interactions.${n}.result`, n === 1 ? 'wrong' : 'correct'],
      [`cmi.interactions.${n}.latency`, '0000:00:07.25'],
    ]),
  );
  expect(api.LMSGetValue('cmi.interactions._count')).toBe('3');
});

test('suspend data over the limit is refused out loud, never cut or dropped in silence', () => {
  const api = platform();
  const runtime = scorm12Runtime(api);
  runtime.open();
  expect(runtime.report({ ...EMPTY_REPORT, suspendData: 'x'.repeat(4097) })).toEqual({
    kind: 'write',
    detail: 'cmi.suspend_data: 4097 characters, over 4096',
  });
});

test('a refusal carries the platform’s error code and words; a call that throws is caught', () => {
  const api = platform();
  const runtime = scorm12Runtime(api);
  // Not initialised: scorm-again refuses with SCORM 1.2's error 301.
  expect(runtime.commit()).toEqual({ kind: 'commit', detail: 'LMSCommit: 301 Not initialized' });
  runtime.open();
  api.LMSSetValue = () => {
    throw new TypeError('the platform broke');
  };
  expect(runtime.report(EMPTY_REPORT)).toEqual({ kind: 'threw', detail: 'LMSSetValue("cmi.core.exit"): the platform broke' });
});

test('times are written in SCORM 1.2’s formats', () => {
  expect(scormTimespan(0)).toBe('0000:00:00.00');
  expect(scormTimespan(3_723_450)).toBe('0001:02:03.45'); // 1 h 2 min 3.45 s
  expect(scormTimespan(-5)).toBe('0000:00:00.00');
  expect(scormClockTime(new Date(2026, 0, 1, 7, 4, 9))).toBe('07:04:09');
});
