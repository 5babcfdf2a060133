import { expect, test } from 'vitest';
import { readIntroductionEnd, writeIntroductionEnd } from '../../src/storage/introduction.ts';
import type { KeyValueStore } from '../../src/storage/preferences.ts';

const store = (values: Record<string, string>): KeyValueStore => ({
  getItem: (key) => values[key] ?? null,
  setItem: (key, value) => {
    values[key] = value;
  },
});

test.each([
  [{ 'rendez-vous.introduction': 'finished' }, 'finished'],
  [{ 'rendez-vous.introduction': 'skipped' }, 'skipped'],
  // A first launch, and anything this game never writes: the introduction is still due.
  [{}, null],
  [{ 'rendez-vous.introduction': 'true' }, null],
  [{ 'rendez-vous.introduction': ' finished' }, null],
  [{ 'rendez-vous.introduction': '<img src=x>' }, null],
])('stored %j reads back as %s', (values, expected) => {
  expect(readIntroductionEnd(store(values))).toBe(expected);
});

test('what is written reads back, and a store that throws or is missing counts as a first launch', () => {
  const values: Record<string, string> = {};
  writeIntroductionEnd(store(values), 'skipped');
  expect(values).toEqual({ 'rendez-vous.introduction': 'skipped' });
  expect(readIntroductionEnd(store(values))).toBe('skipped');
  const refusing: KeyValueStore = {
    getItem: () => {
      throw new Error('SecurityError');
    },
    setItem: () => {
      throw new Error('QuotaExceededError');
    },
  };
  expect(() => writeIntroductionEnd(refusing, 'finished')).not.toThrow();
  expect(readIntroductionEnd(refusing)).toBeNull();
  expect(readIntroductionEnd(null)).toBeNull();
});
