import type { Lang, Text } from '../engine/index.ts';

/** The words of the introduction's last screen, loaded with it (not with the menu). */
export const INTRODUCTION_END = {
  kicker: { fr: 'Introduction', en: 'Introduction' },
  title: { fr: 'Ce qui compte dans le score', en: 'What is scored' },
  twoScores: {
    fr: 'Chaque rendez-vous se termine par deux scores sur 100\u00a0: l’écoute (laisser finir, noter ce qui compte, ne pas couper la parole) et la conclusion (la façon de finir\u00a0: une suite précise plutôt qu’une décision forcée). Chacun part d’un point de départ, puis gagne ou perd des points à chaque moment qui compte. Voici les vôtres.',
    en: 'Every meeting ends with two scores out of 100: listening (letting people finish, noting what matters, not cutting in) and closing (how you end: a precise next step rather than a forced decision). Each starts from a base, then gains or loses points at every moment that counts. Here are yours.',
  },
  howItEnded: { fr: 'Comment cela s’est terminé', en: 'How it ended' },
  moments: { fr: 'Les moments de cette introduction', en: 'The moments of this introduction' },
  afterwards: {
    fr: 'Après chaque rendez-vous, le débriefing explique ainsi chaque point, et vous dit quoi travailler ensuite.',
    en: 'After every meeting, the debrief explains each point like this, and tells you what to practise next.',
  },
  toMeetings: { fr: 'Aller aux rendez-vous', en: 'Go to the meetings' },
  again: { fr: 'Rejouer l’introduction', en: 'Replay the introduction' },
} as const satisfies Record<string, Text>;

export function it(word: keyof typeof INTRODUCTION_END, lang: Lang): string {
  return INTRODUCTION_END[word][lang];
}
