import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { scenarioCommand } from '../../src/cli/scenario-command.ts';
import type { Terminal } from '../../src/cli/terminal-io.ts';
import { isChoicePoint, playOut, type Scenario, startMeeting } from '../../src/engine/index.ts';

/** What a command printed and its exit code, as a shell would see them. */
export interface CommandRun {
  readonly code: number | null;
  readonly out: string;
  readonly err: string;
}

const root = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Runs `npm run scenario -- …` in this process, on a terminal that records what is written and
 * types `input` line by line: the same function the real command runs, without paying a TypeScript
 * start-up per call. `spawnScenario` runs the real process, for what only a process shows.
 */
export async function runScenario(args: readonly string[], input = ''): Promise<CommandRun> {
  let out = '';
  let err = '';
  const lines = input === '' ? [] : input.replace(/\n$/, '').split('\n');
  const terminal: Terminal = {
    out: (line) => {
      out += `${line}\n`;
    },
    write: (text) => {
      out += text;
    },
    err: (line) => {
      err += `${line}\n`;
    },
    answers: async function* () {
      yield* lines;
    },
  };
  const code = await scenarioCommand(args, terminal);
  return { code, out, err };
}

/** Runs the real `npm run scenario -- …` (through tsx, from the project root), as an author does. */
export function spawnScenario(args: readonly string[], input = ''): CommandRun {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/scenario.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    input,
    timeout: 60_000,
  });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

/** A step of a path written by hand: an option by its index in the file, or c, n, i. */
export type Written = number | 'c' | 'n' | 'i';

/**
 * The `--choices` tokens of a path written by hand in file indices, with this seed: each option's
 * number is its place on the game's screen (the meeting's own view), since options are shown in an
 * order drawn from the seed.
 */
export function tokensFor(scenario: Scenario, seed: number, path: readonly Written[]): string[] {
  const meeting = startMeeting(scenario, { seed });
  const steps = [...path];
  const tokens: string[] = [];
  try {
    playOut(meeting, (available) => {
      if (!isChoicePoint(available)) return { kind: 'continue' };
      const step = steps.shift();
      if (step === undefined) throw new Error(`the path ran out at node "${meeting.view('en').nodeId}"`);
      if (typeof step !== 'number') {
        tokens.push(step);
        const kind = ({ c: 'continue', n: 'note', i: 'interrupt' } as const)[step];
        return { kind };
      }
      const place = meeting.view('en').actions.findIndex((a) => a.action.kind === 'choose' && a.action.index === step);
      if (place < 0) throw new Error(`option ${step} is not on offer at node "${meeting.view('en').nodeId}"`);
      tokens.push(String(place + 1));
      return { kind: 'choose', index: step };
    });
  } finally {
    meeting.stop();
  }
  return tokens;
}

/** The first seed that draws this variant of the scenario (the one a path written by hand is worked out for). */
export function firstSeedDrawing(scenario: Scenario, variant: string): number {
  for (let seed = 0; seed < 1_000; seed++) {
    const meeting = startMeeting(scenario, { seed });
    const drawn = meeting.actor.getSnapshot().context.variant;
    meeting.stop();
    if (drawn === variant) return seed;
  }
  throw new Error(`no seed under 1000 draws the variant "${variant}" of ${scenario.id}`);
}
