/**
 * The fixed lists the engine and the page share, written once. Kept free of zod (unlike schema.ts,
 * which loads only when a file has to be checked), so the game can import them on its first load.
 */

/** The skills the debrief scores, in the order it shows them. */
export const SKILLS = ['listening', 'closing'] as const;

/** The parts of a prospect's mood. */
export const MOOD_PARTS = ['trust', 'interest', 'patience'] as const;
