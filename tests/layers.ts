/**
 * `npm test`: every layer in order, stopping at the first that fails, then each layer's wall time.
 * The times are printed so that a slow layer shows in every run (CI's log included), not only when
 * someone thinks of measuring.
 */
import { spawn } from 'node:child_process';

const LAYERS = [
  { name: 'type-check', script: 'typecheck' },
  { name: 'lint', script: 'lint' },
  { name: 'Node tests (engine, content, command line)', script: 'test:node' },
  { name: 'production build', script: 'build' },
  { name: 'browser tests (Chromium)', script: 'test:browser' },
] as const;

function run(script: string): Promise<number> {
  return new Promise((done) => {
    // Through npm, like a person typing `npm run <script>`; `shell` finds npm.cmd on Windows.
    const child = spawn(`npm run ${script}`, { stdio: 'inherit', shell: true });
    child.on('exit', (code, signal) => done(code ?? (signal ? 1 : 0)));
  });
}

const seconds = (ms: number) => (ms / 1000).toFixed(1).padStart(7);
const times: { name: string; ms: number; code: number }[] = [];
const started = performance.now();
for (const layer of LAYERS) {
  const from = performance.now();
  const code = await run(layer.script);
  times.push({ name: layer.name, ms: performance.now() - from, code });
  if (code !== 0) break;
}
const failed = times.find((t) => t.code !== 0);
const width = Math.max(...LAYERS.map((l) => l.name.length));
console.log('\nnpm test, wall time of each layer:');
for (const t of times) console.log(`  ${t.name.padEnd(width)} ${seconds(t.ms)} s${t.code === 0 ? '' : '  FAILED'}`);
for (const layer of LAYERS.slice(times.length)) console.log(`  ${layer.name.padEnd(width)}       –   not run`);
console.log(`  ${'total'.padEnd(width)} ${seconds(performance.now() - started)} s`);
process.exitCode = failed ? failed.code : 0;
