/**
 * The build refuses a course whose progress could outgrow what the package's platform keeps:
 * SCORM 1.2's 4,096 characters, or the 4,000 that SCORM 2004's 3rd edition guarantees.
 */
import { expect, test } from 'vitest';
import { courseRules } from '../../src/cli/build-scorm.ts';
import { progressMeasure } from '../../src/lms/course.ts';

/** Meetings with IDs of 64 characters: each takes 77 characters of progress at most (`;id:100,100,100`). */
const ids = (count: number) => Array.from({ length: count }, (_, i) => `${String(i).padStart(2, '0')}-${'x'.repeat(61)}`);

test('51 such meetings fit both standards (3,928 characters); 52 (4,005) fit SCORM 1.2 only, and the 2004 build says why', () => {
  expect(courseRules(ids(51), { standard: 'scorm2004' }).meetings).toHaveLength(51);
  expect(courseRules(ids(52), { standard: 'scorm12' }).meetings).toHaveLength(52);
  expect(() => courseRules(ids(52), { standard: 'scorm2004' })).toThrow(
    "a course of these 52 meetings could need 4005 characters of progress, over the 4000 that SCORM 2004's 3rd edition guarantees",
  );
});

test.each([
  [[], 5, 0],
  [['a'], 5, 0.2],
  [['a', 'b'], 3, 0.67],
  [['a', 'b', 'c', 'd'], 3, 1],
])('with %j finished and %i required, the course is %d of the way to completion', (finished, required, measure) => {
  const best = Object.fromEntries(finished.map((id) => [id, { score: 50, skills: { listening: 50, closing: 50 } }]));
  expect(progressMeasure({ version: 2, best }, { meetings: ['a', 'b', 'c', 'd', 'e'], required, masteryScore: null })).toBe(
    measure,
  );
});
