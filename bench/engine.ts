import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadScenarioOrThrow, parseScenario, playToEnd, reportScenario, type Scenario } from '../src/engine/index.ts';
import { seededRng } from '../src/engine/meeting/rng.ts';
import { median } from '../src/measure/stats.ts';

/**
 * Wall-clock and CPU milliseconds of one task (medians over the timed runs). On a machine shared with
 * other work, the wall clock also counts the time others held the cores; the CPU time counts only
 * this process's work (all its threads, the garbage collector's included).
 */
export interface Timing {
  readonly wallMs: number;
  readonly cpuMs: number;
}

export interface EngineFigures {
  /** Parsing and validating a generated scenario of `nodes` nodes. */
  readonly validate: Timing;
  readonly nodes: number;
  /** Playing `sessions` seeded random sessions, spread over the shipped scenarios. */
  readonly sessions: Timing;
  readonly sessionCount: number;
  readonly scenarios: readonly string[];
  readonly runs: number;
  /** The exact report (`npm run scenario -- report`) of each shipped scenario, timed once. */
  readonly reports: readonly { readonly scenario: string; readonly states: number; readonly time: Timing }[];
}

/** One untimed warm-up (the JIT compiles the loader), then the median of the timed runs. */
const TIMED_RUNS = 3;

/**
 * A valid scenario of `count` nodes written as YAML text, as an author would write it: a long chain
 * of lines and two-option decisions (the second option jumps ahead), every tenth node a short listen,
 * and the three endings at the end. Each node is reachable and the texts are in both languages.
 */
export function generatedScenario(count: number): string {
  const endings = ['won', 'later', 'door'];
  const body = count - endings.length;
  const id = (i: number) => (i >= body ? 'won' : `n${i}`);
  const out: string[] = [
    'format: 1',
    'id: generated',
    'version: 1',
    'title: { fr: Rendez-vous généré, en: Generated meeting }',
    'summary: { fr: Un très long rendez-vous., en: A very long meeting. }',
    'setting: office',
    'lessons: [L11, L16]',
    'prospects:',
    '  - id: cio',
    '    name: Anne Test',
    '    role: { fr: DSI, en: CIO }',
    '    mood: { trust: 50, interest: 50, patience: 60 }',
    'rubric:',
    '  listening: { base: 50 }',
    '  closing: { base: 50 }',
    'walkout: door',
    'start: n0',
    'nodes:',
  ];
  for (let i = 0; i < body; i++) {
    out.push(`  n${i}:`);
    if (i % 10 === 9) {
      out.push(
        '    kind: listen',
        '    lines:',
        `      - say: { fr: Partie ${i}., en: Part ${i}. }`,
        `      - say: { fr: Suite ${i}., en: More ${i}. }`,
        '    interrupt:',
        `      text: { fr: Je coupe ${i}., en: I cut in ${i}. }`,
        '      moves: [interrupt]',
        '      lessons: [L11]',
        `      score: [{ skill: listening, points: -1, lesson: L11, why: { fr: Coupé., en: Cut off. } }]`,
        `      reply: { fr: Ah., en: Oh. }`,
        `      next: ${id(i + 1)}`,
        '    finish:',
        '      lessons: [L11]',
        `      say: { fr: Fin ${i}., en: End ${i}. }`,
        `      score: [{ skill: listening, points: 1, lesson: L11, why: { fr: Écouté., en: Listened. } }]`,
        `      next: ${id(i + 1)}`,
      );
    } else if (i % 2 === 0) {
      out.push('    kind: line', '    speaker: cio', `    say: { fr: Réplique ${i}., en: Line ${i}. }`, `    next: ${id(i + 1)}`);
    } else {
      out.push(
        '    kind: decision',
        `    prompt: { fr: Choix ${i} ?, en: Choice ${i}? }`,
        '    options:',
        `      - text: { fr: Avancer ${i}., en: Go on ${i}. }`,
        '        moves: [open-question]',
        '        lessons: [L11]',
        `        next: ${id(i + 1)}`,
        `      - text: { fr: Sauter ${i}., en: Skip ${i}. }`,
        '        moves: [propose-next-step]',
        '        lessons: [L16]',
        `        score: [{ skill: closing, points: 1, lesson: L16, why: { fr: Proposé., en: Proposed. } }]`,
        `        next: ${i + 3 < body ? id(i + 3) : 'later'}`,
      );
    }
  }
  out.push(
    '  won:',
    '    kind: ending',
    '    outcome: advance',
    '    title: { fr: Gagné, en: Won }',
    '    say: { fr: À mardi., en: See you Tuesday. }',
    '    epilogue: { fr: Le contrat suit., en: The contract follows. }',
    '  later:',
    '    kind: ending',
    '    outcome: continuation',
    '    title: { fr: Plus tard, en: Later }',
    '    say: { fr: Au revoir., en: Goodbye. }',
    '    epilogue: { fr: On verra., en: We will see. }',
    '  door:',
    '    kind: ending',
    '    outcome: lost',
    '    title: { fr: La porte, en: The door }',
    '    say: { fr: Au revoir., en: Goodbye. }',
    '    epilogue: { fr: Fini., en: Over. }',
  );
  return `${out.join('\n')}\n`;
}

/** One run, no warm-up: for work of many seconds, where the JIT's first compile is noise. */
function timedOnce(run: () => void): Timing {
  const start = performance.now();
  const used = process.cpuUsage();
  run();
  const { user, system } = process.cpuUsage(used);
  return { wallMs: performance.now() - start, cpuMs: (user + system) / 1000 };
}

function timed(run: () => void): Timing {
  run();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < TIMED_RUNS; i++) {
    const start = performance.now();
    const used = process.cpuUsage();
    run();
    const { user, system } = process.cpuUsage(used);
    wall.push(performance.now() - start);
    cpu.push((user + system) / 1000);
  }
  return { wallMs: median(wall), cpuMs: median(cpu) };
}

/** Plays `sessions` sessions round-robin over the scenarios, each with its own seed and seeded random choices. */
export function playRandomSessions(scenarios: readonly Scenario[], sessions: number): void {
  for (let i = 0; i < sessions; i++) {
    const scenario = scenarios[i % scenarios.length];
    if (!scenario) throw new Error('no scenario to play');
    const rng = seededRng(i * 7919 + 1);
    playToEnd(scenario, i, (available) => {
      const pick = available[Math.floor(rng() * available.length)];
      if (!pick) throw new Error(`no action on offer in ${scenario.id}`);
      return pick.action;
    });
  }
}

export function benchEngine(dialogues = 'dialogues', nodes = 5_000, sessions = 1_000): EngineFigures {
  const text = generatedScenario(nodes);
  const parsed = parseScenario(text, 'generated.yaml');
  if (!parsed.ok) throw new Error(`the generated scenario is invalid: ${JSON.stringify(parsed.errors.slice(0, 3))}`);
  const counted = Object.keys(parsed.value.nodes).length;
  if (counted !== nodes) throw new Error(`the generated scenario has ${counted} nodes, not ${nodes}`);
  const validate = timed(() => {
    if (!parseScenario(text, 'generated.yaml').ok) throw new Error('the generated scenario became invalid');
  });

  const files = readdirSync(dialogues)
    .filter((f) => f.endsWith('.yaml'))
    .sort();
  const scenarios = files.map((f) => loadScenarioOrThrow(readFileSync(join(dialogues, f), 'utf8'), f));
  const played = timed(() => playRandomSessions(scenarios, sessions));
  const reports = scenarios.map((scenario) => {
    let states = 0;
    const time = timedOnce(() => {
      const report = reportScenario(scenario);
      if (report.variants.some((v) => v.method.kind !== 'exhaustive')) throw new Error(`${scenario.id}: report sampled`);
      states = report.variants.reduce((sum, v) => sum + (v.method.kind === 'exhaustive' ? v.method.states : 0), 0);
    });
    return { scenario: scenario.id, states, time };
  });
  return {
    reports,
    validate,
    nodes,
    sessions: played,
    sessionCount: sessions,
    scenarios: scenarios.map((s) => s.id),
    runs: TIMED_RUNS,
  };
}
