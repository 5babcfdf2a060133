/**
 * The SCORM 2004 adapter against scorm-again's Scorm2004API, a real SCORM 2004 run-time, in Node:
 * what it reads from the platform and what each report writes there, in 2004's elements and formats.
 */
import { Scorm2004API } from 'scorm-again';
import { expect, test } from 'vitest';
import type { DecisionRecord } from '../../src/lms/decisions.ts';
import type { CourseReport } from '../../src/lms/runtime.ts';
import { isoDuration, isoTimestamp, scaledScore, scorm2004Runtime } from '../../src/lms/scorm2004.ts';

/** A platform's run-time holding what earlier sessions left (scorm-again's own JSON form of the CMI). */
function platform(held: Record<string, unknown> = {}): Scorm2004API {
  const api = new Scorm2004API({ autocommit: false, logLevel: 5 });
  api.loadFromJSON(held);
  return api;
}

/** Write-only elements (exit, session time) can only be seen as they are set. */
function setsOn(api: Scorm2004API): [string, string][] {
  const sets: [string, string][] = [];
  api.on('SetValue.cmi.*', (element: string, value: string) => sets.push([element, value]));
  return sets;
}

const EMPTY_REPORT: CourseReport = { standing: null, objectives: [], decisions: [], suspendData: null, sessionMs: 0 };

test('opening reads what the platform holds: both statuses, scaled score, mode, credit, entry, passing score, objectives, language', () => {
  const api = platform({
    completion_status: 'completed',
    success_status: 'passed',
    score: { scaled: '0.78', raw: '78' },
    mode: 'normal',
    credit: 'no-credit',
    entry: 'resume',
    suspend_data: '2;a:78,80,76',
    scaled_passing_score: '0.7',
    learner_preference: { language: 'en-GB' },
    objectives: { '0': { id: 'a', completion_status: 'completed', success_status: 'failed', score: { scaled: '0.35' } } },
  });
  const opened = scorm2004Runtime(api).open();
  expect(opened).toEqual({
    ok: true,
    record: {
      standing: { completion: 'completed', success: 'passed', score: 78 },
      objectives: new Map([['a', { completion: 'completed', success: 'failed', score: 35 }]]),
      suspendData: '2;a:78,80,76',
      mode: 'normal',
      credit: false,
      resumed: true,
      masteryScore: 70,
      language: 'en-GB',
    },
  });
});

test('a fresh attempt reads as not attempted, with no passing score, not resumed', () => {
  const opened = scorm2004Runtime(platform({ entry: 'ab-initio', mode: 'review' })).open();
  expect(opened.ok && opened.record).toMatchObject({
    standing: { completion: 'not attempted', success: null, score: null },
    mode: 'review',
    credit: true,
    resumed: false,
    masteryScore: null,
    language: '',
  });
});

test('the first report, even with nothing to say, sets exit to suspend and the session time as an ISO 8601 duration', () => {
  const api = platform();
  const sets = setsOn(api);
  const runtime = scorm2004Runtime(api);
  runtime.open();
  expect(runtime.report({ ...EMPTY_REPORT, sessionMs: 90_000 })).toBeNull();
  expect(sets).toEqual([
    ['cmi.exit', 'suspend'],
    ['cmi.session_time', 'PT1M30S'],
  ]);
  expect(api.GetValue('cmi.completion_status')).toBe('unknown');
});

test('a report writes completion and success apart, the scaled score only once there is one, objectives and suspend data', () => {
  const api = platform();
  const runtime = scorm2004Runtime(api);
  runtime.open();
  const incomplete = runtime.report({
    ...EMPTY_REPORT,
    standing: { completion: 'incomplete', success: null, score: null },
    progressMeasure: 0.4,
    objectives: [
      { id: 'a', standing: { completion: 'completed', success: 'failed', score: 35 } },
      { id: 'skill_listening', standing: { completion: 'incomplete', success: null, score: 62 } },
    ],
    suspendData: '2;a:35,40,30',
  });
  expect(incomplete).toBeNull();
  expect(api.GetValue('cmi.completion_status')).toBe('incomplete');
  expect(api.GetValue('cmi.success_status')).toBe('unknown');
  expect(api.GetValue('cmi.score.scaled')).toBe('');
  expect(api.GetValue('cmi.progress_measure')).toBe('0.4');
  expect(api.GetValue('cmi.objectives._count')).toBe('2');
  expect(api.GetValue('cmi.objectives.0.id')).toBe('a');
  expect(api.GetValue('cmi.objectives.0.completion_status')).toBe('completed');
  expect(api.GetValue('cmi.objectives.0.success_status')).toBe('failed');
  expect(api.GetValue('cmi.objectives.0.score.scaled')).toBe('0.35');
  expect(api.GetValue('cmi.objectives.1.id')).toBe('skill_listening');
  expect(api.GetValue('cmi.objectives.1.score.raw')).toBe('62');
  expect(api.GetValue('cmi.suspend_data')).toBe('2;a:35,40,30');

  // Later, the course complete and passed: the same objectives are written where they are.
  const passed = runtime.report({
    ...EMPTY_REPORT,
    standing: { completion: 'completed', success: 'passed', score: 84 },
    progressMeasure: 1,
    objectives: [{ id: 'skill_listening', standing: { completion: 'completed', success: null, score: 70 } }],
  });
  expect(passed).toBeNull();
  expect(api.GetValue('cmi.completion_status')).toBe('completed');
  expect(api.GetValue('cmi.success_status')).toBe('passed');
  expect(api.GetValue('cmi.score.scaled')).toBe('0.84');
  expect(api.GetValue('cmi.score.raw')).toBe('84');
  expect(api.GetValue('cmi.score.min')).toBe('0');
  expect(api.GetValue('cmi.score.max')).toBe('100');
  expect(api.GetValue('cmi.progress_measure')).toBe('1');
  expect(api.GetValue('cmi.objectives._count')).toBe('2');
  expect(api.GetValue('cmi.objectives.1.score.raw')).toBe('70');
  expect(runtime.commit()).toBeNull();
});

test('objectives the platform already lists (its own first) are written where their IDs are, new ones after', () => {
  const api = platform({
    objectives: {
      '0': { id: 'platform_goal', completion_status: 'unknown' },
      '1': { id: 'b', completion_status: 'completed', score: { scaled: '0.5' } },
    },
  });
  const runtime = scorm2004Runtime(api);
  runtime.open();
  const problem = runtime.report({
    ...EMPTY_REPORT,
    standing: { completion: 'incomplete', success: null, score: null },
    objectives: [
      { id: 'a', standing: { completion: 'completed', success: null, score: 40 } },
      { id: 'b', standing: { completion: 'completed', success: null, score: 60 } },
    ],
  });
  expect(problem).toBeNull();
  expect(['0', '1', '2'].map((n) => api.GetValue(`cmi.objectives.${n}.id`))).toEqual(['platform_goal', 'b', 'a']);
  expect(api.GetValue('cmi.objectives.1.score.scaled')).toBe('0.6');
  expect(api.GetValue('cmi.objectives.2.score.scaled')).toBe('0.4');
});

test('decisions become interactions after those the platform holds: a choice, its response, the correct pattern, incorrect or correct, ISO times', () => {
  const api = platform({ interactions: { '0': { id: 'earlier_node', type: 'choice' } } });
  const sets = setsOn(api);
  const runtime = scorm2004Runtime(api);
  runtime.open();
  const decision: DecisionRecord = {
    id: 'mission-interview_opening',
    objective: 'mission-interview',
    response: 'b',
    best: 'c',
    result: 'wrong',
    latencyMs: 7_250,
    at: new Date(Date.UTC(2026, 11, 7, 9, 5, 3, 120)),
    prompt: null,
    choices: [],
  };
  expect(
    runtime.report({
      ...EMPTY_REPORT,
      decisions: [decision, { ...decision, id: 'mission-interview_close', response: 'c', result: 'correct', latencyMs: 61_000 }],
    }),
  ).toBeNull();
  const written = sets.filter(([element]) => element.startsWith('cmi.interactions.'));
  expect(written).toEqual([
    ['cmi.interactions.1.id', 'mission-interview_opening'],
    ['cmi.interactions.1.type', 'choice'],
    ['cmi.interactions.1.objectives.0.id', 'mission-interview'],
    ['cmi.interactions.1.timestamp', '2026-12-07T09:05:03.12Z'],
    ['cmi.interactions.1.weighting', '1'],
    ['cmi.interactions.1.learner_response', 'b'],
    ['cmi.interactions.1.correct_responses.0.pattern', 'c'],
    ['cmi.interactions.1.result', 'incorrect'],
    ['cmi.interactions.1.latency', 'PT7.25S'],
    ['cmi.interactions.2.id', 'mission-interview_close'],
    ['cmi.interactions.2.type', 'choice'],
    ['cmi.interactions.2.objectives.0.id', 'mission-interview'],
    ['cmi.interactions.2.timestamp', '2026-12-07T09:05:03.12Z'],
    ['cmi.interactions.2.weighting', '1'],
    ['cmi.interactions.2.learner_response', 'c'],
    ['cmi.interactions.2.correct_responses.0.pattern', 'c'],
    ['cmi.interactions.2.result', 'correct'],
    ['cmi.interactions.2.latency', 'PT1M1S'],
  ]);
  expect(api.GetValue('cmi.interactions._count')).toBe('3');
});

test('suspend data past what both editions guarantee is refused out loud, never cut', () => {
  const api = platform();
  const runtime = scorm2004Runtime(api);
  runtime.open();
  expect(runtime.report({ ...EMPTY_REPORT, suspendData: 'x'.repeat(4001) })).toEqual({
    kind: 'write',
    detail: 'cmi.suspend_data: 4001 characters, over 4000',
  });
  expect(runtime.report({ ...EMPTY_REPORT, suspendData: 'x'.repeat(4000) })).toBeNull();
});

test('a refusal carries the platform’s error code, words and diagnostic; a call that throws is caught; finishing terminates', () => {
  const api = platform();
  const runtime = scorm2004Runtime(api);
  // Not initialised: scorm-again refuses with SCORM 2004's error 142 (commit before initialisation).
  const early = runtime.commit();
  expect(early?.kind).toBe('commit');
  expect(early?.detail).toMatch(/^Commit: 142 /);
  runtime.open();
  const refused = runtime.report({ ...EMPTY_REPORT, standing: { completion: 'completed', success: 'passed', score: 120 } });
  expect(refused?.kind).toBe('write');
  expect(refused?.detail).toMatch(/^SetValue\("cmi\.score\.scaled"\): 407 /);
  const setValue = api.SetValue.bind(api);
  api.SetValue = () => {
    throw new TypeError('the platform broke');
  };
  expect(runtime.report(EMPTY_REPORT)).toEqual({ kind: 'threw', detail: 'SetValue("cmi.exit"): the platform broke' });
  api.SetValue = setValue;
  expect(runtime.finish(5_000)).toBeNull();
  expect(api.GetValue('cmi.exit')).toBe('');
});

test('times and scores are written in SCORM 2004’s formats', () => {
  expect(isoDuration(0)).toBe('PT0S');
  expect(isoDuration(90_000)).toBe('PT1M30S');
  expect(isoDuration(3_723_450)).toBe('PT1H2M3.45S'); // 1 h 2 min 3.45 s
  expect(isoDuration(7_200_000)).toBe('PT2H');
  expect(isoDuration(-5)).toBe('PT0S');
  expect(isoTimestamp(new Date(Date.UTC(2026, 0, 2, 3, 4, 5, 678)))).toBe('2026-01-02T03:04:05.67Z');
  expect(scaledScore(72)).toBe('0.72');
  expect(scaledScore(100)).toBe('1');
  expect(scaledScore(0)).toBe('0');
  expect(scaledScore(7)).toBe('0.07');
});
