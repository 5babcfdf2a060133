import { describe, expect, test } from 'vitest';
import { shippedScenarios } from '../../src/cli/lessons-doc.ts';
import { isChoicePoint, type PlayerAction, replayActions, type Scenario, startMeeting } from '../../src/engine/index.ts';
import { shownOnScreen } from '../engine/fixtures.ts';
import { runScenario as scenario } from './run-scenario.ts';

/*
 * `play --json` prints each decision as the player met it, in the order the game's screen shows
 * it, and `--choices` numbers that order: the tokens --json gives replay the same meeting.
 */

const file = 'dialogues/prospect-in-a-hurry.yaml';
const hurry = shippedScenarios().find((s) => s.id === 'prospect-in-a-hurry') as Scenario;

interface Shown {
  readonly node: string;
  readonly shown: readonly { option: number; text: string }[];
  readonly chose: number;
  readonly token: string;
}

describe('play --json and --choices follow the screen’s order', { timeout: 60_000 }, () => {
  test.each([1, 2, 7, 40])('seed %i', async (seed) => {
    const run = await scenario([
      'play',
      file,
      '--seed',
      String(seed),
      '--prefer',
      'open-question,let-finish',
      '--json',
      '--lang',
      'en',
    ]);
    expect(run.err).toBe('');
    const played = JSON.parse(run.out) as { decisions: Shown[]; actions: PlayerAction[]; scores: unknown; ending: string };
    const screen = shownOnScreen(hurry, seed, played.actions);
    expect(played.decisions.length).toBeGreaterThan(1);
    expect(played.decisions.map((d) => ({ nodeId: d.node, shown: d.shown.map((o) => o.option), chose: d.chose }))).toEqual(
      screen,
    );
    for (const d of played.decisions) {
      const node = hurry.nodes[d.node];
      if (node?.kind !== 'decision') throw new Error(`${d.node} is not a decision`);
      for (const o of d.shown) expect(o.text).toBe(node.options[o.option]?.text.en);
      expect(d.shown[Number(d.token) - 1]?.option).toBe(d.chose);
    }
    // The tokens, given back to --choices, play the same meeting (the listening window's c and n as shown).
    const again = await scenario([
      'play',
      file,
      '--seed',
      String(seed),
      '--choices',
      tokensOf(hurry, seed, played.actions, played.decisions),
      '--json',
    ]);
    expect(again.err).toBe('');
    const replayed = JSON.parse(again.out);
    expect([replayed.ending, replayed.scores, replayed.actions]).toEqual([played.ending, played.scores, played.actions]);
  });
});

/**
 * The --choices tokens of a session: the tokens --json gave for its decisions, and c, n or i where
 * a listening window asked (the meeting tells which actions answered a real choice).
 */
function tokensOf(scenario: Scenario, seed: number, actions: readonly PlayerAction[], decisions: readonly Shown[]): string {
  const letters = { continue: 'c', note: 'n', interrupt: 'i' } as const;
  const given = decisions.map((d) => d.token);
  const tokens: string[] = [];
  const meeting = startMeeting(scenario, { seed });
  replayActions(meeting, actions, (action) => {
    if (!isChoicePoint(meeting.available())) return;
    tokens.push(action.kind === 'choose' ? (given.shift() ?? '?') : letters[action.kind]);
  });
  meeting.stop();
  return tokens.join(',');
}
