import { SEEDING, type Seeding } from '../meeting/rng.ts';
import type { PlayerAction } from '../meeting/view.types.ts';
import { isLang, LANGS, type Lang } from '../scenario/lang.ts';
import { ByteReader, sealed, unsealed, writeVarint } from './code-bytes.ts';

/**
 * Replay codes: a finished session as a short text a trainee can hand to a coach. A code holds the
 * scenario id and version, the language, the seed and the player's actions — with the scenario file,
 * enough to replay the meeting exactly. Layout (then base64url, prefixed `RV<format>.`):
 *
 *   format(1) lang(1) seed(varint) version(varint) idLength(1) id(utf-8) count(varint) actions(nibbles) checksum(4)
 *
 * Actions are packed two to a byte: 0 continue, 1 note, 2 interrupt, 3–14 choose option 0–11 (its
 * index in the file, whatever order it was shown in), 15 then two more nibbles for options 12–255.
 * The checksum (FNV-1a) catches a mistyped character.
 *
 * The format is also the rules the seed's draws followed (`Seeding`): a code of format 1 was made
 * before options were shuffled and variants spread over seeds, and replays with those first rules;
 * format 2 codes with today's. Both layouts are the same; a game reads every format up to its own.
 */
export const REPLAY_FORMAT: Seeding = SEEDING;
const FORMATS: readonly Seeding[] = [1, REPLAY_FORMAT];

export interface ReplaySession {
  readonly scenarioId: string;
  readonly scenarioVersion: number;
  readonly lang: Lang;
  readonly seed: number;
  /** The rules the seed's draws followed, which is also the code's format. */
  readonly seeding: Seeding;
  readonly actions: readonly PlayerAction[];
}

export type ReplayCodeError =
  /** Not a replay code at all, or a character was lost or changed on the way. */
  | { readonly kind: 'damaged' }
  /** A code from a newer game, which this one cannot read. */
  | { readonly kind: 'format'; readonly format: number };

export type ReplayDecoding =
  | { readonly ok: true; readonly value: ReplaySession }
  | { readonly ok: false; readonly error: ReplayCodeError };

/**
 * The code of a session, of the format its seeding names (today's unless said). Throws on a seed
 * or version that is not a whole number ≥ 0 (a programming error).
 */
export function makeReplayCode(made: Omit<ReplaySession, 'seeding'> & { readonly seeding?: Seeding }): string {
  const session = { ...made, seeding: made.seeding ?? SEEDING };
  return `RV${session.seeding}.${sealed(sessionBytes(session))}`;
}

/** Reads a code back; never throws, whatever the text. Spaces and line breaks around or inside are ignored. */
export function parseReplayCode(text: string): ReplayDecoding {
  return decodeCode(text, 'RV', readSession);
}

/**
 * Reads a code of this game, `<prefix><format>.<base64url>`, whose body `read` reads to its last
 * byte; never throws. A code of an unknown format is refused as such, anything else unreadable as
 * damaged. Replay codes and session codes are both read this way.
 */
export function decodeCode<T>(
  text: string,
  prefix: 'RV' | 'RVS',
  read: (reader: ByteReader, seeding: Seeding) => T,
): { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: ReplayCodeError } {
  const damaged = { ok: false, error: { kind: 'damaged' } } as const;
  const compact = text.replace(/\s+/g, '');
  const format = new RegExp(`^${prefix}(\\d+)\\.`).exec(compact);
  if (!format) return damaged;
  const seeding = FORMATS.find((f) => f === Number(format[1]));
  if (seeding === undefined) return { ok: false, error: { kind: 'format', format: Number(format[1]) } };
  const body = unsealed(compact.slice(format[0].length));
  if (!body) return damaged;
  try {
    const reader = new ByteReader(body);
    const value = read(reader, seeding);
    return reader.done ? { ok: true, value } : damaged;
  } catch {
    return damaged;
  }
}

/**
 * A session as bytes: everything a replay code holds but its checksum. A session code starts with the
 * same bytes and carries the room's votes after them.
 */
export function sessionBytes(session: ReplaySession): number[] {
  const id = new TextEncoder().encode(session.scenarioId);
  if (id.length > 255) throw new Error('a scenario id longer than 255 bytes cannot go in a replay code');
  const bytes: number[] = [session.seeding, LANGS.indexOf(session.lang)];
  writeVarint(bytes, session.seed);
  writeVarint(bytes, session.scenarioVersion);
  bytes.push(id.length, ...id);
  writeVarint(bytes, session.actions.length);
  const nibbles = session.actions.flatMap(actionNibbles);
  for (let i = 0; i < nibbles.length; i += 2) bytes.push(((nibbles[i] ?? 0) << 4) | (nibbles[i + 1] ?? 0));
  return bytes;
}

/** Reads what `sessionBytes` wrote, and no further; throws a RangeError on anything else. */
export function readSession(reader: ByteReader, seeding: Seeding): ReplaySession {
  if (reader.byte() !== seeding) throw new RangeError('format');
  const lang = LANGS[reader.byte()];
  if (!lang || !isLang(lang)) throw new RangeError('lang');
  const seed = reader.varint();
  const scenarioVersion = reader.varint();
  const id = Uint8Array.from(Array.from({ length: reader.byte() }, () => reader.byte()));
  const scenarioId = new TextDecoder('utf-8', { fatal: true }).decode(id);
  const count = reader.varint();
  // Actions are nibbles, two to a byte, read a byte at a time as they are needed.
  let low: number | null = null;
  const nibble = () => {
    if (low !== null) {
      const v = low;
      low = null;
      return v;
    }
    const b = reader.byte();
    low = b & 0xf;
    return b >> 4;
  };
  const actions: PlayerAction[] = [];
  while (actions.length < count) actions.push(readAction(nibble));
  // The last byte's other half, if left, is padding: zero.
  if (low !== null && low !== 0) throw new RangeError('trailing');
  return { scenarioId, scenarioVersion, lang, seed, seeding, actions };
}

function actionNibbles(action: PlayerAction): number[] {
  switch (action.kind) {
    case 'continue':
      return [0];
    case 'note':
      return [1];
    case 'interrupt':
      return [2];
    case 'choose':
      if (!Number.isInteger(action.index) || action.index < 0 || action.index > 255) throw new RangeError('option index');
      return action.index < 12 ? [3 + action.index] : [15, action.index >> 4, action.index & 0xf];
  }
}

function readAction(nibble: () => number): PlayerAction {
  const v = nibble();
  if (v === 0) return { kind: 'continue' };
  if (v === 1) return { kind: 'note' };
  if (v === 2) return { kind: 'interrupt' };
  if (v < 15) return { kind: 'choose', index: v - 3 };
  const index = (nibble() << 4) | nibble();
  if (index < 12) throw new RangeError('long form for a short index');
  return { kind: 'choose', index };
}
