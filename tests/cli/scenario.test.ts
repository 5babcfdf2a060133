import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { runScenario as scenario, spawnScenario } from './run-scenario.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const fixture = 'tests/fixtures/small-meeting.yaml';
const mission = 'dialogues/mission-interview.yaml';

interface JsonResult {
  outcome: string;
  scores: { listening: number; closing: number };
  moments: { skill: string; points: number; lesson: string; why: string; said: string }[];
}

async function playJson(file: string, args: string[]): Promise<JsonResult> {
  const run = await scenario(['play', file, '--json', ...args]);
  expect(run.err).toBe('');
  expect(run.code).toBe(0);
  return JSON.parse(run.out) as JsonResult;
}

describe('the real command', () => {
  test('prints texts taken from a file with their control characters escaped, never raw', () => {
    // The field name erases the line, returns to its start and prints a green success over the error.
    const check = spawnScenario(['check', 'tests/fixtures/terminal-escapes.yaml']);
    expect(check.code).toBe(1);
    const printed = check.out + check.err;
    for (const raw of ['\u001b', '\r', '\u202e']) expect(printed).not.toContain(raw);
    expect(printed).toContain('unknown field "\\x1b[2K\\x0d\\x1b[32m1 file(s) checked: no errors\\x1b[0m\\u202e"');

    // A line of dialogue that clears the screen, played in the terminal.
    const dir = mkdtempSync(join(tmpdir(), 'rdv-escapes-'));
    const file = join(dir, 'meeting.yaml');
    const text = readFileSync(join(root, fixture), 'utf8')
      .replace('fr: Vous entrez.', 'fr: "Vous entrez.\\e[2J"')
      .replace('fr: Vous entrez dans un bureau tendu.', 'fr: "Vous entrez dans un bureau tendu.\\e[2J"');
    writeFileSync(file, text);
    // No answer typed: the first lines are printed, then the game stops at the first question.
    const play = spawnScenario(['play', file]);
    expect(play.out + play.err).not.toContain('\u001b');
    expect(play.out).toMatch(/Vous entrez( dans un bureau tendu)?\.\\x1b\[2J/);
  });

  // The other tests run the command's function in this process; these run `npm run scenario` as a
  // process, for what only a process has: its exit code, its standard streams and piped answers.
  test('exits 1 and prints located problems on standard output when a file does not check', () => {
    const run = spawnScenario(['check', fixture, 'tests/fixtures/no-such-file.yaml']);
    expect(run.code).toBe(1);
    expect(run.out).toContain('tests/fixtures/no-such-file.yaml:1:1: cannot read the file (ENOENT)');
    expect(run.err).toBe('');
  });

  test('reads answers piped on standard input and ends when they have ended the meeting', () => {
    const run = spawnScenario(['play', fixture, '--lang', 'en', '--seed', '1'], 'c\nn\nc\n2\n');
    expect(run.code).toBe(0);
    expect(run.out).toContain('== Tuesday ==');
  });
});

describe('scenario check', () => {
  test('passes a valid file', async () => {
    const run = await scenario(['check', fixture]);
    expect(run.code).toBe(0);
    expect(run.out).toContain('1 file checked: no errors');
  });

  test('lists every problem as file:line:col and exits 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rv-check-'));
    const broken = join(dir, 'broken.yaml');
    const text = readFileSync(join(root, fixture), 'utf8').replace('prompt: {', 'promt: {').replace('next: door', 'next: dor');
    writeFileSync(broken, text);
    const run = await scenario(['check', broken, join(dir, 'missing.yaml')]);
    expect(run.code).toBe(1);
    const lines = run.out.trim().split('\n');
    expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^${broken}:\\d+:5: node "close": unknown field "promt"`)));
    expect(lines).toContainEqual(`${join(dir, 'missing.yaml')}:1:1: cannot read the file (ENOENT)`);
    expect(lines.at(-1)).toBe('2 errors in 2 files');
  });
});

describe('scenario play', () => {
  test('--choices plays a scripted session and --json reports outcome, scores and moments', async () => {
    const result = await playJson(fixture, ['--seed', '1', '--lang', 'en', '--choices', 'c,n,c,2']);
    expect(result.outcome).toBe('advance');
    expect(result.moments.map((m) => [m.skill, m.points, m.lesson])).toContainEqual(['listening', 10, 'L15']);
    expect(result.moments.find((m) => m.lesson === 'L15')?.why).toBe('Noted.');
  });

  test('--lang fr gives the reasons in French', async () => {
    const result = await playJson(fixture, ['--seed', '1', '--lang', 'fr', '--choices', 'c,n,c,2']);
    expect(result.moments.find((m) => m.lesson === 'L15')?.why).toBe('Noté.');
  });

  test('a choice that is not on offer is refused with what is possible', async () => {
    const run = await scenario(['play', fixture, '--choices', 'c,c,9']);
    expect(run.code).toBe(1);
    expect(run.err).toContain('"9" is not an option at node "close"; possible here: 1');
  });

  test('wrong arguments print the usage and exit 2', async () => {
    const run = await scenario(['play', fixture, '--lang', 'de']);
    expect(run.code).toBe(2);
    expect(run.err).toContain('--lang must be fr or en');
    expect(run.err).toContain('usage:');
  });

  test('plays interactively from standard input', async () => {
    const run = await scenario(['play', fixture, '--lang', 'en', '--seed', '1'], 'c\nn\nx\nc\n2\n');
    expect(run.code).toBe(0);
    expect(run.out).toContain('Anne Test: The budget blew up.');
    expect(run.out).toContain('"x" is not an option');
    expect(run.out).toContain('== Tuesday ==');
    expect(run.out).toMatch(/Listening: \d+\/100/);
  });
});

describe('scenario play in French', () => {
  test('sets its colons with a no-break space, quotes the player once, and keeps the marks of a line already quoted', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rendez-vous-play-fr-'));
    const quotedLine = join(dir, 'quoted.yaml');
    const text = readFileSync(join(root, fixture), 'utf8');
    expect(text).toContain('{ fr: Je serai cet allié ; on se revoit mardi ?,');
    // The author puts the player's words in guillemets, as a whisper to a colleague would be written.
    writeFileSync(
      quotedLine,
      text.replace('{ fr: Je serai cet allié ; on se revoit mardi ?,', '{ fr: "« Je serai cet allié ; mardi ? »",'),
    );
    const run = await scenario(['play', quotedLine, '--lang', 'fr', '--seed', '1'], 'c\nc\nc\n2\n');
    expect(run.code).toBe(0);
    expect(run.out).toContain('Vous\u00a0: « Je serai cet allié ; mardi ? »');
    expect(run.out).not.toContain('« «');
    expect(run.out).toContain('Anne Test\u00a0: Premier morceau.');
    expect(run.out).toMatch(/Issue\u00a0: avancée\u00a0: /);
    expect(run.out).toMatch(/Écoute\u00a0: \d+\/100/);
  });
});

describe('the mission interview rewards listening and a concrete next step', () => {
  const listener = ['--prefer', 'open-question,take-note,let-finish,summarize,relaunch'];

  test.each([1, 2, 3])('seed %i: interrupting and over-selling scores clearly lower on listening', async (seed) => {
    const rude = await playJson(mission, ['--seed', String(seed), '--prefer', 'interrupt,oversell']);
    const attentive = await playJson(mission, ['--seed', String(seed), ...listener]);
    expect(attentive.scores.listening - rude.scores.listening).toBeGreaterThanOrEqual(30);
    expect(rude.moments.some((m) => m.skill === 'listening' && m.points < 0 && m.lesson === 'L11')).toBe(true);
  });

  test.each([1, 2, 3])('seed %i: forcing the decision scores lower on closing than proposing a next step', async (seed) => {
    // The same listener otherwise: only the habit at the close differs (alone, either style takes the
    // first option everywhere else, and both sink to 0).
    const moves = listener[1];
    const pushy = await playJson(mission, ['--seed', String(seed), '--prefer', `force-decision,${moves}`]);
    const concrete = await playJson(mission, ['--seed', String(seed), '--prefer', `propose-next-step,${moves}`]);
    expect(concrete.scores.closing).toBeGreaterThan(pushy.scores.closing);
    expect(pushy.moments.some((m) => m.skill === 'closing' && m.points < 0 && m.lesson === 'L30')).toBe(true);
  });
});
