import * as z from 'zod/mini';

/*
 * The live room's rules, the same for the server, the projector and the phones: what the stage and
 * a ballot may hold, which ballots count, and when a round's counts stop moving. Pure: no socket,
 * no page, no clock. Everything read from another device is parsed here before it is believed.
 */

/** Letters a decision may be shown with (the widest scenarios have twelve options). */
export const LETTERS = 'ABCDEFGHIJKL';
/** A room plays each decision at most twice: vote, discuss, vote again (Smith et al. 2009). */
export const MAX_ROUNDS = 2;

/** Room codes are typed on phones: capitals and digits, without I, O, 0 and 1, which are read as one another. */
export const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export const CODE_LENGTH = 6;
const CODE = new RegExp(`^[${CODE_ALPHABET}]{${CODE_LENGTH}}$`);
/** Phone ids and facilitator keys: random bytes in base64url, long enough not to be guessed. */
const PHONE_ID = /^[A-Za-z0-9_-]{22,64}$/;
const FACILITATOR_KEY = /^[A-Za-z0-9_-]{43}$/;

export const isRoomCode = (text: string): boolean => CODE.test(text);
export const isPhoneId = (text: string): boolean => PHONE_ID.test(text);
export const isFacilitatorKey = (text: string): boolean => FACILITATOR_KEY.test(text);

/** A code typed by hand: spaces and dashes dropped, small letters read as capitals. */
export const normaliseCode = (typed: string): string => typed.replace(/[\s-]/g, '').toUpperCase();

/**
 * A room code from random bytes (one byte per character; 256 is a multiple of the alphabet's 32
 * letters, so every letter is equally likely).
 */
export function roomCodeFrom(bytes: Uint8Array): string {
  if (bytes.length < CODE_LENGTH) throw new Error(`a room code needs ${CODE_LENGTH} random bytes`);
  return Array.from(bytes.subarray(0, CODE_LENGTH), (b) => CODE_ALPHABET[b % CODE_ALPHABET.length]).join('');
}

/** Random bytes as base64url, for phone ids and facilitator keys. */
export function base64url(bytes: Uint8Array): string {
  let text = '';
  for (const b of bytes) text += String.fromCharCode(b);
  return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

const letter = z.string().check(z.regex(/^[A-L]$/));
const round = z.number().check(z.int(), z.minimum(1), z.maximum(MAX_ROUNDS));
/** Votes per letter. */
const counts = z.record(letter, z.number().check(z.int(), z.minimum(0)));
export type Counts = z.infer<typeof counts>;

const stageOption = z.strictObject({ letter, text: z.string().check(z.maxLength(400)) });
export type StageOption = z.infer<typeof stageOption>;

/**
 * What every phone sees, written by the projector only: the decision being voted on (its key is
 * unique in the meeting), its options in the order shown, the round, whether the vote is locked,
 * and the counts of each round once they are revealed.
 */
const stage = z.strictObject({
  key: z.string().check(z.minLength(1), z.maxLength(120)),
  lang: z.enum(['fr', 'en']),
  question: z.optional(z.string().check(z.maxLength(600))),
  options: z.array(stageOption).check(z.minLength(1), z.maxLength(LETTERS.length)),
  round,
  locked: z.boolean(),
  revealed: z.boolean(),
  /** The facilitator asked for first names with the votes. */
  named: z.boolean(),
  results: z.optional(z.array(counts).check(z.maxLength(MAX_ROUNDS))),
});
export type Stage = z.infer<typeof stage>;

/** A phone's vote: for one decision, one round, one letter (and a first name if the room votes by name). */
const ballot = z.strictObject({
  key: z.string().check(z.minLength(1), z.maxLength(120)),
  round,
  letter,
  name: z.optional(z.string().check(z.maxLength(40))),
});
export type Ballot = z.infer<typeof ballot>;

/** One round's votes at the decision on stage; a locked round's counts no longer move. */
const roundTally = z.strictObject({ counts, voters: z.number(), names: z.array(z.string()), locked: z.boolean() });
export type RoundTally = z.infer<typeof roundTally>;

/** What the server tells the projector only: each round's votes at the decision on stage, and how many phones are there. */
const tally = z.strictObject({ key: z.nullable(z.string()), rounds: z.array(roundTally), phones: z.number() });
export type Tally = z.infer<typeof tally>;

/** A value read from another device, or null when it is not what it should be. */
const parser =
  <T>(schema: z.ZodMiniType<T>) =>
  (value: unknown): T | null => {
    const parsed = schema.safeParse(value);
    return parsed.success ? parsed.data : null;
  };
export const parseStage = parser(stage);
export const parseBallot = parser(ballot);
export const parseTally = parser(tally);

/** A ballot counts at this stage: the decision and round on stage, one of its letters. */
export function countsAt(stage: Stage, ballot: Ballot): boolean {
  return ballot.key === stage.key && ballot.round === stage.round && stage.options.some((o) => o.letter === ballot.letter);
}

/**
 * The votes for the stage's round: one per phone (each phone holds one ballot), ballots for another
 * decision, round or letter left out. Names only when the facilitator asked for them.
 */
export function countBallots(stage: Stage, ballots: Iterable<Ballot>): Omit<RoundTally, 'locked'> {
  const tallied: Record<string, number> = Object.fromEntries(stage.options.map((o) => [o.letter, 0]));
  let voters = 0;
  const names: string[] = [];
  for (const b of ballots) {
    if (!countsAt(stage, b)) continue;
    tallied[b.letter] = (tallied[b.letter] ?? 0) + 1;
    voters++;
    if (stage.named && b.name?.trim()) names.push(`${b.name.trim()} (${b.letter})`);
  }
  return { counts: tallied, voters, names: names.sort((a, b) => a.localeCompare(b)) };
}

/** The tally a room starts with, and goes back to between decisions. */
export const NO_TALLY: Tally = { key: null, rounds: [], phones: 0 };

/**
 * The tally after a change of stage or ballots. A round's counts stop moving once it is locked: a
 * ballot that arrives after the lock changes nothing. A new decision starts with no rounds.
 */
export function nextTally(previous: Tally, stage: Stage | null, ballots: Iterable<Ballot>, phones: number): Tally {
  if (!stage) return { ...NO_TALLY, phones };
  const kept = previous.key === stage.key ? previous.rounds : [];
  const rounds = kept.slice(0, stage.round - 1);
  // A round never voted on (the server started after it) is shown as locked with no votes.
  while (rounds.length < stage.round - 1) rounds.push({ counts: {}, voters: 0, names: [], locked: true });
  const current = kept[stage.round - 1];
  rounds.push(current?.locked ? current : { ...countBallots(stage, ballots), locked: stage.locked });
  return { key: stage.key, rounds, phones };
}
