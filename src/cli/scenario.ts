/** The entry point of `npm run scenario -- <command>` (see scenario-command.ts). */
import { scenarioCommand } from './scenario-command.ts';
import { printableTerminal, processTerminal } from './terminal-io.ts';

process.exitCode = await scenarioCommand(process.argv.slice(2), printableTerminal(processTerminal()));
