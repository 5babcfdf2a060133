/**
 * The engine's figures from a Node process of its own, as the command line runs it. Measured in the
 * bench's process after the game's build and the browser's work, they also paid for collecting
 * what those left on the heap (the 5,000-node validation went from about 330 ms to 500 ms of CPU).
 * Run by bench/run.ts; prints the figures as JSON.
 */
import { benchEngine } from './engine.ts';

process.stdout.write(JSON.stringify(benchEngine()));
