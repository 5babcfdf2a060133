import * as z from 'zod/mini';
import type { MeetingSeed } from '../engine/meeting/session.ts';
import type { PlayerAction } from '../engine/meeting/view.types.ts';
import type { RoomVote } from '../engine/workshop/facilitation.ts';
import type { KeyValueStore } from './preferences.ts';

/*
 * The meeting a projector is running with a live room, kept in the tab's storage at each step: a
 * projector reloaded (or its browser crashed and reopened the tab) takes the meeting back where it
 * was, with the room's votes so far. Plain data, parsed when read back.
 */
const KEY = 'rendez-vous:live-meeting';
const count = z.number().check(z.int(), z.minimum(0));
const action = z.union([
  z.strictObject({ kind: z.literal('choose'), index: count }),
  z.strictObject({ kind: z.enum(['continue', 'note', 'interrupt']) }),
]);
const seed = z.union([count, z.strictObject({ seed: count, seeding: z.union([z.literal(1), z.literal(2)]) })]);
const vote = z.strictObject({
  nodeId: z.string(),
  counts: z.array(count),
  played: count,
  shown: z.array(count),
  rounds: z.optional(z.array(z.array(count))),
});
const kept = z.strictObject({
  /** The live room's code: a meeting is taken back only into the room it was played with. */
  room: z.string(),
  scenarioId: z.string(),
  seed,
  actions: z.array(action).check(z.maxLength(10_000)),
  votes: z.array(vote).check(z.maxLength(1_000)),
});

export interface KeptMeeting {
  readonly room: string;
  readonly scenarioId: string;
  readonly seed: MeetingSeed;
  readonly actions: readonly PlayerAction[];
  readonly votes: readonly RoomVote[];
}

/** The kept meeting, or null when there is none or what is stored is not one. */
export function readKeptMeeting(storage: KeyValueStore | null): KeptMeeting | null {
  try {
    const parsed = kept.safeParse(JSON.parse(storage?.getItem(KEY) ?? 'null'));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function keepMeeting(storage: KeyValueStore | null, meeting: KeptMeeting): void {
  try {
    storage?.setItem(KEY, JSON.stringify(meeting));
  } catch {
    // A full or refused storage only loses the resuming, not the meeting.
  }
}

export function forgetMeeting(storage: KeyValueStore | null): void {
  storage?.setItem(KEY, 'null');
}
