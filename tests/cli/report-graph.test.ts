import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { loadFixture, shownOnScreen } from '../engine/fixtures.ts';
import { runScenario as scenario, tokensFor } from './run-scenario.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
// Its 40 paths are counted by hand in the file's header comment.
const twoDecisions = 'tests/fixtures/report/two-decisions.yaml';

describe('scenario report', { timeout: 60_000 }, () => {
  test('--json gives the counts, endings and extremes', async () => {
    const run = await scenario(['report', twoDecisions, '--json']);
    // Only the progress goes to stderr, so that stdout parses as JSON.
    expect(run.err.trim()).toMatch(/^variante 1 sur 1 parcourue \(\d+ états\)$/);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.out);
    expect(report.file).toBe(twoDecisions);
    expect(report.variants[0].paths).toBe(40);
    expect(report.variants[0].method.kind).toBe('exhaustive');
    expect(report.variants[0].endings.map((e: { paths: number }) => e.paths)).toEqual([20, 20]);
    expect(report.variants[0].skills.listening.worst.scores.listening).toBe(10);
    expect(report.findings).toEqual([]);
  });

  test('the text is in the language asked for, with paths to replay', async () => {
    const en = await scenario(['report', twoDecisions, '--lang', 'en']);
    expect(en.code).toBe(0);
    expect(en.out).toContain('40 paths, every one walked');
    expect(en.out).toMatch(/Listening: best 80, worst 10/);
    expect(en.out).toContain('nothing suspicious');
    const fr = await scenario(['report', 'tests/fixtures/report/findings.yaml']);
    expect(fr.out).toContain('3 chemins, tous parcourus');
    expect(fr.out).toContain('décision «\u00a0ask\u00a0»\u00a0: les options 1 et 2 ont exactement les mêmes effets');
    expect(fr.out).toContain('--choices 3 → lucky');
  });

  test('--max-states bounds the exact walk: past it the report samples and says how to walk it all', async () => {
    const run = await scenario(['report', twoDecisions, '--lang', 'en', '--max-states', '5']);
    expect(run.code).toBe(0);
    expect(run.err.trim()).toBe('variant 1 of 1 walked (sampled)');
    expect(run.out).toContain('SAMPLED: more than 5 states');
    expect(run.out).toContain('raise --max-states to walk them all');
    const bad = await scenario(['report', twoDecisions, '--max-states', 'lots']);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--max-states must be a whole number of states, such as 1000000, not "lots"');
  });

  test('a file that cannot be read or does not check exits 1 with located problems', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rv-report-'));
    const broken = join(dir, 'broken.yaml');
    writeFileSync(broken, readFileSync(join(root, twoDecisions), 'utf8').replace('next: second', 'next: secnd'));
    const run = await scenario(['report', broken]);
    expect(run.code).toBe(1);
    expect(run.err).toMatch(new RegExp(`^${broken}:\\d+:\\d+: .*"secnd".*did you mean "second"`, 'm'));
    const missing = await scenario(['graph', join(dir, 'missing.yaml')]);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('cannot read the file (ENOENT)');
  });

  test('without a file: the usage, exit 2', async () => {
    const run = await scenario(['report']);
    expect(run.code).toBe(2);
    expect(run.err).toContain('report needs exactly one scenario file');
    expect(run.err).toContain('npm run scenario -- graph');
  });
});

describe('scenario graph', { timeout: 60_000 }, () => {
  test('prints the flowchart, or writes it in a mermaid fence with --out', async () => {
    const run = await scenario(['graph', twoDecisions, '--lang', 'en']);
    expect(run.code).toBe(0);
    expect(run.out.startsWith('flowchart TD\n')).toBe(true);
    const out = join(mkdtempSync(join(tmpdir(), 'rv-graph-')), 'two.md');
    const written = await scenario(['graph', twoDecisions, '--out', out]);
    expect(written.code).toBe(0);
    const markdown = readFileSync(out, 'utf8');
    expect(markdown).toMatch(/^# Deux décisions\n\n```mermaid\nflowchart TD\n[\s\S]*\n```\n$/);
  });
});

describe('scenario play --from and --set', { timeout: 60_000 }, () => {
  test('starts at a node after the shortest path (which interrupts the story) and plays on', async () => {
    // --json lists the order "second" showed its options in: the token of the date is its place there.
    const first = JSON.parse((await scenario(['play', twoDecisions, '--from', 'second', '--choices', '1', '--json'])).out);
    const date = first.decisions[0].shown.findIndex((o: { option: number }) => o.option === 0);
    expect(first.decisions[0].shown[date].text).toBe('Je vous rappelle mardi ?');
    const run = await scenario(['play', twoDecisions, '--from', 'second', '--choices', String(date + 1), '--json']);
    expect(run.err).toBe('');
    const result = JSON.parse(run.out);
    expect(result.decisions).toEqual([{ node: 'second', shown: first.decisions[0].shown, chose: 0, token: String(date + 1) }]);
    // Shortest path: continue, interrupt (−20), continue, the option shown first at "first" (the
    // game's screen order), continue; then a date (+30 closing).
    const path = result.actions.slice(0, 5);
    expect(path.map((a: { kind: string }) => a.kind)).toEqual(['continue', 'interrupt', 'continue', 'choose', 'continue']);
    const [atFirst] = shownOnScreen(loadFixture('report/two-decisions.yaml'), 1, path);
    expect(path[3].index).toBe(atFirst?.shown[0]);
    // Its first option is the open question (+20), its second the monologue (−20).
    expect(result.ending).toBe('agreed');
    expect(result.scores).toEqual({ listening: path[3].index === 0 ? 50 : 10, closing: 80 });
  });

  test('interactive play says where it starts, and numbers the options as the game shows them', async () => {
    // After the shortest path to "first" (which interrupts the story): any option, then "When do you sign?".
    const [, any, sign] = tokensFor(loadFixture('report/two-decisions.yaml'), 1, ['i', 0, 1]);
    const run = await scenario(
      ['play', twoDecisions, '--from', 'first', '--set', 'trust=20', '--lang', 'en'],
      `${any}\n${sign}\n`,
    );
    expect(run.code).toBe(0);
    expect(run.out).toContain('(starting at node "first", after the 3 actions of the shortest path)');
    expect(run.out).toContain(`  ${sign}. When do you sign?`);
    expect(run.out).toContain(`  ${any}. How do you do it?`);
    expect(run.out).toContain('== No ==');
  });

  test.each([
    [['--from', 'secnd'], '--from: no node "secnd" (did you mean "second"?)'],
    [['--set', 'trsut=20'], 'unknown name "trsut" (did you mean "trust"?)'],
  ])('%j is refused with a suggestion', async (args, message) => {
    const run = await scenario(['play', twoDecisions, ...args, '--choices', '1']);
    expect(run.code).toBe(1);
    expect(run.err).toContain(message);
  });
});
