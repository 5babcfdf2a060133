import { type ByteReader, sealed, writeVarint } from './code-bytes.ts';
import { type RoomVote, roundsOf } from './facilitation.ts';
import { decodeCode, type ReplayCodeError, type ReplaySession, readSession, sessionBytes } from './replay-code.ts';

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
    const rounds = roundsOf(vote);
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
  return decodeCode(text, 'RVS', (reader, seeding) => {
    const meeting = readSession(reader, seeding);
    const counts = Array.from({ length: reader.varint() }, () => readCounts(reader));
    return { meeting, counts };
  });
}

function readCounts(reader: ByteReader): RoomCounts {
  const rounds = reader.byte();
  if (rounds < 1 || rounds > MAX_ROUNDS) throw new RangeError('rounds');
  const options = reader.varint();
  if (options > 256) throw new RangeError('options');
  return Array.from({ length: rounds }, () => Array.from({ length: options }, () => reader.varint()));
}
