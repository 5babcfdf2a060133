import { describe, expect, test } from 'vitest';
import {
  courseFromAddress,
  courseStatus,
  EMPTY_PROGRESS,
  meetingScore,
  readProgress,
  recordMeeting,
  SUSPEND_DATA_LIMIT,
  scormTimespan,
  writeProgress,
} from '../../src/lms/course.ts';

describe('a course as the platform sees it', () => {
  test('a meeting scores the rounded mean of its skills', () => {
    expect(meetingScore({ listening: 80, closing: 55 })).toBe(68); // 67.5 rounds up
    expect(meetingScore({})).toBe(0);
  });

  test('only a better attempt replaces the best score', () => {
    const once = recordMeeting(EMPTY_PROGRESS, 'a', 60);
    expect(recordMeeting(once, 'a', 40).best).toEqual({ a: 60 });
    expect(recordMeeting(once, 'a', 75).best).toEqual({ a: 75 });
  });

  test('completed once every required meeting is finished; unfinished ones count 0 in the score', () => {
    const progress = recordMeeting(recordMeeting(EMPTY_PROGRESS, 'a', 90), 'extra', 10);
    expect(courseStatus(progress, ['a', 'b'])).toEqual({ status: 'incomplete', score: 45 });
    expect(courseStatus(recordMeeting(progress, 'b', 70), ['a', 'b'])).toEqual({ status: 'completed', score: 80 });
  });

  test('progress read back is what was written', () => {
    const progress = recordMeeting(recordMeeting(EMPTY_PROGRESS, 'mission-interview', 72), 'round-table', 55);
    expect(readProgress(writeProgress(progress))).toEqual(progress);
  });

  test.each([
    ['empty', ''],
    ['not JSON', '{"version":1,"best":{"a":5'],
    ['another version', '{"version":2,"best":{"a":5}}'],
    ['an array', '[1,2]'],
  ])('unreadable suspend data (%s) gives a fresh start', (_, text) => {
    expect(readProgress(text)).toEqual(EMPTY_PROGRESS);
  });

  test('out-of-range or strange entries are dropped, the rest is kept', () => {
    const text = JSON.stringify({ version: 1, best: { good: 50, high: 101, low: -1, half: 2.5, 'Bad ID': 3, word: 'x' } });
    expect(readProgress(text).best).toEqual({ good: 50 });
  });

  test('fifty meetings of progress still fit in SCORM 1.2 suspend data', () => {
    let progress = EMPTY_PROGRESS;
    for (let i = 0; i < 50; i++) progress = recordMeeting(progress, `a-scenario-with-a-long-name-${i}`, 100);
    expect(writeProgress(progress).length).toBeLessThanOrEqual(SUSPEND_DATA_LIMIT);
  });

  test('session time is written as SCORM 1.2 CMITimespan', () => {
    expect(scormTimespan(0)).toBe('0000:00:00.00');
    expect(scormTimespan(3_723_450)).toBe('0001:02:03.45'); // 1 h 2 min 3.45 s
    expect(scormTimespan(-5)).toBe('0000:00:00.00');
  });

  test('the course comes from the launch address; junk IDs are ignored', () => {
    expect(courseFromAddress('?course=a,b-c,a')).toEqual(['a', 'b-c']);
    expect(courseFromAddress('?course=<script>,x')).toEqual(['x']);
    expect(courseFromAddress('?course=')).toBeNull();
    expect(courseFromAddress('?lang=fr')).toBeNull();
  });
});
