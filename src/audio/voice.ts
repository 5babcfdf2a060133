/** A prospect's voice: the blip sound played at a rate of their own while their line is typed. */

/** One blip every this many letters typed. */
export const LETTERS_PER_BLIP = 3;

const LOWEST = 0.7;
const HIGHEST = 1.5;
const STEPS = 16;

/**
 * The playback rate of a prospect's blips, from their ID alone (FNV-1a hash), so the same person
 * always sounds the same, across meetings and machines. Rates fall on a few steps between a low
 * and a high voice, so two people of one meeting are rarely too close to tell apart.
 */
export function voicePitch(prospectId: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < prospectId.length; i++) {
    hash ^= prospectId.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  const step = hash % STEPS;
  return Math.round((LOWEST + ((HIGHEST - LOWEST) * step) / (STEPS - 1)) * 1000) / 1000;
}

/**
 * Counts the letters typed so far and says when the next blip is due. Spaces and punctuation do not
 * count: a voice pauses between words.
 */
export function blipCounter(): { reset(): void; typed(shown: string): boolean } {
  let spoken = 0;
  return {
    reset() {
      spoken = 0;
    },
    typed(shown) {
      const letters = shown.replace(/[^\p{L}\p{N}]/gu, '').length;
      if (letters - spoken < LETTERS_PER_BLIP) return false;
      spoken = letters;
      return true;
    },
  };
}
