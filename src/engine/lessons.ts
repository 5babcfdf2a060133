/**
 * Lesson IDs from `LESSONS.md` (shared with the training team). Scenarios, scoring moments and the
 * debrief refer to lessons by these IDs; the titles are short reminders for authors and the debrief.
 */
export const LESSONS = {
  L01: { core: true, title: { fr: 'Se renseigner avant', en: 'Do your homework' } },
  L02: { core: true, title: { fr: 'Pourquoi moi ?', en: 'Why would they hire you?' } },
  L03: { core: false, title: { fr: 'Connaître son CV envoyé', en: 'Know the CV they received' } },
  L04: { core: false, title: { fr: 'Lire le brief du commercial', en: 'Read the account brief' } },
  L05: { core: true, title: { fr: 'Qualifier avant de se déplacer', en: 'Qualify before you travel' } },
  L06: { core: false, title: { fr: 'Savoir dire non', en: 'Saying no frees time' } },
  L07: { core: true, title: { fr: 'Se présenter court', en: 'A short, targeted introduction' } },
  L08: { core: true, title: { fr: 'Demander le temps disponible', en: 'Ask how much time they have' } },
  L09: { core: false, title: { fr: 'Tour de table sobre', en: 'Keep the round of introductions short' } },
  L10: { core: true, title: { fr: 'Le client se présente d’abord', en: 'Clients introduce themselves first' } },
  L11: { core: true, title: { fr: 'Ne pas couper la parole', en: 'Do not interrupt' } },
  L12: { core: true, title: { fr: 'Pas de monologue', en: 'No monologue' } },
  L13: { core: true, title: { fr: 'Questions ouvertes', en: 'Open questions' } },
  L14: { core: false, title: { fr: 'De l’attention, pas une vitrine', en: 'Attention, not a showcase' } },
  L15: { core: true, title: { fr: 'Prendre des notes', en: 'Take notes' } },
  L16: { core: true, title: { fr: 'Les besoins non écrits', en: 'Needs nobody wrote down' } },
  L17: { core: false, title: { fr: 'Une trame, mais de la souplesse', en: 'A checklist, loosely held' } },
  L18: { core: true, title: { fr: 'Une faiblesse maîtrisée', en: 'A controlled weakness' } },
  L19: { core: false, title: { fr: 'Tout cacher se paie', en: 'Hiding everything backfires' } },
  L20: { core: true, title: { fr: 'Des références proches', en: 'Close references only' } },
  L21: { core: false, title: { fr: 'Ses compétences clés', en: 'Your core skills' } },
  L22: { core: false, title: { fr: 'Pas toujours une vente', en: 'Not every meeting is a sale' } },
  L23: { core: true, title: { fr: 'Un contrat avant le travail', en: 'A contract before any work' } },
  L24: { core: false, title: { fr: 'La concurrence cachée', en: 'The unseen competitor' } },
  L25: { core: true, title: { fr: 'Ne pas fermer la porte', en: 'Keep the door open' } },
  L26: { core: true, title: { fr: 'Gagner du temps', en: 'Play for time' } },
  L27: { core: true, title: { fr: 'Déléguer en restant l’interlocuteur', en: 'Delegate, stay the contact' } },
  L28: { core: true, title: { fr: 'Découper en étapes', en: 'Split it into stages' } },
  L29: { core: true, title: { fr: 'Faire le point avant la fin', en: 'Take stock before the end' } },
  L30: { core: true, title: { fr: 'Ne pas forcer la décision', en: 'Do not force the decision' } },
  L31: { core: true, title: { fr: 'Demander son impression', en: 'Ask for their impression' } },
  L32: { core: true, title: { fr: 'Fixer une date de rappel', en: 'Turn a vague reply into a date' } },
  L33: { core: false, title: { fr: 'La dernière impression', en: 'The last impression' } },
  L34: { core: false, title: { fr: 'Ne pas partir battu', en: 'Do not leave defeated' } },
  L35: { core: true, title: { fr: 'Construire ensemble', en: 'Build the deal together' } },
} as const;

export type LessonId = keyof typeof LESSONS;
export const LESSON_IDS = Object.keys(LESSONS) as [LessonId, ...LessonId[]];
