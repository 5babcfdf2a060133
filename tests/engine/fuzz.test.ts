import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll, describe, expect, test } from 'vitest';
import { stringify } from 'yaml';
import { checkFiles } from '../../src/cli/check.ts';
import { screenFile } from '../../src/content/untrusted.ts';
import { formatProblem, parseScenario, playToEnd, preferMoves, scenarioWarnings } from '../../src/engine/index.ts';
import { readCarefully } from '../../src/engine/loading/load.ts';
import { quickRead } from '../../src/engine/loading/quick-read.ts';
import { byteLength, MAX_SCENARIO_BYTES } from '../../src/engine/loading/size-limit.ts';
import { readFixture } from './fixtures.ts';

/**
 * Fuzzing of the scenario loader: thousands of damaged versions of real scenario files, and random
 * YAML and bytes, go through the loader that reads a trainer's file (`parseScenario`, the one the
 * browser import and the command line use) and through the warnings of `scenario check`. Each must
 * give a scenario or a list of located, readable problems: never an exception, never a hang.
 * fast-check's seeds are fixed so that a failure reproduces; on failure it prints the seed and the
 * smallest input it found.
 */

const dialogues = fileURLToPath(new URL('../../dialogues/', import.meta.url));
const shipped = readdirSync(dialogues)
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .map((f) => ({ name: f, text: readFileSync(`${dialogues}${f}`, 'utf8') }));
const small = { name: 'small-meeting.yaml', text: readFixture('small-meeting.yaml') };

/**
 * A hang guard, not a performance goal: the largest shipped file loads in tens of milliseconds, so
 * one call taking many seconds means something grows out of control (an alias bomb expanded, a
 * backtracking expression, a walk that does not stop). The slowest honest input found so far is a
 * line of 60,000 double quotes: the YAML parser raises 30,000 errors in about half a second. The
 * guard counts this process's CPU time, not the wall clock, and leaves a wide margin: on a CI
 * machine busy with other work a call of 0.5 s once took 2 s of wall clock.
 */
const HANG_CPU_MS = 10_000;
let slowest = { ms: 0, input: '' };

afterAll(() => {
  // Printed so that a creeping slowdown shows in the log long before it trips the guard.
  console.info(`slowest fuzzed input: ${slowest.ms.toFixed(0)} ms of CPU (${slowest.input})`);
});

function timed<T>(text: string, load: () => T): T {
  const started = process.cpuUsage();
  const value = load();
  const used = process.cpuUsage(started);
  const ms = (used.user + used.system) / 1000;
  if (ms > slowest.ms) slowest = { ms, input: `${text.length} chars: ${JSON.stringify(text.slice(0, 60))}…` };
  expect(ms, `one call took ${ms.toFixed(0)} ms of CPU`).toBeLessThan(HANG_CPU_MS);
  return value;
}

/** What every input must give: a scenario, or problems a trainer can find in the file and read. */
function expectAnswer(text: string, file = 'fuzz.yaml') {
  const parsed = timed(text, () => parseScenario(text, file));
  const warnings = timed(text, () => scenarioWarnings(text, file));
  // The quick path may accept only what the careful path reads, exactly as the careful path reads it.
  const quick = quickRead(text);
  if (quick !== null) expect(readCarefully(text, file)).toEqual({ ok: true, value: quick });

  const problems = parsed.ok ? warnings : parsed.errors;
  if (!parsed.ok) expect(problems.length).toBeGreaterThan(0);
  for (const problem of problems) {
    expect(problem.file).toBe(file);
    expect(Number.isInteger(problem.line) && problem.line >= 1, `line ${problem.line}`).toBe(true);
    expect(Number.isInteger(problem.column) && problem.column >= 1, `column ${problem.column}`).toBe(true);
    expect(problem.message.trim()).not.toBe('');
    // An internal failure is no help to a trainer: a stack overflow, an object printed as such, a stack trace.
    expect(problem.message).not.toMatch(/call stack|\[object |\n {4}at /);
    expect(problem.severity).toBe(parsed.ok ? 'warning' : 'error');
  }
  // A file the loader accepts must play: a damaged link or condition must not slip through to the game.
  if (parsed.ok) playToEnd(parsed.value, 1, preferMoves([]), 1000);
  return parsed;
}

/** The text as lines, changed by one edit; indices wrap around, so any number picks a line. */
type Edit = (lines: string[]) => string[];
const at = (lines: readonly string[], i: number) => (lines.length === 0 ? 0 : i % lines.length);
const replaceLine = (lines: string[], i: number, line: string) => lines.map((l, k) => (k === at(lines, i) ? line : l));

/** A value of the wrong kind, or a YAML token with a meaning of its own where a text was expected. */
const wrongValue = fc.constantFrom(
  '123',
  '-1',
  '1.5',
  '1e999',
  '.nan',
  'true',
  'null',
  '~',
  '[]',
  '{}',
  '""',
  '[1, 2]',
  '{ fr: 1, en: [] }',
  '!!binary aGk=',
  '!!set { a, b }',
  '!unknown-tag x',
  '2001-12-14',
  '0x1F',
  '"\\u0000"',
  '&anchor',
  '*nowhere',
  '|',
  '>-',
  '- a',
  '? a',
  '%YAML 1.1',
  '@',
  '`',
  '#',
  ': :',
  '<<: *nowhere',
  'a: b: c',
  '"unclosed',
  "'unclosed",
  '[unclosed',
  '{ unclosed',
);

/** An alias bomb ("billion laughs"): each level repeats the one below `width` times. */
function aliasBombLines(levels: number, width: number): string[] {
  return [
    'lol0: &lol0 "lol"',
    ...Array.from(
      { length: levels },
      (_, i) => `lol${i + 1}: &lol${i + 1} [${Array.from({ length: width }, () => `*lol${i}`).join(', ')}]`,
    ),
  ];
}
const aliasBomb = fc
  .record({ levels: fc.integer({ min: 1, max: 12 }), width: fc.integer({ min: 2, max: 12 }) })
  .map(({ levels, width }) => aliasBombLines(levels, width));

/** Brackets or list dashes nested thousands deep, closed or not. */
const deepNesting = fc
  .record({
    depth: fc.integer({ min: 1, max: 20_000 }),
    open: fc.constantFrom('[', '{ a: ', '- ', '[{ a: '),
    closed: fc.boolean(),
  })
  .map(({ depth, open, closed }) => {
    const close = open === '[' ? ']' : open === '{ a: ' ? '}' : open === '[{ a: ' ? '}]' : '';
    return `${open.repeat(depth)}x${closed ? close.repeat(depth) : ''}`;
  });

const hugeString = fc
  .record({ size: fc.integer({ min: 1_000, max: 60_000 }), unit: fc.constantFrom('a', 'é', ' ', '"', '\\', '😀', 'lol ') })
  .map(({ size, unit }) => unit.repeat(Math.ceil(size / unit.length)));

/** Bytes that need not be UTF-8, decoded as the browser decodes a file (invalid sequences become U+FFFD). */
const decodedBytes = fc.uint8Array({ maxLength: 200 }).map((bytes) => new TextDecoder().decode(bytes));

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.nat().map(
    (i): Edit =>
      (lines) =>
        lines.filter((_, k) => k !== at(lines, i)),
  ),
  fc.nat().map(
    (i): Edit =>
      (lines) =>
        lines.flatMap((l, k) => (k === at(lines, i) ? [l, l] : [l])),
  ),
  fc.tuple(fc.nat(), fc.nat()).map(
    ([i, j]): Edit =>
      (lines) => {
        const out = [...lines];
        const [a, b] = [at(lines, i), at(lines, j)];
        [out[a], out[b]] = [out[b] ?? '', out[a] ?? ''];
        return out;
      },
  ),
  fc.tuple(fc.nat(), fc.integer({ min: -6, max: 6 }), fc.boolean()).map(
    ([i, shift, tab]): Edit =>
      (lines) => {
        const line = lines[at(lines, i)] ?? '';
        const indent = Math.max(0, line.length - line.trimStart().length + shift);
        return replaceLine(lines, i, `${tab ? '\t' : ' '.repeat(indent)}${line.trimStart()}`);
      },
  ),
  fc.tuple(fc.nat(), fc.oneof(wrongValue, hugeString, deepNesting, decodedBytes)).map(
    ([i, value]): Edit =>
      (lines) => {
        const line = lines[at(lines, i)] ?? '';
        const key = /^(\s*(?:- )?[^:#'"]*:\s)/.exec(line)?.[1] ?? /^(\s*- )/.exec(line)?.[1] ?? line;
        return replaceLine(lines, i, `${key}${value}`);
      },
  ),
  fc
    .tuple(
      fc.nat(),
      fc.oneof(
        aliasBomb,
        deepNesting.map((d) => [`bomb: ${d}`]),
      ),
    )
    .map(
      ([i, inserted]): Edit =>
        (lines) => [...lines.slice(0, at(lines, i)), ...inserted, ...lines.slice(at(lines, i))],
    ),
  // The same value used twice through an anchor: legal YAML that real authors may write.
  fc.tuple(fc.nat(), fc.nat()).map(
    ([i, j]): Edit =>
      (lines) => {
        const a = /^(\s*[a-z]+:\s)(.+)$/.exec(lines[at(lines, i)] ?? '');
        const b = /^(\s*[a-z]+:\s)(.+)$/.exec(lines[at(lines, j)] ?? '');
        if (!a || !b || at(lines, i) >= at(lines, j)) return lines;
        return replaceLine(replaceLine(lines, i, `${a[1]}&shared ${a[2]}`), j, `${b[1]}*shared`);
      },
  ),
  fc.tuple(fc.nat(), decodedBytes).map(
    ([i, bytes]): Edit =>
      (lines) => {
        const line = lines[at(lines, i)] ?? '';
        const cut = i % (line.length + 1);
        return replaceLine(lines, i, `${line.slice(0, cut)}${bytes}${line.slice(cut)}`);
      },
  ),
  fc.nat().map(
    (i): Edit =>
      (lines) =>
        lines.slice(0, at(lines, i)),
  ),
);

/** A text with a few edits applied, and, sometimes, a byte-order mark or Windows line ends. */
function damaged(text: string) {
  return fc
    .record({ edits: fc.array(edit, { minLength: 1, maxLength: 4 }), bom: fc.boolean(), crlf: fc.boolean() })
    .map(({ edits, bom, crlf }) => {
      const lines = edits.reduce((current, e) => e(current), text.split('\n'));
      return `${bom ? '\uFEFF' : ''}${lines.join(crlf ? '\r\n' : '\n')}`;
    });
}

/** A run of lines out of a real file: the syntax authors write, small enough to fuzz by the thousand. */
function excerpt(text: string) {
  const lines = text.split('\n');
  return fc
    .tuple(fc.nat({ max: lines.length - 1 }), fc.integer({ min: 1, max: 120 }))
    .map(([from, count]) => lines.slice(from, from + count).join('\n'));
}

describe('the loader never throws, whatever the file', () => {
  test.each([
    ['an empty file', ''],
    ['only a comment', '# nothing here\n'],
    ['only a byte-order mark', '\uFEFF'],
    ['only a document marker', '---\n'],
    ['two documents', 'format: 1\n---\nformat: 1\n'],
    ['a NUL byte', 'format: 1\nid: "a\0b"\n'],
    ['an alias to no anchor', 'format: 1\nid: *nowhere\n'],
    ['an alias bomb', aliasBombLines(9, 9).join('\n')],
    ['ten thousand open brackets', '['.repeat(10_000)],
    ['ten thousand nested brackets', `${'['.repeat(10_000)}${']'.repeat(10_000)}`],
    ['ten thousand nested maps', `${'{ a: '.repeat(10_000)}1${'}'.repeat(10_000)}`],
    ['lists nested by indentation', Array.from({ length: 3000 }, (_, i) => `${' '.repeat(i)}- `).join('\n')],
    ['a title of 600 KB', small.text.replace('en: Small meeting', `en: ${'a'.repeat(600_000)}`)],
    ['a key of 300 KB', small.text.replace('nodes:', `${'k'.repeat(300_000)}: 1\nnodes:`)],
    ['Latin-1 bytes read as UTF-8', new TextDecoder().decode(Uint8Array.from(small.text, (c) => c.charCodeAt(0) & 0xff))],
  ])('%s', (_, text) => {
    expectAnswer(text);
    expect(() => checkFiles(['fuzz.yaml'], () => text)).not.toThrow();
  });

  test('an alias bomb in a valid file is refused with a located message', () => {
    const bomb = aliasBombLines(9, 9);
    const text = `${small.text}\nextra:\n${bomb.map((l) => `  ${l}`).join('\n')}\n`;
    const parsed = expectAnswer(text);
    if (parsed.ok) throw new Error('the alias bomb loaded');
    // At the first alias, on the bomb's second line: the fixture's lines, then a blank line and "extra:".
    const fixtureLines = small.text.split('\n').length - 1;
    expect(parsed.errors.map((e) => [e.line, e.column, e.message])).toEqual([
      [
        fixtureLines + 4,
        // "  lol1: &lol1 [" is 15 characters: the first alias follows.
        16,
        'from here on, aliases ("*name") would repeat values more than a hundred times over, which no scenario needs; write the values out',
      ],
    ]);
    expect(scenarioWarnings(text, 'fuzz.yaml')).toEqual([]);
  });

  test('a line that breaks every two characters gives twenty problems and a count of the rest', () => {
    // `id: ""` is an empty text; each of the 29 pairs of quotes after it, at columns 7, 9, … 63, is an error.
    const parsed = expectAnswer(`id: ${'"'.repeat(60)}\n`, 'quotes.yaml');
    if (parsed.ok) throw new Error('a line of quotes loaded');
    const shown = parsed.errors.map(formatProblem);
    expect(shown).toHaveLength(21);
    expect(shown[0]).toBe('quotes.yaml:1:7: YAML syntax: Unexpected double-quoted-scalar at node end');
    expect(shown[19]).toBe('quotes.yaml:1:45: YAML syntax: Unexpected double-quoted-scalar at node end');
    expect(shown[20]).toBe('quotes.yaml:1:47: YAML syntax: 9 more problems from here on; fix the ones above first');
  });

  test('a value or field name thousands of characters long is quoted cut short', () => {
    const long = 'a'.repeat(5000);
    const cut = `"${'a'.repeat(60)}…"`;
    const messages = [
      small.text.replace('setting: office', `setting: ${long}`),
      small.text.replace('nodes:', `${long.slice(0, 900)}: 1\nnodes:`),
    ].map((text) => {
      const parsed = expectAnswer(text);
      return parsed.ok ? [] : parsed.errors.map((e) => e.message);
    });
    expect(messages).toEqual([
      [`${cut} is not a known setting; expected one of: office, cafe, phone, panel`],
      [`unknown field ${cut}; remove it or fix its spelling`],
    ]);
  });

  test('a file over the browser import limit is refused before it is read', () => {
    const text = 'x'.repeat(MAX_SCENARIO_BYTES + 1);
    expect(screenFile('big.yaml', byteLength(text))).toEqual({ kind: 'too-large', bytes: MAX_SCENARIO_BYTES + 1 });
  });

  test('damaged versions of the small meeting, which shows every feature', () => {
    fc.assert(
      fc.property(damaged(small.text), (text) => {
        expectAnswer(text);
      }),
      { seed: 0xf022, numRuns: 300 },
    );
  }, 120_000);

  // A fixed number of inputs shared among the shipped files, so the run time does not grow with them.
  const shippedText = fc.constantFrom(...shipped.map((f) => f.text));

  test('damaged excerpts of the shipped scenarios', () => {
    fc.assert(
      fc.property(shippedText.chain(excerpt).chain(damaged), (fragment) => {
        expectAnswer(fragment);
      }),
      { seed: 0xe8c3, numRuns: 300 },
    );
  }, 120_000);

  test('damaged versions of whole shipped scenarios', () => {
    fc.assert(
      fc.property(shippedText.chain(damaged), (whole) => {
        expectAnswer(whole);
      }),
      { seed: 0x3a7e, numRuns: 40 },
    );
  }, 120_000);

  test('random YAML documents, some shaped like a scenario', () => {
    const field = fc.constantFrom('format', 'id', 'version', 'title', 'lessons', 'prospects', 'start', 'nodes', 'rubric');
    const scenarioLike = fc.dictionary(field, fc.jsonValue({ maxDepth: 4 })).map((d) => ({ format: 1, ...d }));
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue({ maxDepth: 6 }), scenarioLike), (value) => {
        expectAnswer(stringify(value));
      }),
      { seed: 0x9a11, numRuns: 1000 },
    );
  }, 120_000);

  test('random text and bytes', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), decodedBytes), (text) => {
        expectAnswer(text);
      }),
      { seed: 0xb17e, numRuns: 1000 },
    );
  }, 120_000);
});
