import { readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { shippedScenarios } from '../../src/cli/lessons-doc.ts';
import {
  LANGS,
  type MeetingResult,
  makeReplayCode,
  type PlayerAction,
  parseReplayCode,
  parseScenario,
  playToEnd,
  type Scenario,
  seedOf,
  startMeeting,
} from '../../src/engine/index.ts';
import { targetsOf } from '../../src/engine/scenario/graph.ts';
import type { ScenarioNode } from '../../src/engine/scenario/schema.ts';
import { fixturePath, readFixture } from './fixtures.ts';

/**
 * Properties of the engine over random play: whatever legal actions a player takes, in any shipped
 * scenario (and the fixtures that load), the meeting ends, never throws, keeps every number in its
 * range, and replays exactly. fast-check draws the sessions; its seed is fixed so a failure
 * reproduces, and it prints the seed and the shrunk counterexample when one fails.
 */

const fixtures = readdirSync(fixturePath(''))
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => parseScenario(readFixture(f), f))
  .flatMap((parsed) => (parsed.ok ? [parsed.value] : []));
const scenarios: readonly Scenario[] = [...shippedScenarios(), ...fixtures];

/**
 * The most player actions one pass through a node can take. A line is one `continue`; a decision
 * is a choice and then a `continue` past the reply; a story of n parts is at most a note and a
 * `continue` per part (the last `continue` lets them finish) and one `continue` past the ending
 * words. The engine never asks twice without the player acting: `lineShown` is not an action.
 */
function mostActionsAt(node: ScenarioNode): number {
  switch (node.kind) {
    case 'line':
      return 1;
    case 'decision':
      return 2;
    case 'listen':
      // Per part a note and a continue, plus its relaunch question where it has one; then the cut-in.
      return 2 * node.lines.length + node.lines.filter((line) => line.relaunch).length + 1;
    case 'ending':
      return 0;
  }
}

/**
 * The longest walk from the start, counted in player actions: a bound on every session, because a
 * meeting only moves along its links (or jumps to the walkout ending, which ends it sooner). It
 * exists only when the links form no cycle; a cycle would let a player go round for ever.
 */
function actionBound(scenario: Scenario): number {
  const longest = new Map<string, number>();
  const onPath = new Set<string>();
  const walk = (id: string): number => {
    const known = longest.get(id);
    if (known !== undefined) return known;
    if (onPath.has(id)) throw new Error(`${scenario.id}: node "${id}" can lead back to itself; a meeting could go on for ever`);
    const node = scenario.nodes[id];
    if (!node) throw new Error(`${scenario.id}: no node "${id}"`);
    onPath.add(id);
    const after = Math.max(0, ...targetsOf(node).map(({ to }) => walk(to)));
    onPath.delete(id);
    longest.set(id, mostActionsAt(node) + after);
    return mostActionsAt(node) + after;
  };
  return walk(scenario.start);
}

/** One step of random play: which of the actions on offer to take, and whether the line was shown in full first. */
interface Step {
  readonly pick: number;
  readonly shown: boolean;
}

const stepArb = fc.record({ pick: fc.nat(), shown: fc.boolean() });
const seedArb = fc.nat();

/**
 * Plays the meeting with the given steps (past their end: the first action, line shown), checking
 * at every step that something is on offer, that the engine accepts what it offered, and that every
 * mood stays a whole number within 0–100 (the schema's range). Fails past `bound` actions.
 */
function playRandomly(scenario: Scenario, seed: number, steps: readonly Step[], bound: number) {
  const meeting = startMeeting(scenario, { seed });
  const sent: PlayerAction[] = [];
  try {
    for (;;) {
      const result = meeting.result();
      if (result) return { result, sent };
      if (sent.length >= bound) throw new Error(`no ending after ${bound} actions`);
      const step = steps[sent.length] ?? { pick: 0, shown: true };
      if (step.shown) meeting.lineShown();
      for (const lang of LANGS) {
        for (const prospect of meeting.view(lang).prospects) {
          for (const value of Object.values(prospect.mood)) {
            expect(Number.isInteger(value) && value >= 0 && value <= 100, `${prospect.id}'s mood ${value}`).toBe(true);
          }
        }
      }
      const available = meeting.available();
      expect(available.length, `nothing to do at node "${meeting.view('en').nodeId}"`).toBeGreaterThan(0);
      const action = available[step.pick % available.length]?.action;
      if (!action) throw new Error('no action picked');
      expect(meeting.act(action)).toBe(true);
      sent.push(action);
    }
  } finally {
    meeting.stop();
  }
}

function replaying(actions: readonly PlayerAction[]) {
  let next = 0;
  return (): PlayerAction => {
    const action = actions[next++];
    if (!action) throw new Error('the replay ran out of actions before the meeting ended');
    return action;
  };
}

function expectScoresInRange(result: MeetingResult) {
  for (const value of [result.scores.listening, result.scores.closing, ...result.skills.map((s) => s.score)]) {
    expect(Number.isInteger(value) && value >= 0 && value <= 100, `score ${value}`).toBe(true);
  }
}

// Sized so that the whole file runs in a few seconds with a handful of scenarios.
const RUNS = 50;

describe.each(scenarios.map((scenario) => ({ id: scenario.id, scenario })))('random play of $id', ({ scenario }) => {
  // Worked out in each test, so that a cycle fails every test of its scenario with its own message.
  const sessions = () => {
    const bound = actionBound(scenario);
    return { bound, stepsArb: fc.array(stepArb, { minLength: bound, maxLength: bound }) };
  };

  test('the links form no cycle, so every session has a bounded length', () => {
    expect(actionBound(scenario)).toBeGreaterThan(0);
  });

  test('any legal actions reach an ending within the bound, and scores stay whole numbers in 0–100', () => {
    const { bound, stepsArb } = sessions();
    fc.assert(
      fc.property(seedArb, stepsArb, (seed, steps) => {
        const { result, sent } = playRandomly(scenario, seed, steps, bound);
        expect(scenario.nodes[result.endingId]).toMatchObject({ kind: 'ending', outcome: result.outcome });
        expectScoresInRange(result);
        // The session's record is exactly what the player did: the replay code relies on it.
        expect(result.actions).toEqual(sent);
      }),
      { seed: 0x8e11, numRuns: RUNS },
    );
  }, 30_000);

  test('the same seed and the same actions give the same result', () => {
    const { bound, stepsArb } = sessions();
    fc.assert(
      fc.property(seedArb, stepsArb, (seed, steps) => {
        const first = playRandomly(scenario, seed, steps, bound).result;
        const second = playRandomly(scenario, seed, steps, bound).result;
        expect(second).toEqual(first);
      }),
      { seed: 0x5eed, numRuns: RUNS },
    );
  }, 30_000);

  test('a replay code gives back the actions, and replaying them gives back the result', () => {
    const { bound, stepsArb } = sessions();
    fc.assert(
      fc.property(seedArb, stepsArb, fc.constantFrom(...LANGS), (seed, steps, lang) => {
        const { result } = playRandomly(scenario, seed, steps, bound);
        const session = {
          scenarioId: scenario.id,
          scenarioVersion: scenario.version,
          lang,
          seed,
          seeding: result.seeding,
          actions: result.actions,
        };
        const decoded = parseReplayCode(makeReplayCode(session));
        expect(decoded).toEqual({ ok: true, value: session });
        if (!decoded.ok) return;
        expect(playToEnd(scenario, seedOf(decoded.value), replaying(decoded.value.actions))).toEqual(result);
      }),
      { seed: 0xc0de, numRuns: RUNS },
    );
  }, 30_000);
});
