import type { Snapshot } from 'xstate';
import { buildMeetingMachine } from './meeting.ts';
import type { Scenario } from './schema.ts';
import { startMeeting } from './session.ts';

export interface Exploration {
  /** How often each ending is reached among the distinct states explored (not among paths). */
  readonly endings: ReadonlyMap<string, number>;
  /** Distinct meeting states visited (node, variant, flags, moods, listening progress). */
  readonly states: number;
  /** True when the limit stopped the walk before every state was seen. */
  readonly truncated: boolean;
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
 * Walks every distinct state a meeting can reach, trying every action on offer, for the given
 * seeds. States are told apart by what can change the future (not by the score), so the walk stays
 * small on real scenarios while still finding every reachable ending.
 */
export function exploreMeeting(scenario: Scenario, seeds: readonly number[], limit = 200_000): Exploration {
  const endings = new Map<string, number>();
  const seen = new Set<string>();
  let truncated = false;
  const machine = buildMeetingMachine(scenario);
  for (const seed of seeds) {
    // Each queued state is a persisted snapshot: resuming one is much cheaper than replaying its path.
    const queue: (Snapshot<unknown> | undefined)[] = [undefined];
    while (queue.length > 0) {
      if (seen.size >= limit) {
        truncated = true;
        break;
      }
      const from = queue.shift();
      const meeting = startMeeting(scenario, { seed, machine, ...(from ? { snapshot: from } : {}) });
      meeting.lineShown();
      const snapshot = meeting.actor.getSnapshot();
      const c = snapshot.context;
      const key = JSON.stringify([
        snapshot.value,
        c.variant,
        [...c.flags].sort(),
        Object.values(c.prospects).map((p) => p.getSnapshot().context.mood),
        c.segment,
        c.notedSegments,
      ]);
      const result = meeting.result();
      const available = meeting.available();
      const here = meeting.actor.getPersistedSnapshot();
      meeting.stop();
      if (seen.has(key)) continue;
      seen.add(key);
      if (result) {
        endings.set(result.endingId, (endings.get(result.endingId) ?? 0) + 1);
        continue;
      }
      for (const a of available) {
        const next = startMeeting(scenario, { seed, machine, snapshot: here });
        next.act(a.action);
        queue.push(next.actor.getPersistedSnapshot());
        next.stop();
      }
    }
  }
  return { endings, states: seen.size, truncated };
}
