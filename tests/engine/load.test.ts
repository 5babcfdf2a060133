import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import {
  formatProblem,
  LESSON_IDS,
  LESSONS,
  MOVE_IDS,
  parseScenario,
  playToEnd,
  preferMoves,
  scenarioWarnings,
} from '../../src/engine/index.ts';
import { readFixture } from './fixtures.ts';

const valid = readFixture('small-meeting.yaml');

/** Replaces the first occurrence of `from` in the valid fixture and returns the problems found. */
function problemsAfter(from: string, to: string): string[] {
  if (!valid.includes(from)) throw new Error(`fixture has no "${from}"`);
  const result = parseScenario(valid.replace(from, to), 'small.yaml');
  return result.ok ? [] : result.errors.map(formatProblem);
}

/** The 1-based line of the first occurrence of `text` in the valid fixture. */
function lineOf(text: string): number {
  return valid.slice(0, valid.indexOf(text)).split('\n').length;
}

describe('parseScenario', () => {
  test('accepts the fixture and keeps its structure', () => {
    const result = parseScenario(valid, 'small.yaml');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.start).toBe('hello');
    expect(Object.keys(result.value.nodes)).toEqual(['hello', 'story', 'close', 'won', 'later', 'door']);
    expect(result.value.prospects[0]?.reactions?.interrupt).toEqual({ trust: -20, patience: -10 });
  });

  test.each([
    {
      name: 'a misspelt field, with a suggestion, at the field',
      from: '    prompt: { fr: Que',
      to: '    promt: { fr: Que',
      expected: `small.yaml:${lineOf('    prompt: { fr: Que')}:5: node "close": unknown field "promt" (did you mean "prompt"?); remove it or fix its spelling`,
    },
    {
      name: 'a missing translation',
      from: 'title: { fr: Petit rendez-vous, en: Small meeting }',
      to: 'title: { fr: Petit rendez-vous }',
      expected: `small.yaml:${lineOf('title: { fr: Petit')}:8: "title" is missing the English text ("en")`,
    },
    {
      name: 'a link to a node that does not exist',
      from: '      next: close\n  close:',
      to: '      next: clsoe\n  close:',
      expected: `small.yaml:${lineOf('      next: close\n  close:')}:7: node "story" leads to "clsoe", which does not exist (did you mean "close"?)`,
    },
    {
      name: 'an unknown move',
      from: 'moves: [force-decision]',
      to: 'moves: [force-decison]',
      expected: `small.yaml:${lineOf('moves: [force-decision]')}:17: node "close", option 1: "force-decison" is not a known move (did you mean "force-decision"?)`,
    },
    {
      name: 'an unknown lesson',
      from: 'lessons: [L11, L15, L16, L30]',
      to: 'lessons: [L11, L15, L16, L99]',
      expected: `small.yaml:${lineOf('lessons: [L11, L15, L16, L30]')}:26: "L99" is not a known lesson ID`,
    },
    {
      name: 'an unknown format version',
      from: 'format: 1',
      to: 'format: 2',
      expected: `small.yaml:${lineOf('format: 1')}:1: this file is format 2; this version of Rendez-vous reads format 1`,
    },
    {
      name: 'a YAML syntax error',
      from: 'setting: office',
      to: 'setting: [office',
      expected: 'small.yaml:',
    },
  ])('reports $name', ({ from, to, expected }) => {
    const problems = problemsAfter(from, to);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.some((p) => p.startsWith(expected))).toBe(true);
  });

  test('reports a node nobody reaches and a loop without an exit', () => {
    const problems = problemsAfter(
      '  won:\n',
      '  island:\n    kind: line\n    say: { fr: Seul., en: Alone. }\n    next: island\n  won:\n',
    );
    expect(problems).toContainEqual(expect.stringMatching(/node "island" cannot be reached from the start "hello"/));
  });

  test('a misspelt link is one problem, not one more for every node it cuts off', () => {
    // "hello" is the start and its only way on: misspelt, it would cut off every other node and leave
    // the meeting without an end.
    const spelt = problemsAfter('    next: story\n', '    next: stroy\n');
    expect(spelt).toEqual([
      `small.yaml:${lineOf('    next: story\n')}:5: node "hello" leads to "stroy", which does not exist (did you mean "story"?)`,
    ]);
    // With nothing close to guess from, the nodes cut off are reported: nobody knows what was meant.
    const unknown = problemsAfter('    next: story\n', '    next: zzzzz\n');
    expect(unknown).toContainEqual(expect.stringMatching(/node "story" cannot be reached from the start "hello"/));
    expect(unknown).toContainEqual(expect.stringMatching(/from node "hello" no ending can be reached/));
  });

  test('reports a reachable loop from which no ending can be reached', () => {
    const looping = valid
      .replace('        next: later\n      - text:', '        next: again\n      - text:')
      .replace('  won:\n', '  again:\n    kind: line\n    say: { fr: Encore., en: Again. }\n    next: again\n  won:\n');
    expect(looping).toContain('next: again');
    const result = parseScenario(looping, 'small.yaml');
    const problems = result.ok ? [] : result.errors.map(formatProblem);
    expect(problems).toContain(
      `small.yaml:${looping.split('\n').indexOf('  again:') + 1}:3: from node "again" no ending can be reached: the meeting would never end`,
    );
  });

  test('reports a flag no option sets and a variant that is not declared', () => {
    const problems = problemsAfter('when: { flags: [hidden-need] }', 'when: { flags: [hiden-need], variant: [money] }');
    expect(problems).toContainEqual(expect.stringMatching(/flag "hiden-need" is never set .*did you mean "hidden-need"/));
    expect(problems).toContainEqual(expect.stringMatching(/variant "money" is not declared/));
  });

  test('lists every problem at once rather than stopping at the first', () => {
    const broken = valid.replace('prompt: {', 'promt: {').replace('moves: [force-decision]', 'moves: [shout]');
    const result = parseScenario(broken, 'small.yaml');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.length).toBeGreaterThanOrEqual(2);
  });

  test('refuses an alias bomb without hanging', () => {
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x, x]',
      ...Array.from({ length: 9 }, (_, i) => {
        const prev = i === 0 ? 'a' : String.fromCharCode(98 + i - 1);
        const name = String.fromCharCode(98 + i);
        return `${name}: &${name} [*${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}]`;
      }),
    ].join('\n');
    const result = parseScenario(bomb, 'bomb.yaml');
    expect(result.ok).toBe(false);
  });
});

test('explains a text cut at a comma inside { fr: …, en: … }', () => {
  const text = readFixture('small-meeting.yaml').replace(
    'title: { fr: Petit rendez-vous, en: Small meeting }',
    'title: { fr: Petit, rendez-vous secret, en: Small meeting }',
  );
  const result = parseScenario(text, 'small.yaml');
  expect(result.ok ? [] : result.errors.map((e) => e.message)).toContain(
    '"rendez-vous secret" looks like the end of a text cut at a comma: put the whole text in quotes',
  );
});

describe('the worked example of docs/authoring.md', () => {
  const doc = readFileSync(fileURLToPath(new URL('../../docs/authoring.md', import.meta.url)), 'utf8');
  const example = /```yaml\n([\s\S]*?)```/.exec(doc)?.[1] ?? '';

  test('loads with no error and no warning, and points editors at the schema', () => {
    expect(example.split('\n')[0]).toBe('# yaml-language-server: $schema=../docs/scenario.schema.json');
    const result = parseScenario(example, 'authoring.md');
    expect(result.ok ? [] : result.errors.map(formatProblem)).toEqual([]);
    expect(scenarioWarnings(example, 'authoring.md').map(formatProblem)).toEqual([]);
  });

  test('plays as the text says it does', () => {
    const result = parseScenario(example, 'authoring.md');
    if (!result.ok) throw new Error('the example does not load');
    // Noting both parts (+5 trust each), letting her finish (+5): trust 65, the pain noted, so the
    // next-step option is offered and routes to Thursday; listening 50 + 10 + 10, closing 50 + 25.
    const attentive = playToEnd(result.value, 1, preferMoves(['take-note', 'let-finish', 'propose-next-step']));
    expect(attentive.endingId).toBe('thursday');
    expect(attentive.scores).toEqual({ listening: 70, closing: 75 });
    // Interrupting (-15 trust) then forcing the decision (-10): trust 25, listening 50 - 20, closing 50 - 20.
    const pushy = playToEnd(result.value, 1, preferMoves(['interrupt', 'force-decision']));
    expect(pushy.endingId).toBe('later');
    expect(pushy.scores).toEqual({ listening: 30, closing: 30 });
  });

  test('lists every move, and sends authors to the generated page that describes every lesson', () => {
    for (const id of MOVE_IDS) expect(doc).toContain(`| \`${id}\` |`);
    expect(doc).toContain('[`docs/lessons.md`](lessons.md)');
    const lessons = readFileSync('docs/lessons.md', 'utf8');
    for (const id of LESSON_IDS)
      expect(lessons).toContain(`| ${id} | **${LESSONS[id].title.en}** — ${LESSONS[id].description.en}`);
  });
});
