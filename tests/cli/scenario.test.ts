import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const fixture = 'tests/fixtures/small-meeting.yaml';
const mission = 'dialogues/mission-interview.yaml';

/** Runs `npm run scenario -- …` the way an author does (through tsx, from the project root). */
function scenario(args: string[], input?: string) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/scenario.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    input: input ?? '',
    timeout: 60_000,
  });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

interface JsonResult {
  outcome: string;
  scores: { listening: number; closing: number };
  moments: { skill: string; points: number; lesson: string; why: string; said: string }[];
}

function playJson(file: string, args: string[]): JsonResult {
  const run = scenario(['play', file, '--json', ...args]);
  expect(run.err).toBe('');
  expect(run.code).toBe(0);
  return JSON.parse(run.out) as JsonResult;
}

describe('scenario check', () => {
  test('passes a valid file', () => {
    const run = scenario(['check', fixture]);
    expect(run.code).toBe(0);
    expect(run.out).toContain('1 file(s) checked: no errors');
  });

  test('lists every problem as file:line:col and exits 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rv-check-'));
    const broken = join(dir, 'broken.yaml');
    const text = readFileSync(join(root, fixture), 'utf8').replace('prompt: {', 'promt: {').replace('next: door', 'next: dor');
    writeFileSync(broken, text);
    const run = scenario(['check', broken, join(dir, 'missing.yaml')]);
    expect(run.code).toBe(1);
    const lines = run.out.trim().split('\n');
    expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^${broken}:\\d+:5: node "close": unknown field "promt"`)));
    expect(lines).toContainEqual(`${join(dir, 'missing.yaml')}:1:1: cannot read the file (ENOENT)`);
    expect(lines.at(-1)).toBe('2 error(s) in 2 file(s)');
  });
});

describe('scenario play', () => {
  test('--choices plays a scripted session and --json reports outcome, scores and moments', () => {
    const result = playJson(fixture, ['--seed', '1', '--lang', 'en', '--choices', 'c,n,c,2']);
    expect(result.outcome).toBe('advance');
    expect(result.moments.map((m) => [m.skill, m.points, m.lesson])).toContainEqual(['listening', 10, 'L15']);
    expect(result.moments.find((m) => m.lesson === 'L15')?.why).toBe('Noted.');
  });

  test('--lang fr gives the reasons in French', () => {
    const result = playJson(fixture, ['--seed', '1', '--lang', 'fr', '--choices', 'c,n,c,2']);
    expect(result.moments.find((m) => m.lesson === 'L15')?.why).toBe('Noté.');
  });

  test('a choice that is not on offer is refused with what is possible', () => {
    const run = scenario(['play', fixture, '--choices', 'c,c,9']);
    expect(run.code).toBe(1);
    expect(run.err).toContain('"9" is not an option at node "close"; possible here: 1');
  });

  test('wrong arguments print the usage and exit 2', () => {
    const run = scenario(['play', fixture, '--lang', 'de']);
    expect(run.code).toBe(2);
    expect(run.err).toContain('--lang must be fr or en');
    expect(run.err).toContain('usage:');
  });

  test('plays interactively from standard input', () => {
    const run = scenario(['play', fixture, '--lang', 'en', '--seed', '1'], 'c\nn\nx\nc\n2\n');
    expect(run.code).toBe(0);
    expect(run.out).toContain('Anne Test: The budget blew up.');
    expect(run.out).toContain('"x" is not an option');
    expect(run.out).toContain('== Tuesday ==');
    expect(run.out).toMatch(/Listening: \d+\/100/);
  });
});

describe('the mission interview rewards listening and a concrete next step', () => {
  const listener = ['--prefer', 'open-question,take-note,let-finish,summarize,relaunch'];

  test.each([1, 2, 3])('seed %i: interrupting and over-selling scores clearly lower on listening', (seed) => {
    const rude = playJson(mission, ['--seed', String(seed), '--prefer', 'interrupt,oversell']);
    const attentive = playJson(mission, ['--seed', String(seed), ...listener]);
    expect(attentive.scores.listening - rude.scores.listening).toBeGreaterThanOrEqual(30);
    expect(rude.moments.some((m) => m.skill === 'listening' && m.points < 0 && m.lesson === 'L11')).toBe(true);
  });

  test.each([1, 2, 3])('seed %i: forcing the decision scores lower on closing than proposing a next step', (seed) => {
    const pushy = playJson(mission, ['--seed', String(seed), '--prefer', 'force-decision']);
    const concrete = playJson(mission, ['--seed', String(seed), '--prefer', 'propose-next-step']);
    expect(concrete.scores.closing).toBeGreaterThan(pushy.scores.closing);
    expect(pushy.moments.some((m) => m.skill === 'closing' && m.points < 0 && m.lesson === 'L30')).toBe(true);
  });
});
