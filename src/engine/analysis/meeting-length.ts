import { playOut, preferMoves, startMeeting } from '../meeting/session.ts';
import { PLAY_STYLES } from '../scenario/play-styles.ts';
import type { Scenario } from '../scenario/schema.ts';
import { seedsForEachVariant } from './explore.ts';
import { isChoicePoint } from './state-graph.ts';

/**
 * How long a meeting is, in the decisions it asks of a player who listens and sees it through: one
 * road per variant (the hidden fact changes the way), played by the machine itself. A player who
 * rushes may be shown the door sooner; this is the meeting's full length, not a promise of minutes.
 */
export interface MeetingLength {
  readonly fewestDecisions: number;
  readonly mostDecisions: number;
}

/** The decisions on the road a player of `style` takes with this seed. */
function decisionsOnRoad(scenario: Scenario, seed: number, style: readonly string[]): number {
  const meeting = startMeeting(scenario, { seed });
  const choose = preferMoves(style);
  let decisions = 0;
  try {
    playOut(meeting, (available) => {
      if (meeting.view('en').phase === 'decision' && isChoicePoint(available)) decisions += 1;
      return choose(available);
    });
  } finally {
    meeting.stop();
  }
  return decisions;
}

/** The meeting's length on the attentive player's road, for each variant it has. */
export function meetingLength(scenario: Scenario): MeetingLength {
  const counts = seedsForEachVariant(scenario).map((seed) => decisionsOnRoad(scenario, seed, PLAY_STYLES.attentive ?? []));
  return { fewestDecisions: Math.min(...counts), mostDecisions: Math.max(...counts) };
}
