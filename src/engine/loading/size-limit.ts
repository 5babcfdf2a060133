/*
 * How large a scenario text may be. It is a limit of the loader (parsing must stay instant), so it
 * lives beside the nesting limits; the gate for files the game did not ship (src/content) and the
 * player's saved scenarios (src/storage) both read it from here.
 */

/** Far above any real scenario (the model one is ~40 KB), low enough that parsing stays instant. */
export const MAX_SCENARIO_BYTES = 512 * 1024;

/** The size of a text as UTF-8, the unit of `MAX_SCENARIO_BYTES`. */
export function byteLength(text: string): number {
  return new TextEncoder().encode(text).length;
}
