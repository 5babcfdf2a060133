import type { Text } from './lang.ts';

/** The few words the engine itself puts on actions, in both languages. */
export const ACTION_WORDS = {
  continue: { fr: 'Continuer', en: 'Continue' },
  letFinish: { fr: 'Laisser finir', en: 'Let them finish' },
  note: { fr: 'Prendre une note', en: 'Take a note' },
} as const satisfies Record<string, Text>;
