import type { Lang, Text } from '../engine/index.ts';
import type { LmsProblem } from '../lms/runtime.ts';

/** The words of the learning platform's bar, both languages. */
export const WORDS = {
  region: { fr: 'Suivi par la plateforme de formation', en: 'Training platform tracking' },
  notRecorded: {
    fr: 'Votre progression n’est pas enregistrée par la plateforme de formation.',
    en: 'Your progress is not being recorded by the training platform.',
  },
  retry: { fr: 'Réessayer', en: 'Try again' },
  fold: { fr: 'Masquer', en: 'Hide' },
  retryFolded: { fr: 'Progression non enregistrée\u00a0: réessayer', en: 'Progress not recorded: try again' },
  finish: { fr: 'Terminer et enregistrer', en: 'Finish and save' },
  finished: {
    fr: 'Votre progression est enregistrée. Vous pouvez fermer cette fenêtre\u202f; ce que vous jouerez encore ne sera pas enregistré.',
    en: 'Your progress is saved. You can close this window; anything you play from now on will not be recorded.',
  },
  details: { fr: 'Pour votre administrateur\u00a0:', en: 'For your administrator:' },
} as const satisfies Record<string, Text>;

/** What the learner can do about each problem. */
export const WHAT_TO_DO = {
  'no-platform': {
    fr: 'Ouvrez ce cours depuis votre plateforme de formation, puis réessayez.',
    en: 'Open this course from your training platform, then try again.',
  },
  'other-origin': {
    fr: 'La plateforme sert ce cours depuis une autre adresse que la sienne et ne peut pas le suivre. Signalez-le à son administrateur.',
    en: 'The platform serves this course from an address other than its own, so it cannot track it. Tell its administrator.',
  },
  refused: {
    fr: 'La plateforme a refusé d’ouvrir le suivi. Réessayez dans un instant.',
    en: 'The platform refused to start tracking. Try again in a moment.',
  },
  write: {
    fr: 'La plateforme a refusé une partie de vos résultats. Réessayez dans un instant.',
    en: 'The platform refused part of your results. Try again in a moment.',
  },
  commit: {
    fr: 'La plateforme n’a pas pu enregistrer vos résultats. Vérifiez votre connexion, puis réessayez.',
    en: 'The platform could not save your results. Check your connection, then try again.',
  },
  finish: {
    fr: 'La plateforme n’a pas pu clore la session. Vérifiez votre connexion, puis réessayez.',
    en: 'The platform could not close the session. Check your connection, then try again.',
  },
  threw: {
    fr: 'La plateforme a rencontré une erreur. Réessayez dans un instant.',
    en: 'The platform ran into an error. Try again in a moment.',
  },
} as const satisfies Record<LmsProblem['kind'], Text>;

export const lw = (word: keyof typeof WORDS, lang: Lang): string => WORDS[word][lang];
