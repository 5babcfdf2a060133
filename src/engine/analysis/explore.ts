import { type Rng, seededRng } from '../meeting/rng.ts';
import { playToEnd, preferMoves, startMeeting } from '../meeting/session.ts';
import type { AvailableAction, PlayerAction } from '../meeting/view.types.ts';
import { PLAY_STYLES } from '../scenario/play-styles.ts';
import type { Scenario } from '../scenario/schema.ts';

/** A session that reaches an ending: replaying these actions with this seed gets there again. */
export interface Witness {
  readonly seed: number;
  readonly actions: readonly PlayerAction[];
}

export interface EndingSearch {
  /** The first session found for each ending reached. */
  readonly witnesses: ReadonlyMap<string, Witness>;
  /** Endings the scenario declares that no session of the search reached. */
  readonly missing: readonly string[];
  /** Sessions played. */
  readonly sessions: number;
}

/** Seeds that draw each variant of a scenario (or one seed when it has none). */
export function seedsForEachVariant(scenario: Scenario, search = 10_000): number[] {
  const wanted = new Set(scenario.variant?.options.map((o) => o.id) ?? [null]);
  const seeds: number[] = [];
  for (let seed = 0; seed < search && wanted.size > 0; seed++) {
    const meeting = startMeeting(scenario, { seed });
    const variant = meeting.actor.getSnapshot().context.variant;
    meeting.stop();
    if (wanted.delete(variant)) seeds.push(seed);
  }
  return seeds;
}

/**
 * Looks for a session that reaches each ending, for the given seeds. A meeting's states multiply
 * with every mood point and note, so walking all of them is out of reach; instead the search plays
 * each style, then sessions that mostly follow a style and stray at random (seeded, so the search
 * itself is repeatable). It stops as soon as every ending has a witness.
 */
export function findEndings(scenario: Scenario, seeds: readonly number[], sessionsPerSeed = 600): EndingSearch {
  const endings = Object.entries(scenario.nodes)
    .filter(([, node]) => node.kind === 'ending')
    .map(([id]) => id);
  const witnesses = new Map<string, Witness>();
  let sessions = 0;
  const play = (seed: number, choose: (available: readonly AvailableAction[]) => PlayerAction) => {
    const result = playToEnd(scenario, seed, choose);
    sessions++;
    if (!witnesses.has(result.endingId)) witnesses.set(result.endingId, { seed, actions: result.actions });
  };
  const done = () => witnesses.size === endings.length;
  const styles = Object.values(PLAY_STYLES);
  for (const seed of seeds) {
    for (const style of styles) play(seed, preferMoves(style));
    const rng = seededRng(seed ^ 0x5eed);
    for (let i = 0; i < sessionsPerSeed && !done(); i++) {
      const style = styles[Math.floor(rng() * styles.length)] ?? [];
      play(seed, strayingFrom(preferMoves(style), rng, (i % 4) / 4));
    }
  }
  return { witnesses, missing: endings.filter((id) => !witnesses.has(id)), sessions };
}

/** Follows a style, but with probability `stray` takes any action on offer instead. */
function strayingFrom(style: (available: readonly AvailableAction[]) => PlayerAction, rng: Rng, stray: number) {
  return (available: readonly AvailableAction[]): PlayerAction => {
    if (rng() >= stray) return style(available);
    const any = available[Math.floor(rng() * available.length)];
    return any ? any.action : style(available);
  };
}
