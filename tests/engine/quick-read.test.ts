import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parse, stringify, type ToStringOptions } from 'yaml';
import { readCarefully } from '../../src/engine/loading/load.ts';
import { quickRead } from '../../src/engine/loading/quick-read.ts';
import { readFixture } from './fixtures.ts';

/**
 * The quick path (js-yaml, nothing located) must read a valid file exactly as the careful path
 * (`yaml`, every node located) does, and give way to it at the first doubt. The fuzzing test checks
 * the same on damaged files; here valid files are written in every style YAML allows.
 */

const dialogues = fileURLToPath(new URL('../../dialogues/', import.meta.url));
const files = [
  ...readdirSync(dialogues)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => ({ name: f, text: readFileSync(`${dialogues}${f}`, 'utf8') })),
  ...['small-meeting.yaml', 'trainer-meeting.yaml'].map((f) => ({ name: f, text: readFixture(f) })),
];

function carefully(text: string) {
  const careful = readCarefully(text, 'quick.yaml');
  if (!careful.ok) throw new Error(`the careful path refuses it: ${careful.errors[0]?.message}`);
  return careful.value;
}

describe('the quick path reads valid files as the careful path does', () => {
  test.each(files)('$name', ({ text }) => {
    const quick = quickRead(text);
    // Null would mean every valid file takes the slow path: correct, but the quick path would be dead.
    expect(quick).not.toBeNull();
    expect(quick).toEqual(carefully(text));
  });

  test('the same scenarios rewritten in other YAML styles', () => {
    const style: fc.Arbitrary<ToStringOptions> = fc.record({
      collectionStyle: fc.constantFrom('any', 'block', 'flow'),
      defaultStringType: fc.constantFrom('PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE', 'BLOCK_LITERAL', 'BLOCK_FOLDED'),
      defaultKeyType: fc.constantFrom(null, 'PLAIN', 'QUOTE_DOUBLE'),
      indent: fc.integer({ min: 1, max: 8 }),
      indentSeq: fc.boolean(),
      lineWidth: fc.constantFrom(0, 20, 80),
      doubleQuotedAsJSON: fc.boolean(),
    });
    const values = files.map((f) => parse(f.text));
    const RUNS = 200;
    let quickly = 0;
    fc.assert(
      fc.property(fc.constantFrom(...values), style, fc.boolean(), (value, options, crlf) => {
        const written = stringify(value, options);
        const text = crlf ? written.replaceAll('\n', '\r\n') : written;
        const quick = quickRead(text);
        // Stepping aside is always allowed (the careful path then reads the file); reading otherwise is not.
        if (quick === null) return;
        quickly += 1;
        expect(quick).toEqual(carefully(text));
      }),
      { seed: 0x9c1d, numRuns: RUNS },
    );
    // Most styles hold no doubt at all: a quick path that stepped aside for all would be dead code.
    expect(quickly).toBeGreaterThan(RUNS / 2);
  }, 60_000);
});

describe('the quick path gives way at the first doubt', () => {
  const valid = readFixture('small-meeting.yaml');

  test.each([
    // Under YAML 1.1, `yes` is true: the careful path honours the directive, so the quick one steps aside.
    ['a %YAML directive', `%YAML 1.1\n---\n${valid}`],
    // The quick path does not weigh aliases inside repeated values.
    [
      'an alias to a value that holds an alias',
      valid
        .replace(
          'title: { fr: Petit rendez-vous, en: Small meeting }',
          'title: &title { fr: &name Petit rendez-vous, en: *name }',
        )
        .replace('summary: { fr: Un rendez-vous de test., en: A test meeting. }', 'summary: *title'),
    ],
    [
      'a line break escaped inside double quotes',
      valid.replace('fr: Un rendez-vous de test.', 'fr: "Un rendez-vous \\\n  de test."'),
    ],
  ])('a legal file with %s is left to the careful path', (_, text) => {
    expect(text).not.toBe(valid);
    expect(quickRead(text)).toBeNull();
    expect(readCarefully(text, 'doubt.yaml').ok).toBe(true);
  });

  test.each([
    ['a key written twice', valid.replace('setting: office', 'setting: office\nsetting: cafe')],
    ['a syntax error', valid.replace('setting: office', 'setting: [office')],
    ['a schema error', valid.replace('setting: office', 'setting: garden')],
    ['a broken link', valid.replace(/next: (\S+)/, 'next: nowhere')],
  ])('a file with %s is left to the careful path, which explains it', (_, text) => {
    expect(text).not.toBe(valid);
    expect(quickRead(text)).toBeNull();
    expect(readCarefully(text, 'doubt.yaml').ok).toBe(false);
  });
});

test('a value repeated through an alias is read the same by both paths', () => {
  const text = readFixture('small-meeting.yaml').replace(
    'rubric:\n  listening: { base: 50 }\n  closing: { base: 50 }',
    'rubric:\n  listening: &half { base: 50 }\n  closing: *half',
  );
  expect(text).toContain('*half');
  const quick = quickRead(text);
  expect(quick?.rubric.closing.base).toBe(50);
  expect(quick).toEqual(carefully(text));
});
