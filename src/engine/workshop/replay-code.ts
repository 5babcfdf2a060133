import { SEEDING, type Seeding } from '../meeting/rng.ts';
import type { PlayerAction } from '../meeting/view.types.ts';
import { isLang, LANGS, type Lang } from '../scenario/lang.ts';

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
  const id = new TextEncoder().encode(session.scenarioId);
  if (id.length > 255) throw new Error('a scenario id longer than 255 bytes cannot go in a replay code');
  const bytes: number[] = [session.seeding, LANGS.indexOf(session.lang)];
  writeVarint(bytes, session.seed);
  writeVarint(bytes, session.scenarioVersion);
  bytes.push(id.length, ...id);
  writeVarint(bytes, session.actions.length);
  const nibbles = session.actions.flatMap(actionNibbles);
  for (let i = 0; i < nibbles.length; i += 2) bytes.push(((nibbles[i] ?? 0) << 4) | (nibbles[i + 1] ?? 0));
  const sum = checksum(bytes);
  bytes.push(sum >>> 24, (sum >>> 16) & 0xff, (sum >>> 8) & 0xff, sum & 0xff);
  return `RV${session.seeding}.${toBase64Url(Uint8Array.from(bytes))}`;
}

/** Reads a code back; never throws, whatever the text. Spaces and line breaks around or inside are ignored. */
export function parseReplayCode(text: string): ReplayDecoding {
  const damaged = { ok: false, error: { kind: 'damaged' } } as const;
  const compact = text.replace(/\s+/g, '');
  const format = /^RV(\d+)\./.exec(compact);
  if (!format) return damaged;
  const seeding = FORMATS.find((f) => f === Number(format[1]));
  if (seeding === undefined) return { ok: false, error: { kind: 'format', format: Number(format[1]) } };
  const bytes = fromBase64Url(compact.slice(format[0].length));
  if (!bytes || bytes.length < 4) return damaged;
  const body = Array.from(bytes.subarray(0, bytes.length - 4));
  const stored = new DataView(bytes.buffer, bytes.byteOffset + bytes.length - 4, 4).getUint32(0);
  if (checksum(body) !== stored) return damaged;
  try {
    return { ok: true, value: readBody(body, seeding) };
  } catch {
    return damaged;
  }
}

function readBody(body: readonly number[], seeding: Seeding): ReplaySession {
  let at = 0;
  const byte = () => {
    const b = body[at++];
    if (b === undefined) throw new RangeError('short');
    return b;
  };
  const varint = () => {
    let value = 0;
    for (let shift = 0; shift < 35; shift += 7) {
      const b = byte();
      value += (b & 0x7f) * 2 ** shift;
      if (b < 0x80) return value;
    }
    throw new RangeError('varint');
  };
  if (byte() !== seeding) throw new RangeError('format');
  const lang = LANGS[byte()];
  if (!lang || !isLang(lang)) throw new RangeError('lang');
  const seed = varint();
  const scenarioVersion = varint();
  const idLength = byte();
  const id = Uint8Array.from(Array.from({ length: idLength }, byte));
  const scenarioId = new TextDecoder('utf-8', { fatal: true }).decode(id);
  const count = varint();
  const nibbles: number[] = [];
  while (at < body.length) {
    const b = byte();
    nibbles.push(b >> 4, b & 0xf);
  }
  const actions: PlayerAction[] = [];
  let n = 0;
  const nibble = () => {
    const v = nibbles[n++];
    if (v === undefined) throw new RangeError('actions');
    return v;
  };
  while (actions.length < count) actions.push(readAction(nibble));
  // Only one padding nibble may follow the last action.
  if (nibbles.length - n > 1 || nibbles.slice(n).some((v) => v !== 0)) throw new RangeError('trailing');
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

function writeVarint(out: number[], value: number): void {
  if (!Number.isSafeInteger(value) || value < 0 || value >= 2 ** 35) throw new RangeError(`cannot encode ${value}`);
  let rest = value;
  while (rest >= 0x80) {
    out.push((rest % 0x80) | 0x80);
    rest = Math.floor(rest / 0x80);
  }
  out.push(rest);
}

/** FNV-1a, 32 bits: enough to catch a mistyped or truncated code, which is all it is for. */
function checksum(bytes: readonly number[]): number {
  let hash = 0x811c9dc5;
  for (const b of bytes) hash = Math.imul(hash ^ b, 0x01000193) >>> 0;
  return hash >>> 0;
}

/** Base64url through the platform's own `btoa`/`atob` (in every browser and in Node). */
function toBase64Url(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    return Uint8Array.from(binary, (ch) => ch.charCodeAt(0));
  } catch {
    return null;
  }
}
