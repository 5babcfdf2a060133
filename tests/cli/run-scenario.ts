import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { scenarioCommand } from '../../src/cli/scenario-command.ts';
import type { Terminal } from '../../src/cli/terminal-io.ts';

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
