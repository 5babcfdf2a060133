import type { Text } from '../engine/index.ts';
import type { CountedText } from './plural.ts';

/** The words of the menu in a course launched by a training platform, both languages. */
export const COURSE = {
  title: { fr: 'Votre parcours', en: 'Your course' },
  someRequired: {
    fr: 'Terminez {required} de ces {total} rendez-vous pour valider le parcours.',
    en: 'Finish {required} of these {total} meetings to complete the course.',
  },
  complete: {
    fr: 'Parcours validé. Vous pouvez continuer à vous entraîner\u00a0: vos meilleurs résultats comptent.',
    en: 'Course complete. You can keep practising: your best results count.',
  },
  toDo: { fr: 'Pas encore terminé', en: 'Not finished yet' },
} as const satisfies Record<string, Text>;

/** The course's phrases about a number of meetings (see `plural`). */
export const COURSE_COUNTS = {
  allRequired: {
    one: { fr: 'Terminez ce rendez-vous pour valider le parcours.', en: 'Finish this meeting to complete the course.' },
    other: {
      fr: 'Terminez ces {count} rendez-vous pour valider le parcours.',
      en: 'Finish these {count} meetings to complete the course.',
    },
  },
  finished: {
    one: { fr: 'Rendez-vous terminé\u00a0: {count} sur {required}.', en: 'Meetings finished: {count} of {required}.' },
    other: { fr: 'Rendez-vous terminés\u00a0: {count} sur {required}.', en: 'Meetings finished: {count} of {required}.' },
  },
} as const satisfies Record<string, CountedText>;
