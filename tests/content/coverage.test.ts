import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { LESSONS_DOC, renderLessonsDoc, shippedScenarios } from '../../src/cli/lessons-doc.ts';
import { LESSON_IDS, LESSONS, lessonCoverage } from '../../src/engine/index.ts';

const scenarios = shippedScenarios();

test('every core lesson is trained by a shipped scenario and named by the debrief both when earned and when lost', () => {
  const gaps = lessonCoverage(scenarios)
    .filter(({ lesson }) => LESSONS[lesson].core)
    .flatMap(({ lesson, uses }) => [
      ...(uses.length === 0 ? [`${lesson}: no decision point trains it`] : []),
      ...(uses.length > 0 && !uses.some((u) => u.rewarded) ? [`${lesson}: no choice earns points under it`] : []),
      ...(uses.length > 0 && !uses.some((u) => u.penalised) ? [`${lesson}: no choice costs points under it`] : []),
    ]);
  expect(gaps).toEqual([]);
});

test('every lesson the sources teach is trained somewhere, core or not (L04, the account brief, was trained nowhere)', () => {
  const untrained = lessonCoverage(scenarios).flatMap(({ lesson, uses }) => (uses.length === 0 ? [lesson] : []));
  expect(untrained).toEqual([]);
});

test('docs/lessons.md is the table the files give (run `npm run lessons` after changing a scenario)', () => {
  expect(readFileSync(LESSONS_DOC, 'utf8')).toBe(renderLessonsDoc(scenarios));
});

test('the lesson list covers L01–L35 in order', () => {
  expect(LESSON_IDS).toEqual(Array.from({ length: 35 }, (_, i) => `L${String(i + 1).padStart(2, '0')}`));
});
