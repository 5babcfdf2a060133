/**
 * The cmi5 adapter in Node against the real LRS of the browser tests (tests/e2e/cmi5-lrs.ts): the
 * session opened as a platform launched it, statements queued and sent in order in batches a
 * closing page can still send, and a refusal that loses and repeats nothing.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { cmi5Runtime, openCmi5 } from '../../src/lms/cmi5.ts';
import { type Cmi5Launch, readCmi5Launch } from '../../src/lms/cmi5-launch.ts';
import type { DecisionRecord } from '../../src/lms/decisions.ts';
import type { CourseReport, LmsProblem } from '../../src/lms/runtime.ts';
import { trackCourse } from '../../src/lms/tracking.ts';
import { startTestPlatform, type TestPlatform } from '../e2e/cmi5-lrs.ts';

let platform: TestPlatform;
beforeAll(async () => {
  platform = await startTestPlatform();
}, 120_000);
afterAll(() => platform?.close());

/** The page's fetch, with the size of each statements request kept. */
function recordingFetch() {
  const posted: number[] = [];
  const fetchFn = (input: string, init?: RequestInit) => {
    if (init?.method === 'POST' && input.endsWith('/statements')) posted.push(Buffer.byteLength(String(init.body)));
    return fetch(input, init);
  };
  return { fetchFn, posted };
}

async function opened() {
  const launch = await platform.launch('https://course.rendez-vous.invalid/index.html', { masteryScore: 0.8 });
  const url = new URL(launch.url);
  const read = readCmi5Launch(url.search, launch.url);
  if (!read.ok) throw new Error(`the launch did not read: ${read.missing}`);
  const { fetchFn, posted } = recordingFetch();
  const outcome = await openCmi5(read.launch as Cmi5Launch, fetchFn, () => new Date(), randomUUID)();
  if (!outcome.ok) throw new Error(`the session did not open: ${outcome.problem.detail}`);
  const runtime = cmi5Runtime(
    outcome.opened,
    () => new Date(),
    randomUUID,
    (run) => run(),
  );
  const outcomes: (LmsProblem | null)[] = [];
  runtime.watch((problem) => outcomes.push(problem));
  return { launch, runtime, outcomes, posted };
}

const decision = (n: number): DecisionRecord => ({
  id: `mission-interview_node-${n}`,
  objective: 'mission-interview',
  response: 'b',
  best: 'c',
  result: 'wrong',
  latencyMs: 1000 + n,
  at: new Date(Date.UTC(2026, 11, 7, 9, 0, n)),
  prompt: { fr: 'Que faites-vous ?'.repeat(20), en: 'What do you do?'.repeat(20) },
  choices: ['a', 'b', 'c', 'd'].map((id) => ({ id, text: { fr: `Réponse ${id} `.repeat(30), en: `Answer ${id} `.repeat(30) } })),
});

const report = (decisions: DecisionRecord[]): CourseReport => ({
  standing: null,
  objectives: [],
  decisions,
  suspendData: null,
  sessionMs: 1000,
});

const nodesOf = (statements: Record<string, unknown>[]) =>
  statements
    .filter((s) => (s.verb as { id: string }).id === 'http://adlnet.gov/expapi/verbs/answered')
    .map((s) =>
      String((s.object as { id: string }).id)
        .split(':')
        .at(-1),
    );

test('forty long decisions go in order, in requests a closing page may still send, then terminated last', async () => {
  const { launch, runtime, outcomes, posted } = await opened();
  const forty = Array.from({ length: 40 }, (_, n) => decision(n));
  expect(runtime.report(report(forty))).toBeNull();
  expect(runtime.finish(60_000)).toBeNull();
  await expect.poll(() => outcomes).toEqual([null]);
  const stored = await platform.statements(launch.registration);
  expect(nodesOf(stored)).toEqual(forty.map((_, n) => `node-${n}`));
  expect(stored.at(-1)?.verb).toMatchObject({ id: 'http://adlnet.gov/expapi/verbs/terminated' });
  // Several requests, each under the 64 KiB a browser lets keepalive requests carry.
  expect(posted.length).toBeGreaterThan(2);
  for (const bytes of posted) expect(bytes).toBeLessThan(64 * 1024);
}, 60_000);

test('an LRS that refuses: the problem told, nothing lost or repeated once it accepts again', async () => {
  const { launch, runtime, outcomes } = await opened();
  platform.refuse();
  runtime.report(report([decision(1), decision(2), decision(3)]));
  runtime.commit();
  await expect.poll(() => outcomes.length).toBe(1);
  expect(outcomes[0]).toMatchObject({ kind: 'commit' });
  expect(outcomes[0]?.detail).toMatch(/^POST statements \(3\): 500 /);

  platform.mend();
  runtime.report(report([decision(4)]));
  runtime.finish(5_000);
  await expect.poll(() => outcomes.at(-1)).toBeNull();
  const stored = await platform.statements(launch.registration);
  expect(nodesOf(stored)).toEqual(['node-1', 'node-2', 'node-3', 'node-4']);
  expect(stored.map((s) => (s.verb as { id: string }).id.split('/').at(-1))).toEqual([
    'launched',
    'initialized',
    'answered',
    'answered',
    'answered',
    'answered',
    'terminated',
  ]);
}, 60_000);

test('with the tracker: "finished" only once the LRS has taken "terminated"; a refused finish is finished by Try again', async () => {
  const { launch, runtime } = await opened();
  const statuses: string[] = [];
  const page = { now: () => Date.now(), every: () => {}, onHidden: () => {}, onLeave: () => {} };
  const tracker = trackCourse(() => ({ runtime }), { meetings: ['mission-interview'], required: 1, masteryScore: null }, page);
  tracker.onStatus((status) => statuses.push(status.state));
  platform.refuse();
  tracker.finish();
  await expect.poll(() => tracker.status().state).toBe('failing');
  expect(statuses).not.toContain('finished');
  platform.mend();
  tracker.retry();
  await expect.poll(() => tracker.status().state).toBe('finished');
  const verbs = (await platform.statements(launch.registration)).map((s) => (s.verb as { id: string }).id.split('/').at(-1));
  expect(verbs).toEqual(['launched', 'initialized', 'terminated']);
}, 60_000);
