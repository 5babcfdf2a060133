/*
 * The words a scenario uses for where the people are and what they do as they speak. The
 * presentation draws them (scenes/art); they stand apart from schema.ts, like appearance-words.ts,
 * so that the game can read them without loading zod.
 */

/** Where a meeting takes place, the backdrop drawn behind the people for the whole meeting. */
export const SETTINGS = ['office', 'cafe', 'phone', 'panel'] as const;

/** Where the people are at one point of a meeting: any setting, and the places one passes on the way out. */
export const PLACES = [...SETTINGS, 'corridor', 'lift'] as const;
export type MeetingPlace = (typeof PLACES)[number];

/** What the speaker does as they say a text, drawn instead of written as a stage direction. */
export const GESTURES = [
  'crossed-arms',
  'smile',
  'frown',
  'looks-at-watch',
  'leans-in',
  'writes',
  'hangs-up',
  'nods',
  'sighs',
  'offers-hand',
] as const;
export type Gesture = (typeof GESTURES)[number];
