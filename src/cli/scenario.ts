/**
 * `npm run scenario -- <command>`: the authors' and testers' command line.
 *   check <files...>
 *   play <file> [--lang fr|en] [--seed N] [--choices 1,2,n,c,i | --prefer move,move] [--json]
 */
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { formatProblem, parseScenario } from '../engine/index.ts';
import { isLang } from '../engine/lang.ts';
import { checkFiles } from './check.ts';
import { type PlayOptions, playInteractive, playScripted } from './play.ts';

const USAGE = `usage:
  npm run scenario -- check <file.yaml>...
  npm run scenario -- play <file.yaml> [--lang fr|en] [--seed N] [--json]
                        [--choices 1,2,n,c,i,...]   scripted: a number picks an option,
                                                    n takes a note, c continues, i interrupts
                        [--prefer move,move,...]   a play style, e.g. interrupt,oversell`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === 'check') {
    if (rest.length === 0) return usage('check needs at least one file');
    const { output, failed } = checkFiles(rest, (f) => readFileSync(f, 'utf8'));
    if (output) console.log(output);
    return failed ? 1 : 0;
  }
  if (command === 'play') {
    const { values, positionals } = parseArgs({
      args: rest,
      allowPositionals: true,
      options: {
        lang: { type: 'string', default: 'fr' },
        seed: { type: 'string', default: '1' },
        choices: { type: 'string' },
        prefer: { type: 'string' },
        json: { type: 'boolean', default: false },
      },
    });
    const file = positionals[0];
    if (!file || positionals.length > 1) return usage('play needs exactly one scenario file');
    if (!isLang(values.lang)) return usage(`--lang must be fr or en, not "${values.lang}"`);
    const seed = Number(values.seed);
    if (!Number.isInteger(seed) || seed < 0) return usage(`--seed must be a whole number ≥ 0, not "${values.seed}"`);
    if (values.choices && values.prefer) return usage('use --choices or --prefer, not both');
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      console.error(`${file}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
      return 1;
    }
    const parsed = parseScenario(text, file);
    if (!parsed.ok) {
      console.error(parsed.errors.map(formatProblem).join('\n'));
      return 1;
    }
    const options: PlayOptions = { lang: values.lang, seed, json: values.json };
    if (values.choices !== undefined || values.prefer !== undefined) {
      const outcome = playScripted(parsed.value, options, {
        choices: values.choices
          ?.split(',')
          .map((s) => s.trim())
          .filter(Boolean),
        prefer: values.prefer
          ?.split(',')
          .map((s) => s.trim())
          .filter(Boolean),
      });
      if (!outcome.ok) {
        console.error(outcome.error);
        return 1;
      }
      console.log(outcome.output);
      return 0;
    }
    const rl = createInterface({ input: process.stdin, terminal: false });
    try {
      return await playInteractive(parsed.value, options, rl[Symbol.asyncIterator]());
    } finally {
      rl.close();
    }
  }
  return usage(command ? `unknown command "${command}"` : 'no command given');
}

function usage(problem: string): number {
  console.error(`${problem}\n${USAGE}`);
  return 2;
}

process.exitCode = await main(process.argv.slice(2));
