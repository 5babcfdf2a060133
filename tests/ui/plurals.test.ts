import { expect, test } from 'vitest';
import { plural } from '../../src/ui/plurals.ts';

const LOST = {
  one: { fr: '{count} point perdu', en: '{count} point lost' },
  other: { fr: '{count} points perdus', en: '{count} points lost' },
};

test.each([
  [0, 'fr', '0 point perdu'],
  [1, 'fr', '1 point perdu'],
  [2, 'fr', '2 points perdus'],
  [28, 'fr', '28 points perdus'],
  [0, 'en', '0 points lost'],
  [1, 'en', '1 point lost'],
  [2, 'en', '2 points lost'],
] as const)('%i in %s: %s', (count, lang, expected) => {
  expect(plural(count, LOST, lang)).toBe(expected);
});

test('a signed count agrees as its size', () => {
  const points = { one: { fr: '{count} point', en: '{count} point' }, other: { fr: '{count} points', en: '{count} points' } };
  expect(plural(-1, points, 'en', '−1')).toBe('−1 point');
  expect(plural(-12, points, 'fr', '−12')).toBe('−12 points');
});
