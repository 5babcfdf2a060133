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
