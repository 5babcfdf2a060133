import { describe, expect, test } from 'vitest';
import { easierFirst, learningPath } from '../../src/engine/debrief/path.ts';
import {
  type Attempt,
  lessonDeck,
  mergeProgress,
  NO_PROGRESS,
  type Progress,
  ProgressSchema,
  recordAttempt,
  skillHistory,
  suggestNext,
  weakestSkill,
} from '../../src/engine/debrief/progress.ts';
import { type MeetingResult, playToEnd, preferMoves, type Scenario } from '../../src/engine/index.ts';
import { loadFixture } from './fixtures.ts';

const fixture = loadFixture('small-meeting.yaml');
const named = (id: string, level: number | undefined, title: string): Scenario => ({
  ...fixture,
  id,
  title: { fr: title, en: title },
  ...(level === undefined ? {} : { level }),
});
const easy = named('easy', 1, 'Easy');
const middle = named('middle', undefined, 'Middle'); // no level: counts as 3
const hard = named('hard', 5, 'Hard');

const attempt = (
  scenarioId: string,
  day: number,
  listening: number,
  closing: number,
  shown: Attempt['shown'] = [],
  failed: Attempt['failed'] = [],
): Attempt => ({
  scenarioId,
  at: new Date(Date.UTC(2026, 10, day)).toISOString(),
  outcome: 'continuation',
  scores: { listening, closing },
  shown,
  failed,
});
const progressOf = (...attempts: Attempt[]): Progress => ({ version: 1, attempts });

test('a finished meeting is recorded with its scores and the lessons that counted each way', () => {
  // small-meeting, worked out by hand: interrupting costs L11, forcing costs L30; nothing earns.
  const result: MeetingResult = playToEnd(fixture, 4, preferMoves(['interrupt', 'force-decision']));
  const after = recordAttempt(NO_PROGRESS, result, new Date('2026-11-23T10:00:00Z'));
  expect(after.attempts).toEqual([
    {
      scenarioId: 'small-meeting',
      at: '2026-11-23T10:00:00.000Z',
      outcome: 'continuation',
      scores: { listening: 30, closing: 25 },
      shown: [],
      failed: ['L11', 'L30'],
    },
  ]);
  expect(ProgressSchema.safeParse(after).success).toBe(true);
});

describe('the path', () => {
  test('goes from easier to harder; the first meeting not yet finished is the next, those after it later', () => {
    const path = learningPath([hard, middle, easy], progressOf(attempt('easy', 1, 40, 50), attempt('easy', 2, 70, 45)).attempts);
    expect(path.map((s) => [s.scenario.id, s.status])).toEqual([
      ['easy', 'finished'],
      ['middle', 'next'],
      ['hard', 'later'],
    ]);
    expect(path[0]?.best).toEqual({ listening: 70, closing: 50 });
    expect(path[1]?.best).toBeNull();
  });

  test('a meeting finished out of order counts as finished where it stands; the next is still the first left', () => {
    const path = learningPath([easy, middle, hard], progressOf(attempt('middle', 1, 50, 50)).attempts);
    expect(path.map((s) => [s.scenario.id, s.status])).toEqual([
      ['easy', 'next'],
      ['middle', 'finished'],
      ['hard', 'later'],
    ]);
    expect(learningPath([easy, middle, hard], []).map((s) => s.status)).toEqual(['next', 'later', 'later']);
  });

  test.each([
    { name: 'level first', a: named('b', 1, 'Zebra'), b: named('a', 2, 'Apple'), first: 'b' },
    { name: 'then the English title', a: named('a', 2, 'Zebra'), b: named('b', 2, 'Apple'), first: 'b' },
    { name: 'then the id, for titles alike', a: named('y', 2, 'Same'), b: named('x', 2, 'Same'), first: 'x' },
    { name: 'no level counts as 3', a: named('a', undefined, 'Apple'), b: named('b', 3, 'Banana'), first: 'a' },
  ])('orders easier first: $name', ({ a, b, first }) => {
    expect([a, b].sort(easierFirst)[0]?.id).toBe(first);
    expect([b, a].sort(easierFirst)[0]?.id).toBe(first);
  });
});

describe('the lesson deck', () => {
  test('mastered after two sessions right; needs work when it last counted against; seen otherwise', () => {
    const deck = lessonDeck(
      progressOf(
        attempt('easy', 1, 50, 50, ['L11', 'L13'], ['L30']),
        attempt('easy', 2, 50, 50, ['L11', 'L30'], ['L13']),
        attempt('easy', 3, 50, 50, ['L15'], []),
      ),
    );
    expect(deck).toEqual([
      { lesson: 'L11', status: 'mastered', right: 2, wrong: 0 },
      { lesson: 'L13', status: 'needs-work', right: 1, wrong: 1 },
      { lesson: 'L15', status: 'seen', right: 1, wrong: 0 },
      { lesson: 'L30', status: 'seen', right: 1, wrong: 1 },
    ]);
  });
});

describe('history and the next meeting', () => {
  const progress = progressOf(attempt('easy', 1, 80, 30), attempt('middle', 2, 70, 60), attempt('easy', 3, 75, 40));

  test('each skill over the attempts, oldest first', () => {
    expect(skillHistory(progress, 'closing').map((p) => p.score)).toEqual([30, 60, 40]);
  });

  test('the weakest skill is the lower mean of the last five attempts', () => {
    expect(weakestSkill(progress)).toBe('closing'); // closing 43.3 < listening 75
    expect(weakestSkill(NO_PROGRESS)).toBeNull();
  });

  test('suggests a meeting not yet played on the path, else the one where the weak skill is lowest', () => {
    expect(suggestNext([easy, middle, hard], progress)).toEqual({ scenario: hard, skill: 'closing' });
    const all = progressOf(...progress.attempts, attempt('hard', 4, 90, 90));
    // Best closing: easy 40, middle 60, hard 90.
    expect(suggestNext([easy, middle, hard], all)).toEqual({ scenario: easy, skill: 'closing' });
    expect(suggestNext([easy, middle], NO_PROGRESS)).toEqual({ scenario: easy, skill: null });
  });
});

test('importing another device’s progress adds its meetings once, in time order', () => {
  const mine = progressOf(attempt('easy', 1, 40, 40), attempt('easy', 5, 60, 60));
  const theirs = progressOf(attempt('easy', 5, 60, 60), attempt('middle', 3, 50, 50));
  const { progress, added } = mergeProgress(mine, theirs);
  expect(added).toBe(1);
  expect(progress.attempts.map((a) => `${a.scenarioId}@${a.at.slice(8, 10)}`)).toEqual(['easy@01', 'middle@03', 'easy@05']);
  expect(mergeProgress(progress, theirs).added).toBe(0);
});
