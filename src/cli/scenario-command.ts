/**
 * `npm run scenario -- <command>`: the authors' and testers' command line, as a function of its
 * arguments and a terminal (src/cli/scenario.ts runs it on the real one; tests on a recorded one).
 *   check <files...>
 *   play <file> [--lang fr|en] [--address …] [--seed N] [--from node] [--set trust=20]… [--choices … | --prefer …] [--json]
 *   report <file> [--lang fr|en] [--address …] [--json] [--max-states N]
 *   graph <file> [--lang fr|en] [--address …] [--out file.md]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import {
  ADDRESS_FORMS,
  type AddressForm,
  addressScenario,
  formatProblem,
  isAddressForm,
  parseScenario,
  parseSetting,
  reportScenario,
  type Scenario,
  type Setting,
  STATE_LIMIT,
  scenarioFlowchart,
  type VariantReport,
} from '../engine/index.ts';
import { isLang } from '../engine/scenario/lang.ts';
import { checkFiles } from './check.ts';
import { flowchartMarkdown } from './graph.ts';
import { type PlayOptions, playInteractive, playScripted } from './play.ts';
import { renderReport } from './report.ts';
import type { Terminal } from './terminal-io.ts';

const USAGE = `usage:
  npm run scenario -- check <file.yaml>...
  npm run scenario -- play <file.yaml> [--lang fr|en] [--seed N] [--json]
                        [--address feminine|masculine|neutral]
                                                   how the French addresses the player (neutral by default;
                                                   report and graph take it too)
                        [--from node]              start at this node (after the shortest path to it)
                        [--set trust=20]...        force a mood there: trust=, interest=, patience=
                                                   (0–100), prospect.trust=… or a flag: name=on|off
                        [--choices 1,2,n,c,i,...]   scripted: a number picks an option by its place
                                                    in the order shown (drawn from the seed; --json
                                                    lists it), n takes a note, c continues, i interrupts
                        [--prefer move,move,...]   a play style, e.g. interrupt,oversell
  npm run scenario -- report <file.yaml> [--lang fr|en] [--json] [--max-states N]
                        every path of every variant: endings, best and worst scores, lessons, findings
                        (exact up to N states per variant, ${STATE_LIMIT.toLocaleString('en')} by default; sampled past it)
  npm run scenario -- graph <file.yaml> [--lang fr|en] [--out file.md]
                        the scenario as a Mermaid flowchart (--out: a Markdown file with a mermaid fence)`;

/**
 * Reads and checks one scenario file, its French worded for the player's form of address; on
 * failure prints the located problems and returns null.
 */
function loadScenarioFile(file: string, io: Terminal, address: AddressForm): Scenario | null {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    io.err(`${file}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    return null;
  }
  const parsed = parseScenario(text, file);
  if (!parsed.ok) {
    io.err(parsed.errors.map(formatProblem).join('\n'));
    return null;
  }
  return addressScenario(parsed.value, address);
}

/** The `--address` option every command that shows texts takes. */
const ADDRESS_OPTION = { address: { type: 'string', default: 'neutral' } } as const;

function addressProblem(value: string): string | null {
  return isAddressForm(value) ? null : `--address must be ${ADDRESS_FORMS.join(', ')}, not "${value}"`;
}

/** The one scenario file a command takes, or null. */
function oneFile(positionals: string[]): string | null {
  return positionals.length === 1 ? (positionals[0] ?? null) : null;
}

/** Runs one command line (the words after `npm run scenario --`); resolves to the exit code. */
export async function scenarioCommand(argv: readonly string[], io: Terminal): Promise<number> {
  const [command, ...rest] = argv;
  if (command === 'check') return checkCommand(rest, io);
  if (command === 'report') return reportCommand(rest, io);
  if (command === 'graph') return graphCommand(rest, io);
  if (command === 'play') return playCommand(rest, io);
  return usage(io, command ? `unknown command "${command}"` : 'no command given');
}

function checkCommand(files: string[], io: Terminal): number {
  if (files.length === 0) return usage(io, 'check needs at least one file');
  const { output, failed } = checkFiles(files, (f) => readFileSync(f, 'utf8'));
  if (output) io.out(output);
  return failed ? 1 : 0;
}

function reportCommand(args: string[], io: Terminal): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      lang: { type: 'string', default: 'fr' },
      ...ADDRESS_OPTION,
      json: { type: 'boolean', default: false },
      'max-states': { type: 'string' },
    },
  });
  const file = oneFile(positionals);
  if (!file) return usage(io, 'report needs exactly one scenario file');
  if (!isLang(values.lang)) return usage(io, `--lang must be fr or en, not "${values.lang}"`);
  const badAddress = addressProblem(values.address);
  if (badAddress) return usage(io, badAddress);
  const maxStates = values['max-states'];
  const stateLimit = maxStates === undefined ? STATE_LIMIT : Number(maxStates);
  if (!/^[1-9]\d*$/.test(maxStates ?? '1') || !Number.isSafeInteger(stateLimit)) {
    return usage(io, `--max-states must be a whole number of states, such as 1000000, not "${maxStates}"`);
  }
  const scenario = loadScenarioFile(file, io, values.address as AddressForm);
  if (!scenario) return 1;
  // The walk of a large meeting takes seconds per variant: say how far it is (on stderr, so --json stays clean).
  const lang = values.lang;
  const onVariant = (done: number, total: number, v: VariantReport) => {
    const states = v.method.kind === 'exhaustive' ? v.method.states.toLocaleString(lang) : null;
    io.err(
      lang === 'fr'
        ? `variante ${done} sur ${total} parcourue (${states === null ? 'échantillon' : `${states} états`})`
        : `variant ${done} of ${total} walked (${states === null ? 'sampled' : `${states} states`})`,
    );
  };
  const report = reportScenario(scenario, { stateLimit, onVariant });
  io.out(values.json ? JSON.stringify({ file, ...report }, null, 2) : renderReport(report, values.lang));
  return 0;
}

function graphCommand(args: string[], io: Terminal): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      lang: { type: 'string', default: 'fr' },
      ...ADDRESS_OPTION,
      out: { type: 'string' },
    },
  });
  const file = oneFile(positionals);
  if (!file) return usage(io, 'graph needs exactly one scenario file');
  if (!isLang(values.lang)) return usage(io, `--lang must be fr or en, not "${values.lang}"`);
  const badAddress = addressProblem(values.address);
  if (badAddress) return usage(io, badAddress);
  const scenario = loadScenarioFile(file, io, values.address as AddressForm);
  if (!scenario) return 1;
  if (values.out === undefined) {
    io.write(scenarioFlowchart(scenario, values.lang));
    return 0;
  }
  try {
    writeFileSync(values.out, flowchartMarkdown(scenario, values.lang));
  } catch (error) {
    io.err(`${values.out}: cannot write the file (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    return 1;
  }
  io.out(`${values.out}: ${Object.keys(scenario.nodes).length} nodes drawn`);
  return 0;
}

async function playCommand(args: string[], io: Terminal): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      lang: { type: 'string', default: 'fr' },
      ...ADDRESS_OPTION,
      seed: { type: 'string', default: '1' },
      from: { type: 'string' },
      set: { type: 'string', multiple: true },
      choices: { type: 'string' },
      prefer: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
  });
  const file = oneFile(positionals);
  if (!file) return usage(io, 'play needs exactly one scenario file');
  if (!isLang(values.lang)) return usage(io, `--lang must be fr or en, not "${values.lang}"`);
  const badAddress = addressProblem(values.address);
  if (badAddress) return usage(io, badAddress);
  const seed = Number(values.seed);
  if (!Number.isInteger(seed) || seed < 0) return usage(io, `--seed must be a whole number ≥ 0, not "${values.seed}"`);
  if (values.choices && values.prefer) return usage(io, 'use --choices or --prefer, not both');
  const scenario = loadScenarioFile(file, io, values.address as AddressForm);
  if (!scenario) return 1;
  const settings = parseSettings(scenario, values.set ?? [], io);
  if (!settings) return 1;
  const options: PlayOptions = { lang: values.lang, seed, json: values.json, from: values.from, settings };
  if (values.choices === undefined && values.prefer === undefined) return playInteractive(scenario, options, io);
  const outcome = playScripted(scenario, options, { choices: commaList(values.choices), prefer: commaList(values.prefer) });
  if (!outcome.ok) {
    io.err(outcome.error);
    return 1;
  }
  io.out(outcome.output);
  return 0;
}

/** The `--set` values (each may hold several, comma-separated); on the first bad one, prints why and returns null. */
function parseSettings(scenario: Scenario, values: readonly string[], io: Terminal): Setting[] | null {
  const settings: Setting[] = [];
  for (const text of values.flatMap((s) => s.split(',')).filter((s) => s.trim())) {
    const setting = parseSetting(scenario, text);
    if (typeof setting === 'string') {
      io.err(setting);
      return null;
    }
    settings.push(setting);
  }
  return settings;
}

function commaList(value: string | undefined): string[] | undefined {
  return value
    ?.split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

function usage(io: Terminal, problem: string): number {
  io.err(`${problem}\n${USAGE}`);
  return 2;
}
