/** Counts agree with their nouns as each language counts: French takes the singular for 0 and 1, English for 1 only. */
import { expect, test } from 'vitest';
import { counted, pluralOf } from '../../src/engine/scenario/lang.ts';
import { plural } from '../../src/ui/plural.ts';

const LOST = {
  one: { fr: '{count} point perdu', en: '{count} point lost' },
  other: { fr: '{count} points perdus', en: '{count} points lost' },
};

test.each([
  { count: 0, fr: '0 point perdu', en: '0 points lost' },
  { count: 1, fr: '1 point perdu', en: '1 point lost' },
  { count: 2, fr: '2 points perdus', en: '2 points lost' },
  { count: 11, fr: '11 points perdus', en: '11 points lost' },
])('$count: “$fr”, “$en”', ({ count, fr, en }) => {
  expect(plural(LOST, count, 'fr')).toBe(fr);
  expect(plural(LOST, count, 'en')).toBe(en);
});

test('other slots are filled beside the count, and an unknown slot is left as written', () => {
  const added = {
    one: { fr: '{count} rendez-vous ajouté depuis {file}', en: '{count} meeting added from {file}' },
    other: { fr: '{count} rendez-vous ajoutés depuis {file}', en: '{count} meetings added from {file}' },
  };
  expect(plural(added, 2, 'fr', { file: 'a.json' })).toBe('2 rendez-vous ajoutés depuis a.json');
  expect(plural(added, 1, 'en', { file: 'a.json' })).toBe('1 meeting added from a.json');
  expect(plural(added, 0, 'en')).toBe('0 meetings added from {file}');
});

test('the rule itself, and the command line’s phrases, follow it too', () => {
  expect([0, 1, 2].map((n) => pluralOf(n, 'fr'))).toEqual(['one', 'one', 'other']);
  expect([0, 1, 2].map((n) => pluralOf(n, 'en'))).toEqual(['other', 'one', 'other']);
  // French counts a million apart ("many"); it takes the plural.
  expect(pluralOf(1_000_000, 'fr')).toBe('other');
  expect(counted(0, 'fichier', 'fichiers', 'fr')).toBe('0 fichier');
  expect(counted(0, 'file', 'files')).toBe('0 files');
});
