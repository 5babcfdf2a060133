import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  loadScenarioOrThrow,
  type MeetingSeed,
  type PlayerAction,
  replayActions,
  type Scenario,
  startMeeting,
} from '../../src/engine/index.ts';

export function fixturePath(name: string): string {
  return fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));
}

export function readFixture(name: string): string {
  return readFileSync(fixturePath(name), 'utf8');
}

export function loadFixture(name: string): Scenario {
  return loadScenarioOrThrow(readFixture(name), name);
}

/**
 * The options a player's screen showed at each decision of a session, in the order shown (each by
 * its index in the file), read from the meeting's own view as the game draws it.
 */
export function shownOnScreen(
  scenario: Scenario,
  seed: MeetingSeed,
  actions: readonly PlayerAction[],
): { nodeId: string; shown: number[]; chose: number }[] {
  const meeting = startMeeting(scenario, { seed });
  const seen: { nodeId: string; shown: number[]; chose: number }[] = [];
  try {
    replayActions(meeting, actions, (action) => {
      if (action.kind !== 'choose') return;
      const view = meeting.view('en');
      const shown = view.actions.flatMap((a) => (a.action.kind === 'choose' ? [a.action.index] : []));
      seen.push({ nodeId: view.nodeId, shown, chose: action.index });
    });
  } finally {
    meeting.stop();
  }
  return seen;
}
