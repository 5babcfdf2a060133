import type { KeyValueStore } from './preferences.ts';

/** How a player left the introduction: both mean it is not opened by itself again. */
export const INTRODUCTION_ENDS = ['finished', 'skipped'] as const;
export type IntroductionEnd = (typeof INTRODUCTION_ENDS)[number];

export const INTRODUCTION_KEY = 'rendez-vous.introduction';

/**
 * How the player left the introduction on an earlier visit, or null if they never did (a first
 * launch). Anything else in the store, or a store that throws, reads as never: at worst the
 * introduction is offered once more, with its skip button, rather than lost to a player who needs it.
 */
export function readIntroductionEnd(store: KeyValueStore | null): IntroductionEnd | null {
  let raw: string | null = null;
  try {
    raw = store?.getItem(INTRODUCTION_KEY) ?? null;
  } catch {
    raw = null;
  }
  return INTRODUCTION_ENDS.find((end) => end === raw) ?? null;
}

/** Remembers that the introduction was finished or skipped; without storage it lasts for this visit. */
export function writeIntroductionEnd(store: KeyValueStore | null, end: IntroductionEnd): void {
  try {
    store?.setItem(INTRODUCTION_KEY, end);
  } catch {
    // Storage full or forbidden (private mode): the next visit opens on the introduction again.
  }
}
