/**
 * The tracker with a real meeting and scorm-again's Scorm12API as the platform, in Node: what a
 * session reports, decision by decision and meeting by meeting, and what it never does.
 */
import { Scorm12API } from 'scorm-again';
import { expect, test } from 'vitest';
import { shippedScenarios } from '../../src/cli/lessons-doc.ts';
import { playOut, preferMoves, replayWithChoices, startMeeting } from '../../src/engine/index.ts';
import type { CourseRules } from '../../src/lms/course.ts';
import { scorm12Runtime } from '../../src/lms/scorm12.ts';
import { type TrackingPage, trackCourse } from '../../src/lms/tracking.ts';

const scenarios = shippedScenarios('neutral');
const COURSE: CourseRules = { meetings: scenarios.map((s) => s.id), required: scenarios.length, masteryScore: null };
const scenario = (() => {
  const found = scenarios.find((s) => s.id === 'mission-interview');
  if (!found) throw new Error('mission-interview is not shipped');
  return found;
})();

/** A page whose clock the test moves and whose moments (timer, hidden, leaving) the test brings about. */
function testPage() {
  const moments = { every: [] as (() => void)[], hidden: [] as (() => void)[], leave: [] as (() => void)[] };
  let clock = 1_000_000;
  const page: TrackingPage = {
    now: () => clock,
    every: (_, run) => moments.every.push(run),
    onHidden: (run) => moments.hidden.push(run),
    onLeave: (run) => moments.leave.push(run),
  };
  return { page, moments, tick: (ms: number) => (clock += ms) };
}

function platform(held: Record<string, unknown> = {}) {
  const api = new Scorm12API({ autocommit: false, logLevel: 5 });
  api.loadFromJSON(held);
  const sets: [string, string][] = [];
  api.on('LMSSetValue.cmi.*', (element: string, value: string) => sets.push([element, value]));
  return { api, sets };
}

/** Plays the meeting under the tracker, each action a second after the screen before it. */
function playTracked(tracker: ReturnType<typeof trackCourse>, tick: (ms: number) => void, moves: readonly string[], seed = 3) {
  const meeting = startMeeting(scenario, { seed });
  tracker.follow(meeting, scenario);
  const choose = preferMoves(moves);
  const result = playOut(meeting, (available) => {
    tick(1000);
    return choose(available);
  });
  meeting.stop();
  return result;
}

test('from the first call on, exit is suspend and the course is incomplete; leaving finishes the session', () => {
  const { api, sets } = platform();
  const { page, moments } = testPage();
  trackCourse(() => ({ runtime: scorm12Runtime(api) }), COURSE, page);
  expect(sets).toContainEqual(['cmi.core.exit', 'suspend']);
  expect(api.LMSGetValue('cmi.core.lesson_status')).toBe('incomplete');
  expect(api.isTerminated()).toBe(false);
  for (const leave of moments.leave) leave();
  expect(api.isTerminated()).toBe(true);
});

test('one interaction per decision: the node, the option chosen and the time taken, as the board replays them', () => {
  const { api, sets } = platform();
  const { page, tick } = testPage();
  const tracker = trackCourse(() => ({ runtime: scorm12Runtime(api) }), COURSE, page);
  const result = playTracked(tracker, tick, ['open-question', 'take-note', 'let-finish']);
  // The board's own replay names each decision and its option: the oracle here.
  const replayed = replayWithChoices(scenario, {
    ...result,
    scenarioId: scenario.id,
    scenarioVersion: scenario.version,
    lang: 'en',
  });
  const choices = replayed?.choices ?? [];
  expect(choices.length).toBeGreaterThan(1);
  const written = (field: string) =>
    sets.filter(([e]) => new RegExp(`^cmi\\.interactions\\.\\d+\\.${field}$`).test(e)).map(([, v]) => v);
  expect(written('id')).toEqual(choices.map((c) => `${scenario.id}_${c.nodeId}`));
  expect(written('student_response')).toEqual(choices.map((c) => 'abcdefgh'[c.option]));
  expect(written('type')).toEqual(choices.map(() => 'choice'));
  expect(written('latency')).toEqual(choices.map(() => '0000:00:01.00'));
  expect(written('result').every((r) => r === 'correct' || r === 'wrong')).toBe(true);
  expect(api.LMSGetValue('cmi.interactions._count')).toBe(String(choices.length));
});

test('a learner who completed the course comes back to practise: nothing they hold is lowered', () => {
  const { api } = platform({ core: { lesson_status: 'completed', score: { raw: '78' } } });
  const { page, tick } = testPage();
  const tracker = trackCourse(() => ({ runtime: scorm12Runtime(api) }), COURSE, page);
  playTracked(tracker, tick, ['interrupt', 'oversell']);
  expect(api.LMSGetValue('cmi.core.lesson_status')).toBe('completed');
  expect(api.LMSGetValue('cmi.core.score.raw')).toBe('78');
  tracker.finish();
  expect(api.LMSGetValue('cmi.core.lesson_status')).toBe('completed');
});

test('with a mastery score of 80, one meeting of five played is incomplete and stays so when the platform closes', () => {
  const { api } = platform({ core: { credit: 'credit', lesson_mode: 'normal' }, student_data: { mastery_score: '80' } });
  const { page, tick } = testPage();
  const tracker = trackCourse(() => ({ runtime: scorm12Runtime(api) }), COURSE, page);
  playTracked(tracker, tick, ['interrupt', 'oversell']);
  tracker.finish();
  // scorm-again applies the mastery score on LMSFinish to any raw score it holds, as platforms do.
  expect(api.LMSGetValue('cmi.core.lesson_status')).toBe('incomplete');
  expect(api.LMSGetValue('cmi.core.score.raw')).toBe('');
  expect(api.LMSGetValue('cmi.objectives.0.id')).toBe(COURSE.meetings[0]);
});

test('the whole course played against the mastery score ends passed or failed by it, with its score', () => {
  const { api } = platform();
  const { page } = testPage();
  const tracker = trackCourse(() => ({ runtime: scorm12Runtime(api) }), { ...COURSE, masteryScore: 50 }, page);
  const scores = scenarios.map((s) => {
    const meeting = startMeeting(s, { seed: 1 });
    tracker.follow(meeting, s);
    const { scores } = playOut(meeting, preferMoves(['research', 'open-question', 'take-note', 'let-finish']));
    meeting.stop();
    return Math.round((scores.listening + scores.closing) / 2);
  });
  const mean = Math.round(scores.reduce((a, b) => a + b, 0) / scores.length);
  expect(api.LMSGetValue('cmi.core.score.raw')).toBe(String(mean));
  expect(api.LMSGetValue('cmi.core.lesson_status')).toBe(mean >= 50 ? 'passed' : 'failed');
});

test('a review session reports no result, only the time', () => {
  const { api, sets } = platform({ core: { lesson_mode: 'review', lesson_status: 'incomplete' } });
  const { page, tick } = testPage();
  const tracker = trackCourse(() => ({ runtime: scorm12Runtime(api) }), COURSE, page);
  playTracked(tracker, tick, ['research']);
  expect(sets.map(([e]) => e).filter((e) => !['cmi.core.exit', 'cmi.core.session_time'].includes(e))).toEqual([]);
});

test('actions replayed before the tracker follows ("try again from here") are not reported again', () => {
  const { api, sets } = platform();
  const { page } = testPage();
  const tracker = trackCourse(() => ({ runtime: scorm12Runtime(api) }), COURSE, page);
  const meeting = startMeeting(scenario, { seed: 3 });
  // Up to the second decision, as "try again from here" replays it.
  let decisions = 0;
  while (decisions < 2) {
    meeting.lineShown();
    const action = preferMoves(['research'])(meeting.available());
    if (action.kind === 'choose') decisions++;
    if (decisions === 2) break;
    meeting.act(action);
  }
  tracker.follow(meeting, scenario);
  meeting.act(preferMoves(['research'])(meeting.available()));
  tracker.retry();
  expect(sets.filter(([e]) => /^cmi\.interactions\.\d+\.id$/.test(e))).toHaveLength(1);
  meeting.stop();
});

test('what is played while the platform cannot be reached is reported, decisions included, once a retry reaches it', () => {
  const { api, sets } = platform({ suspend_data: '2;round-table:61,70,52', core: { entry: 'resume' } });
  const { page, tick } = testPage();
  let reachable = false;
  const tracker = trackCourse(
    () => (reachable ? { runtime: scorm12Runtime(api) } : { problem: { kind: 'no-platform', detail: '' } }),
    COURSE,
    page,
  );
  expect(tracker.status()).toEqual({ state: 'failing', problem: { kind: 'no-platform', detail: '' } });
  const result = playTracked(tracker, tick, ['research']);
  reachable = true;
  tracker.retry();
  expect(tracker.status()).toEqual({ state: 'recording' });
  const { listening, closing } = result.scores;
  expect(api.LMSGetValue('cmi.suspend_data')).toBe(
    `2;round-table:61,70,52;${scenario.id}:${Math.round((listening + closing) / 2)},${listening},${closing}`,
  );
  expect(sets.filter(([e]) => /^cmi\.interactions\.\d+\.id$/.test(e)).length).toBeGreaterThan(0);
});
