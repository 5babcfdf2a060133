import { expect, test } from 'vitest';
import { addressed, addressScenario, parseScenario } from '../../src/engine/index.ts';
import { addressMarkupProblems } from '../../src/engine/scenario/address.ts';
import { readFixture } from './fixtures.ts';

const LINE = 'Honnêtement, je suis complète. {Je suis désolée|Je suis désolé|Toutes mes excuses}, Hélène.';

test('each form of address reads its own form of every choice, and the rest of the line as written', () => {
  expect(addressed(LINE, 'feminine')).toBe('Honnêtement, je suis complète. Je suis désolée, Hélène.');
  expect(addressed(LINE, 'masculine')).toBe('Honnêtement, je suis complète. Je suis désolé, Hélène.');
  expect(addressed(LINE, 'neutral')).toBe('Honnêtement, je suis complète. Toutes mes excuses, Hélène.');
  expect(addressed('{prête|prêt|là} et {ravie|ravi|heureuse de l’entendre}', 'masculine')).toBe('prêt et ravi');
  expect(addressed('Aucun accord ici.', 'feminine')).toBe('Aucun accord ici.');
});

test('a choice must give three non-empty forms in braces that pair', () => {
  expect(addressMarkupProblems(LINE)).toEqual([]);
  expect(addressMarkupProblems('{prête|prêt}')).toEqual([
    '{prête|prêt} gives 2 forms; write three, {feminine|masculine|neutral}',
  ]);
  expect(addressMarkupProblems('{prête||là}')).toEqual([
    '{prête||là} has an empty form; write all three, {feminine|masculine|neutral}',
  ]);
  expect(addressMarkupProblems('prête}')).toHaveLength(1);
  expect(addressMarkupProblems('{a|{b|c|d}|e}')).toHaveLength(1);
});

test('a whole scenario is worded for one form: French texts change, English and everything else stay', () => {
  const text = readFixture('small-meeting.yaml').replace(/say: \{ fr: ([^,]+), en:/, 'say: { fr: "{Prête|Prêt|On y va} ?", en:');
  const parsed = parseScenario(text, 'small-meeting.yaml');
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message).join('\n'));
  const start = parsed.value.start;
  const say = (s: typeof parsed.value) => (s.nodes[start] as { say?: { fr: string; en: string } }).say;
  const feminine = addressScenario(parsed.value, 'feminine');
  expect(say(feminine)?.fr).toBe('Prête ?');
  expect(say(addressScenario(parsed.value, 'neutral'))?.fr).toBe('On y va ?');
  expect(say(feminine)?.en).toBe(say(parsed.value)?.en);
  expect(feminine.nodes[start]?.kind).toBe(parsed.value.nodes[start]?.kind);
  // The scenario read is not changed: the markup stays for the other forms.
  expect(say(parsed.value)?.fr).toBe('{Prête|Prêt|On y va} ?');
});
