import type { MeetingSeed } from './session.ts';
import type { MeetingResult } from './view.types.ts';

/**
 * A seeded pseudo-random generator (mulberry32). Randomness is an input of the engine: the same
 * seed draws the same numbers in Node and in every browser, so a session can be replayed.
 */
export type Rng = () => number;

export function seededRng(seed: number): Rng {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Picks one item of a non-empty list with the generator. */
export function draw<T>(rng: Rng, items: readonly [T, ...T[]]): T {
  const index = Math.floor(rng() * items.length);
  return items[index] ?? items[0];
}

/**
 * The rules a seed's draws follow. 2, today's: the variant from a mixed hash of the seed (spread
 * over consecutive seeds) and the options of each decision in an order drawn from the seed and the
 * decision. 1, the game's first rules, kept so that a replay code of format 1 replays what it
 * recorded: the variant from the generator's first number, the options in file order.
 */
export type Seeding = 1 | 2;
export const SEEDING: Seeding = 2;

/**
 * The seed of a finished meeting, to play it again exactly (the same variant, the same orders).
 * Here rather than beside the session: the debrief's screen reads it without loading the machine.
 */
export function seedOf(result: Pick<MeetingResult, 'seed' | 'seeding'>): MeetingSeed {
  return result.seeding === SEEDING ? result.seed : { seed: result.seed, seeding: result.seeding };
}

/** The murmur3 finaliser: every bit of the input moves about half the bits of the output. */
export function mix32(value: number): number {
  let h = value >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** A well-mixed 32-bit key of a whole number ≥ 0 (up to 2⁵³) and a salt. */
function keyOf(value: number, salt: number): number {
  const low = value >>> 0;
  const high = Math.floor(value / 2 ** 32) >>> 0;
  return mix32(mix32(low ^ salt) ^ mix32(high + 0x9e3779b9));
}

/** FNV-1a over the UTF-16 code units of a text: enough to tell a scenario's node IDs apart. */
function hashText(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** Fisher–Yates with the generator: every order equally likely. */
function shuffle<T>(items: readonly T[], rng: Rng): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

const VARIANT_SALT = 0x7a51a7;

/**
 * Which of `count` variants a seed draws (its index). Today's rule cuts the seeds into blocks of
 * `count` consecutive seeds and gives each block every variant once, in an order drawn from a
 * mixed hash of the block: so any `2 × count − 1` consecutive seeds hold a whole block, hence every
 * variant, while which seed draws which stays unforeseeable. (A hash of each seed alone cannot
 * promise that: with two variants, four seeds in a row would miss one of them one time in eight.)
 */
export function variantIndex(seed: number, count: number, seeding: Seeding = SEEDING): number {
  if (count <= 1) return 0;
  if (seeding === 1) return Math.min(count - 1, Math.floor(seededRng(seed)() * count));
  const block = Math.floor(seed / count);
  const order = shuffle(
    Array.from({ length: count }, (_, i) => i),
    seededRng(keyOf(block, VARIANT_SALT ^ count)),
  );
  return order[seed % count] ?? 0;
}

/** Where an author keeps an option, whatever the draw: first or last (for example "leave" last). */
export type Pin = 'first' | 'last';

/**
 * The order in which a decision shows its options, as indices into the file's list: the one rule
 * every screen, code and tool follows. It depends on the seed and the decision's ID only (not on the
 * turn, nor on which options are offered), so a decision met twice shows the same order, and a
 * replay the order the player saw. Options pinned `first` come first and those pinned `last` last,
 * each group in file order; the others are shuffled between them. Under rules 1, file order.
 */
export function shownOrder(
  seed: number,
  nodeId: string,
  options: readonly { readonly pin?: Pin | undefined }[],
  seeding: Seeding = SEEDING,
): number[] {
  const indices = options.map((_, index) => index);
  if (seeding === 1) return indices;
  const pinned = (pin: Pin) => indices.filter((i) => options[i]?.pin === pin);
  const free = indices.filter((i) => options[i]?.pin === undefined);
  return [...pinned('first'), ...shuffle(free, seededRng(keyOf(seed, hashText(nodeId)))), ...pinned('last')];
}
