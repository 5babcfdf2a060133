import type { Scenario } from '../scenario/schema.ts';

/*
 * Facilitator mode: a room plays one meeting together. At each decision the room votes; the
 * facilitator plays the majority or overrides it. These pure functions keep the votes honest and
 * sum them up for the group debrief.
 */

/** The room's vote at one decision: hands counted per option (by the option's index in the file). */
export interface RoomVote {
  readonly nodeId: string;
  readonly counts: readonly number[];
  /** The option the facilitator played. */
  readonly played: number;
  /** The options on the card, by index, in the order it lettered them A, B, C… (the order shown). */
  readonly shown: readonly number[];
  /**
   * Each round's counts when the room voted from phones and voted again after discussing, earliest
   * first; `counts` is the round the decision was played on (the last). Absent for one round.
   */
  readonly rounds?: readonly (readonly number[])[];
}

/** Each round's counts of a vote, earliest first: one round unless the room voted again. */
export function roundsOf(vote: RoomVote): readonly (readonly number[])[] {
  return vote.rounds && vote.rounds.length > 0 ? vote.rounds : [vote.counts];
}

/** The option with the most hands, or null when nobody voted or the lead is shared. */
export function majorityOf(counts: readonly number[]): number | null {
  const top = Math.max(0, ...counts);
  if (top === 0) return null;
  const leaders = counts.flatMap((c, i) => (c === top ? [i] : []));
  return leaders.length === 1 ? (leaders[0] ?? null) : null;
}

/**
 * A divided room: no option won more than half the hands. These are the decisions worth
 * discussing again in the debrief.
 */
export function isDivided(counts: readonly number[]): boolean {
  const total = counts.reduce((a, b) => a + b, 0);
  return total >= 2 && Math.max(...counts) * 2 <= total;
}

/**
 * The option the scenario scores best at a decision, for the variant drawn: the sum of its score
 * entries that hold without the player's history (entries bound to flags or moods are left out, as
 * the room could not know them). Ties go to the earlier option.
 */
export function bestScoredOption(scenario: Scenario, nodeId: string, variant: string | null): number | null {
  const node = scenario.nodes[nodeId];
  if (node?.kind !== 'decision') return null;
  let best: number | null = null;
  let bestPoints = Number.NEGATIVE_INFINITY;
  node.options.forEach((option, index) => {
    const points = (option.score ?? [])
      .filter((s) => {
        const when = s.when;
        if (!when) return true;
        const onlyVariant = Object.keys(when).every((k) => k === 'variant');
        return onlyVariant && variant !== null && (when.variant ?? []).includes(variant);
      })
      .reduce((sum, s) => sum + s.points, 0);
    if (points > bestPoints) {
      best = index;
      bestPoints = points;
    }
  });
  return best;
}

export interface RoomDecision {
  readonly nodeId: string;
  readonly counts: readonly number[];
  readonly played: number;
  readonly majority: number | null;
  /** The facilitator played something other than the room's clear majority. */
  readonly overridden: boolean;
  readonly divided: boolean;
  readonly best: number | null;
  /** The options in the order the card lettered them (see `RoomVote`). */
  readonly shown: readonly number[];
  /** Every round's counts, earliest first (one round unless the room voted again). */
  readonly rounds: readonly (readonly number[])[];
  /** The room voted again and its majority moved (or a majority appeared or went). */
  readonly changedMind: boolean;
}

/** The room's path decision by decision, beside the best-scored option and where the room split. */
export function roomPath(scenario: Scenario, votes: readonly RoomVote[], variant: string | null): RoomDecision[] {
  return votes.map((vote) => {
    const majority = majorityOf(vote.counts);
    const rounds = roundsOf(vote);
    const first = rounds[0] ?? vote.counts;
    return {
      nodeId: vote.nodeId,
      counts: vote.counts,
      played: vote.played,
      majority,
      overridden: majority !== null && majority !== vote.played,
      divided: isDivided(vote.counts),
      best: bestScoredOption(scenario, vote.nodeId, variant),
      shown: vote.shown,
      rounds,
      changedMind: rounds.length > 1 && majorityOf(first) !== majority,
    };
  });
}
