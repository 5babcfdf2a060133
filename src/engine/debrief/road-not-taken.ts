import { playOut, preferMoves, replayActions, startMeeting } from '../meeting/session.ts';
import type { AvailableAction, MeetingResult, PlayerAction } from '../meeting/view.types.ts';
import type { Move } from '../scenario/moves.ts';
import { PLAY_STYLES } from '../scenario/play-styles.ts';
import type { Outcome, Scenario } from '../scenario/schema.ts';

/*
 * The road not taken: the decisions of a session that cost the player the most. At each decision
 * the meeting is replayed up to it (same seed, same actions), each option on offer is taken in
 * turn, and the rest of the meeting is played in one fixed good style (the attentive play style).
 *
 * "Best" at a decision: the option whose meeting, so played on, ends with the highest total score
 * (the sum of the skills); ties go to the better outcome (advance, then continuation, then lost),
 * then to the option shown first. What a decision cost is the best option's total less the total
 * of the player's own option played on in that same style — so both sides are judged by the same
 * rest of the meeting, and the player's later mistakes are not charged to this decision.
 */

/** Where the meeting goes from an option, played on in the good style. */
export interface Branch {
  /** The option's index in the decision. */
  readonly option: number;
  readonly total: number;
  readonly result: MeetingResult;
}

export interface CostlyDecision {
  readonly nodeId: string;
  readonly turn: number;
  /** How many of the session's actions come before this decision: replaying them returns to it. */
  readonly step: number;
  readonly chosen: Branch;
  readonly best: Branch;
  /** Points the choice cost (best total less the chosen total). */
  readonly cost: number;
}

/** The style the rest of a meeting is played in when options are compared. */
export const GOOD_STYLE: readonly Move[] = PLAY_STYLES.attentive ?? [];

const OUTCOME_RANK: Readonly<Record<Outcome, number>> = { advance: 2, continuation: 1, lost: 0 };

function totalOf(result: MeetingResult): number {
  return result.skills.reduce((sum, skill) => sum + skill.score, 0);
}

/**
 * Plays `prefix` from the start (same seed), then `next`, then on to the end in the good style.
 * Null when an action of the prefix is refused (not this scenario's session).
 */
function playOn(scenario: Scenario, seed: number, prefix: readonly PlayerAction[], next: PlayerAction): MeetingResult | null {
  const meeting = startMeeting(scenario, { seed });
  const style = preferMoves(GOOD_STYLE);
  try {
    return replayActions(meeting, [...prefix, next]) === null ? playOut(meeting, style) : null;
  } finally {
    meeting.stop();
  }
}

/** Better first: higher total, then better outcome, then the option shown first. */
function better(a: Branch, b: Branch): number {
  return b.total - a.total || OUTCOME_RANK[b.result.outcome] - OUTCOME_RANK[a.result.outcome] || a.option - b.option;
}

/** Every decision of a session where the player had more than one option, with what each option leads to. */
export function weighDecisions(scenario: Scenario, seed: number, actions: readonly PlayerAction[]): CostlyDecision[] {
  const decisions: { step: number; nodeId: string; turn: number; offered: readonly AvailableAction[]; chosen: number }[] = [];
  const meeting = startMeeting(scenario, { seed });
  try {
    replayActions(meeting, actions, (action, step) => {
      const view = meeting.view('en');
      const offered = view.actions.filter((a) => a.action.kind === 'choose');
      if (view.phase === 'decision' && action.kind === 'choose' && offered.length > 1) {
        decisions.push({ step, nodeId: view.nodeId, turn: view.turn + 1, offered, chosen: action.index });
      }
    });
  } finally {
    meeting.stop();
  }
  return decisions.flatMap((d) => {
    const prefix = actions.slice(0, d.step);
    const branches = d.offered.flatMap((a): Branch[] => {
      if (a.action.kind !== 'choose') return [];
      const result = playOn(scenario, seed, prefix, a.action);
      return result ? [{ option: a.action.index, total: totalOf(result), result }] : [];
    });
    const best = [...branches].sort(better)[0];
    const chosen = branches.find((b) => b.option === d.chosen);
    if (!best || !chosen) return [];
    return [{ nodeId: d.nodeId, turn: d.turn, step: d.step, chosen, best, cost: best.total - chosen.total }];
  });
}

/** The decisions that cost the most (at most `count`, each costing something), the costliest first, then in meeting order. */
export function roadNotTaken(scenario: Scenario, seed: number, actions: readonly PlayerAction[], count = 3): CostlyDecision[] {
  return weighDecisions(scenario, seed, actions)
    .filter((d) => d.cost > 0)
    .sort((a, b) => b.cost - a.cost || a.step - b.step)
    .slice(0, count);
}
