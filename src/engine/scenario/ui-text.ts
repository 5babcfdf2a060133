import type { Text } from './lang.ts';

/** The few words the engine itself puts on actions, in both languages. */
export const ACTION_WORDS = {
  continue: { fr: 'Continuer', en: 'Continue' },
  letFinish: { fr: 'Laisser finir', en: 'Let them finish' },
  /** The last part's "continue", which lets the story end: scenarios give no gender, so it says the first name. */
  letNameFinish: { fr: 'Laisser {name} finir', en: 'Let {name} finish' },
  note: { fr: 'Prendre une note', en: 'Take a note' },
} as const satisfies Record<string, Text>;
