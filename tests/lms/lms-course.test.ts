import { describe, expect, test } from 'vitest';
import {
  type CourseProgress,
  type CourseRules,
  courseStanding,
  EMPTY_PROGRESS,
  largestProgress,
  meetingScore,
  meetingStanding,
  mergeProgress,
  readProgress,
  recordMeeting,
  SUSPEND_DATA_LIMIT,
  skillStanding,
  writeProgress,
} from '../../src/lms/course.ts';
import { raiseStanding } from '../../src/lms/standing.ts';

const FIVE: CourseRules = { meetings: ['a', 'b', 'c', 'd', 'e'], required: 5, masteryScore: null };
const play = (progress: CourseProgress, rules: CourseRules, id: string, listening: number, closing: number) =>
  recordMeeting(progress, rules, id, { listening, closing });

describe('a course as the platform sees it', () => {
  test('a meeting scores the rounded mean of its skills', () => {
    expect(meetingScore({ listening: 80, closing: 55 })).toBe(68); // 67.5 rounds up
    expect(meetingScore({})).toBe(0);
  });

  test('a weaker attempt never lowers a meeting’s best, skill by skill', () => {
    const once = play(EMPTY_PROGRESS, FIVE, 'a', 60, 40);
    expect(play(once, FIVE, 'a', 20, 30).best.a).toEqual({ score: 50, skills: { listening: 60, closing: 40 } });
    expect(play(once, FIVE, 'a', 90, 10).best.a).toEqual({ score: 50, skills: { listening: 90, closing: 40 } });
    expect(play(once, FIVE, 'a', 90, 70).best.a).toEqual({ score: 80, skills: { listening: 90, closing: 70 } });
  });

  test('two progresses merge at their best, meeting by meeting and skill by skill', () => {
    const ours = play(play(EMPTY_PROGRESS, FIVE, 'a', 90, 20), FIVE, 'b', 50, 50);
    const theirs = play(play(EMPTY_PROGRESS, FIVE, 'a', 30, 80), FIVE, 'c', 10, 20);
    expect(mergeProgress(theirs, ours).best).toEqual({
      a: { score: 55, skills: { listening: 90, closing: 80 } },
      b: { score: 50, skills: { listening: 50, closing: 50 } },
      c: { score: 15, skills: { listening: 10, closing: 20 } },
    });
  });

  test('a meeting outside the course (one the learner imported) is not kept', () => {
    expect(play(EMPTY_PROGRESS, FIVE, 'my-own-meeting', 90, 90)).toEqual(EMPTY_PROGRESS);
  });

  test.each([
    // rules, meetings played with their score, expected standing
    ['nothing played', FIVE, [], { completion: 'not attempted', success: null, score: null }],
    [
      '1 of 5: no score yet, so no false "failed"',
      { ...FIVE, masteryScore: 80 },
      [['a', 30]],
      { completion: 'incomplete', success: null, score: null },
    ],
    [
      'all 5 without a mastery score',
      FIVE,
      [
        ['a', 90],
        ['b', 70],
        ['c', 50],
        ['d', 30],
        ['e', 10],
      ],
      { completion: 'completed', success: null, score: 50 },
    ],
    [
      'all 5, mastery 80, under it',
      { ...FIVE, masteryScore: 80 },
      [
        ['a', 90],
        ['b', 70],
        ['c', 50],
        ['d', 30],
        ['e', 10],
      ],
      { completion: 'completed', success: 'failed', score: 50 },
    ],
    [
      '3 of 5 required: the 3 best count',
      { ...FIVE, required: 3, masteryScore: 80 },
      [
        ['a', 90],
        ['b', 80],
        ['c', 40],
        ['d', 70],
      ],
      { completion: 'completed', success: 'passed', score: 80 },
    ],
    [
      '2 of 5 required, 1 played',
      { ...FIVE, required: 2 },
      [['a', 90]],
      { completion: 'incomplete', success: null, score: null },
    ],
  ] as const)('%s', (_, rules, played, expected) => {
    const progress = played.reduce<CourseProgress>((p, [id, score]) => play(p, rules, id, score, score), EMPTY_PROGRESS);
    expect(courseStanding(progress, rules)).toEqual(expected);
  });

  test('each meeting is an objective with its best; each skill the mean of its bests so far', () => {
    const rules = { ...FIVE, masteryScore: 60 };
    const progress = play(play(EMPTY_PROGRESS, rules, 'a', 80, 50), rules, 'b', 40, 30);
    expect(meetingStanding(progress, rules, 'a')).toEqual({ completion: 'completed', success: 'passed', score: 65 });
    expect(meetingStanding(progress, rules, 'b')).toEqual({ completion: 'completed', success: 'failed', score: 35 });
    expect(meetingStanding(progress, rules, 'c')).toEqual({ completion: 'not attempted', success: null, score: null });
    expect(skillStanding(progress, rules, 'listening')).toEqual({ completion: 'incomplete', success: null, score: 60 });
    expect(skillStanding(progress, rules, 'closing')).toEqual({ completion: 'incomplete', success: null, score: 40 });
  });
});

describe('what the platform already holds is never lowered', () => {
  test.each([
    [
      'completed 78, then a new attempt with one meeting',
      { completion: 'completed', success: null, score: 78 },
      { completion: 'incomplete', success: null, score: null },
      { completion: 'completed', success: null, score: 78 },
    ],
    [
      'passed 85, then a lower complete course',
      { completion: 'completed', success: 'passed', score: 85 },
      { completion: 'completed', success: 'failed', score: 60 },
      { completion: 'completed', success: 'passed', score: 85 },
    ],
    [
      'failed 60, then passed 82',
      { completion: 'completed', success: 'failed', score: 60 },
      { completion: 'completed', success: 'passed', score: 82 },
      { completion: 'completed', success: 'passed', score: 82 },
    ],
    [
      'not attempted, then incomplete',
      { completion: 'not attempted', success: null, score: null },
      { completion: 'incomplete', success: null, score: null },
      { completion: 'incomplete', success: null, score: null },
    ],
  ] as const)('%s', (_, held, now, expected) => {
    expect(raiseStanding(held, now)).toEqual(expected);
  });
});

describe('suspend data', () => {
  test('progress read back is what was written', () => {
    const progress = play(play(EMPTY_PROGRESS, FIVE, 'a', 72, 64), FIVE, 'c', 55, 100);
    expect(writeProgress(progress)).toBe('2;a:68,72,64;c:78,55,100');
    expect(readProgress(writeProgress(progress), FIVE)).toEqual(progress);
  });

  test('the first package’s JSON is read: its best score stands for each skill', () => {
    const text = JSON.stringify({ version: 1, best: { a: 72, 'not-in-course': 50, b: 101 } });
    expect(readProgress(text, FIVE)).toEqual({ version: 2, best: { a: { score: 72, skills: { listening: 72, closing: 72 } } } });
  });

  test.each([
    ['empty', ''],
    ['not JSON', '{"version":1,"best":{"a":5'],
    ['another JSON version', '{"version":3,"best":{"a":5}}'],
    ['another compact version', '3;a:1,2,3'],
    ['an array', '[1,2]'],
  ])('unreadable suspend data (%s) gives a fresh start', (_, text) => {
    expect(readProgress(text, FIVE)).toEqual(EMPTY_PROGRESS);
  });

  test('out-of-range, cut or strange entries are dropped, the rest is kept', () => {
    expect(readProgress('2;a:50,50,50;b:101,1,1;c:5,5;d:x,1,1;zz:1,1,1;e:7,8,6', FIVE).best).toEqual({
      a: { score: 50, skills: { listening: 50, closing: 50 } },
      e: { score: 7, skills: { listening: 8, closing: 6 } },
    });
  });

  test('a course at the limit: the largest progress it can reach fits exactly, is written and read back whole', () => {
    // With IDs of 64 characters each meeting takes 77 characters: 53 of them are the most a course can hold.
    const ids = Array.from({ length: 53 }, (_, i) => `${String(i).padStart(2, '0')}-${'x'.repeat(61)}`);
    const rules: CourseRules = { meetings: ids, required: ids.length, masteryScore: null };
    const largest = largestProgress(rules);
    expect(largest.length).toBeLessThanOrEqual(SUSPEND_DATA_LIMIT);
    expect(largestProgress({ ...rules, meetings: [...ids, `53-${'x'.repeat(61)}`] }).length).toBeGreaterThan(SUSPEND_DATA_LIMIT);
    const full = ids.reduce<CourseProgress>((p, id) => play(p, rules, id, 100, 100), EMPTY_PROGRESS);
    expect(writeProgress(full)).toBe(largest);
    expect(Object.keys(readProgress(largest, rules).best)).toHaveLength(53);
  });
});
