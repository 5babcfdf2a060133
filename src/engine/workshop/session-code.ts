import { ByteReader, sealed, unsealed, writeVarint } from './code-bytes.ts';
import type { RoomVote } from './facilitation.ts';
import { type ReplayCodeError, type ReplaySession, readSession, seedingOfFormat, sessionBytes } from './replay-code.ts';

/*
 * Session codes: a facilitated meeting as a short text the facilitator hands to the results board,
 * which sets the room's votes beside the trainees' choices. A session code is the meeting's replay
 * code with the room's counts after its actions (then base64url, prefixed `RVS<format>.`):
 *
 *   meeting(as in a replay code) decisions(varint) { rounds(1) options(varint) counts(varint × options × rounds) }… checksum(4)
 *
 * Only counts travel: the decision each vote was taken at, the options the card showed and the one
 * played are read back by replaying the meeting, so a code cannot claim a path its actions did not
 * take. Neither names nor phones are in it.
 */

/** The room's counts at one decision, by option index in the file; a round per vote, earliest first. */
export type RoomCounts = readonly (readonly number[])[];

export interface FacilitatedSession {
  /** The meeting, as its replay code would hold it. */
  readonly meeting: ReplaySession;
  /** One entry per decision the room voted on, in the meeting's order. */
  readonly counts: readonly RoomCounts[];
}

export type SessionDecoding =
  | { readonly ok: true; readonly value: FacilitatedSession }
  | { readonly ok: false; readonly error: ReplayCodeError };

/** Rounds a decision can carry: the first vote and the vote again after discussing (as the live room plays them). */
const MAX_ROUNDS = 2;

/** The session code of a facilitated meeting: the meeting and each decision's rounds of counts. */
export function makeSessionCode(meeting: ReplaySession, votes: readonly RoomVote[]): string {
  const bytes = sessionBytes(meeting);
  writeVarint(bytes, votes.length);
  for (const vote of votes) {
    const rounds = vote.rounds && vote.rounds.length > 0 ? vote.rounds : [vote.counts];
    if (rounds.length > MAX_ROUNDS) throw new RangeError(`more than ${MAX_ROUNDS} rounds`);
    const options = Math.max(...rounds.map((round) => round.length));
    bytes.push(rounds.length);
    writeVarint(bytes, options);
    for (const round of rounds) for (let option = 0; option < options; option++) writeVarint(bytes, round[option] ?? 0);
  }
  return `RVS${meeting.seeding}.${sealed(bytes)}`;
}

/** Reads a session code back; never throws, whatever the text. Spaces and line breaks are ignored. */
export function parseSessionCode(text: string): SessionDecoding {
  const damaged = { ok: false, error: { kind: 'damaged' } } as const;
  const compact = text.replace(/\s+/g, '');
  const format = /^RVS(\d+)\./.exec(compact);
  if (!format) return damaged;
  const seeding = seedingOfFormat(Number(format[1]));
  if (seeding === undefined) return { ok: false, error: { kind: 'format', format: Number(format[1]) } };
  const body = unsealed(compact.slice(format[0].length));
  if (!body) return damaged;
  try {
    const reader = new ByteReader(body);
    const meeting = readSession(reader, seeding);
    const counts = Array.from({ length: reader.varint() }, () => readCounts(reader));
    return reader.done ? { ok: true, value: { meeting, counts } } : damaged;
  } catch {
    return damaged;
  }
}

function readCounts(reader: ByteReader): RoomCounts {
  const rounds = reader.byte();
  if (rounds < 1 || rounds > MAX_ROUNDS) throw new RangeError('rounds');
  const options = reader.varint();
  if (options > 256) throw new RangeError('options');
  return Array.from({ length: rounds }, () => Array.from({ length: options }, () => reader.varint()));
}
