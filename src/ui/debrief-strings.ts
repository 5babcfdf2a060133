import type { Lang, Outcome, Text } from '../engine/index.ts';
import type { CountedText } from './plural.ts';

/** The words of the debrief's outcome, three things to remember, sections, figures, road not taken and "About the scoring", both languages. */
export const DEBRIEF = {
  rememberTitle: { fr: 'Trois choses à retenir', en: 'Three things to remember' },
  costliest: { fr: 'Votre moment le plus coûteux', en: 'Your costliest moment' },
  best: { fr: 'Votre meilleur moment', en: 'Your best moment' },
  practise: { fr: 'La leçon à travailler ensuite', en: 'The lesson to practise next' },
  noCostliest: { fr: 'Rien de ce que vous avez fait ne vous a coûté de point.', en: 'Nothing you did cost you a point.' },
  noBest: { fr: 'Rien de ce que vous avez fait ne vous a rapporté de point.', en: 'Nothing you did earned you a point.' },
  notMet: {
    fr: 'Ce rendez-vous la récompense, et vous ne l’avez pas encore rencontrée.',
    en: 'This meeting rewards it, and you have not met it yet.',
  },
  nothingToPractise: {
    fr: 'Aucun point perdu, et chaque leçon de ce rendez-vous rencontrée\u00a0: essayez-en un plus difficile.',
    en: 'No point lost, and every lesson of this meeting met: try a harder one.',
  },
  howItEnded: { fr: 'Comment cela s’est terminé', en: 'How it ended' },
  endingSection: { fr: 'La suite', en: 'What happened next' },
  momentsStart: { fr: '{skill}\u00a0: point de départ {base} / 100', en: '{skill}: starting point {base} / 100' },
  figuresTitle: { fr: 'La conversation en chiffres', en: 'The conversation in figures' },
  figuresHelp: {
    fr: 'Comptés sur les mots prononcés dans ce rendez-vous\u202f; les durées sont estimées à 150 mots par minute. Entre parenthèses, le repère des analyses d’appels commerciaux.',
    en: 'Counted from the words spoken in this meeting; times are estimated at 150 words a minute. In brackets, the reference point from analyses of sales calls.',
  },
  talkShare: { fr: 'Votre part de parole', en: 'Your share of the talk' },
  talkShareValue: { fr: '{share} % ({player} sur {total})', en: '{share}% ({player} of {total})' },
  talkShareRef: {
    fr: 'repère\u00a0: environ 43 % dans les meilleurs appels\u202f; au-delà de 65 %, cela nuit',
    en: 'reference: about 43% in the best calls; over 65% hurts',
  },
  nobodySpoke: { fr: 'personne n’a parlé', en: 'nobody spoke' },
  monologue: { fr: 'Votre plus long monologue', en: 'Your longest monologue' },
  monologueRef: {
    fr: 'repère\u00a0: court\u202f; une présentation de soi de plus de deux minutes va avec moins de ventes',
    en: 'reference: short; a company overview longer than two minutes goes with fewer wins',
  },
  story: { fr: 'Le plus long récit du client, sans vous', en: 'The client’s longest story, uninterrupted' },
  storyRef: {
    fr: 'repère\u00a0: les meilleurs appels laissent le client parler plusieurs minutes d’affilée',
    en: 'reference: the best calls let the customer talk for minutes at a stretch',
  },
  stretchValue: { fr: '{words}, environ {seconds} s', en: '{words}, about {seconds} s' },
  questions: { fr: 'Questions posées', en: 'Questions asked' },
  questionsValue: { fr: '{open}, {closed}', en: '{open}, {closed}' },
  questionsRef: {
    fr: 'repère\u00a0: les questions ouvertes font parler le client',
    en: 'reference: open questions get the client talking',
  },
  interruptions: { fr: 'Interruptions', en: 'Interruptions' },
  interruptionsRef: { fr: 'repère\u00a0: aucune', en: 'reference: none' },
  notes: { fr: 'Notes prises', en: 'Notes taken' },
  notesValue: {
    fr: '{notes}\u202f; douleurs notées\u00a0: {captured} sur {heard}',
    en: '{notes}; pains captured: {captured} of {heard}',
  },
  hiddenNeeds: { fr: 'Besoins cachés découverts', en: 'Hidden needs uncovered' },
  hiddenNeedsValue: { fr: '{uncovered} sur {total} dans ce scénario', en: '{uncovered} of {total} in this scenario' },
  hiddenNeedsRef: {
    fr: 'ce qu’un client ne dit que si on le laisse finir son récit',
    en: 'what a client only says when allowed to finish the story',
  },
  roadTitle: { fr: 'Le chemin non pris', en: 'The road not taken' },
  roadHelp: {
    fr: 'Les décisions qui vous ont coûté le plus\u00a0: chaque option comparée par la meilleure suite qu’elle laissait possible.',
    en: 'The decisions that cost you the most: each option weighed by the best the rest of the meeting could still bring after it.',
  },
  roadWeighing: { fr: 'Calcul des chemins possibles…', en: 'Weighing the other roads…' },
  roadTooLarge: {
    fr: 'Trop de chemins partent de vos décisions pour les comparer tous ici\u00a0: ce rendez-vous est trop vaste pour ce calcul.',
    en: 'Too many roads branch out from your decisions to compare them all here: this meeting is too large for the comparison.',
  },
  roadNone: {
    fr: 'Aucune de vos décisions ne vous a coûté de points\u00a0: il n’y avait pas de meilleur chemin.',
    en: 'None of your decisions cost you points: there was no better road.',
  },
  youChose: { fr: 'Vous avez choisi', en: 'You chose' },
  bestWas: { fr: 'Le meilleur choix', en: 'The best option' },
  wouldLead: {
    fr: 'Il aurait mené à\u00a0: {outcome} — «\u00a0{title}\u00a0» (écoute {listening}, conclusion {closing}).',
    en: 'It would have led to: {outcome} — “{title}” (listening {listening}, closing {closing}).',
  },
  tryFromHere: { fr: 'Rejouer depuis ici', en: 'Try again from here' },
  aboutButton: { fr: 'À propos du calcul', en: 'About the scoring' },
  aboutTitle: { fr: 'À propos du calcul', en: 'About the scoring' },
  close: { fr: 'Fermer', en: 'Close' },
} as const satisfies Record<string, Text>;

export type DebriefWord = keyof typeof DEBRIEF;

/** A debrief word with `{name}` slots filled; the values are shown as text, never interpreted. */
export function dt(word: DebriefWord, lang: Lang, values: Readonly<Record<string, string | number>> = {}): string {
  return DEBRIEF[word][lang].replace(/\{(\w+)\}/g, (slot, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : slot,
  );
}

/** The debrief's phrases about a number of things (see `plural`). */
export const DEBRIEF_COUNTS = {
  words: { one: { fr: '{count} mot', en: '{count} word' }, other: { fr: '{count} mots', en: '{count} words' } },
  open: { one: { fr: '{count} ouverte', en: '{count} open' }, other: { fr: '{count} ouvertes', en: '{count} open' } },
  closed: { one: { fr: '{count} fermée', en: '{count} closed' }, other: { fr: '{count} fermées', en: '{count} closed' } },
  heard: { one: { fr: '{count} entendue', en: '{count} heard' }, other: { fr: '{count} entendues', en: '{count} heard' } },
  pointsLost: {
    one: { fr: '{count} point perdu', en: '{count} point lost' },
    other: { fr: '{count} points perdus', en: '{count} points lost' },
  },
  /** A moment's points, signed ("+5 points", "−1 point"): the count agrees, `{signed}` shows it. */
  points: { one: { fr: '{signed} point', en: '{signed} point' }, other: { fr: '{signed} points', en: '{signed} points' } },
  lostOnLesson: {
    one: { fr: '{count} point perdu sur cette leçon dans ce rendez-vous.', en: '{count} point lost on it in this meeting.' },
    other: { fr: '{count} points perdus sur cette leçon dans ce rendez-vous.', en: '{count} points lost on it in this meeting.' },
  },
  moments: {
    one: { fr: '{count} moment qui a compté', en: '{count} moment that counted' },
    other: { fr: '{count} moments qui ont compté', en: '{count} moments that counted' },
  },
  /** The scores (one skill or both) looked good, and the meeting was not won. */
  notWonDespiteScores: {
    one: {
      fr: 'Un score élevé, et pourtant rien de gagné\u00a0: un score compte chaque moment, l’issue ne tient qu’à la fin.',
      en: 'A high score, yet nothing won: a score counts every moment, the outcome only how it ended.',
    },
    other: {
      fr: 'Des scores élevés, et pourtant rien de gagné\u00a0: un score compte chaque moment, l’issue ne tient qu’à la fin.',
      en: 'High scores, yet nothing won: a score counts every moment, the outcome only how it ended.',
    },
  },
  /** A score (or both) looked poor, and the meeting advanced. */
  wonDespiteScores: {
    one: {
      fr: 'Un score faible, et pourtant une avancée\u00a0: un score compte chaque moment, l’issue ne tient qu’à la fin.',
      en: 'A low score, yet an advance: a score counts every moment, the outcome only how it ended.',
    },
    other: {
      fr: 'Des scores faibles, et pourtant une avancée\u00a0: un score compte chaque moment, l’issue ne tient qu’à la fin.',
      en: 'Low scores, yet an advance: a score counts every moment, the outcome only how it ended.',
    },
  },
} as const satisfies Record<string, CountedText>;

/** Each outcome in the terms sales research uses. */
export const OUTCOME_TERMS = {
  advance: {
    fr: 'Une avancée\u00a0: le client s’est engagé sur une prochaine étape concrète.',
    en: 'An advance: the prospect committed to a concrete next step.',
  },
  continuation: {
    fr: 'Une continuation\u00a0: agréable, mais rien de convenu. Elle compte comme une vente non gagnée.',
    en: 'A continuation: pleasant, but nothing agreed. It counts as not won.',
  },
  lost: { fr: 'Perdu\u00a0: le client ne donnera pas suite.', en: 'Lost: the prospect will not take it further.' },
} as const satisfies Record<Outcome, Text>;

/** The "About the scoring" page: how the figures are counted, and where the reference points come from. */
export const ABOUT_SCORING: readonly { readonly heading: Text; readonly body: Text }[] = [
  {
    heading: { fr: 'Les scores', en: 'The scores' },
    body: {
      fr: 'Chaque compétence part du point de départ fixé par le scénario, puis gagne ou perd les points de chaque moment qui compte, dans la limite de 0 à 100. Une erreur comptée se voit toujours : après un moment qui a coûté des points dans une compétence, son score ne dépasse pas 99, quels que soient les points gagnés ailleurs ; 100 reste pour une rencontre sans faute. Chaque moment est montré avec vos mots, la leçon et la raison. Les mêmes choix donnent toujours le même résultat.',
      en: 'Each skill starts from the scenario’s starting point, then gains or loses the points of every moment that counts, kept within 0–100. A scored mistake always shows: once a moment has cost points in a skill, its score goes no higher than 99, however many points you earn elsewhere; 100 is for a meeting without one. Every moment is shown with your words, the lesson and the reason. The same choices always give the same result.',
    },
  },
  {
    heading: { fr: 'Les chiffres de la conversation', en: 'The conversation figures' },
    body: {
      fr: 'Ils sont comptés sur les mots prononcés dans la langue de la partie\u00a0: les vôtres (les options choisies, les interruptions) et ceux du client\u202f; la narration ne compte pour personne. Les durées sont estimées à 150 mots par minute, un rythme courant de conversation\u00a0: c’est une estimation, le jeu n’a pas de voix à chronométrer. Une question est ouverte quand l’auteur l’a marquée comme telle (question ouverte, relance)\u202f; toute autre question est comptée fermée. Un besoin caché est ce qu’un client ajoute quand on le laisse finir un récit.',
      en: 'They are counted from the words spoken in the session’s language: yours (the options chosen, the interruptions) and the client’s; narration counts for nobody. Times are estimated at 150 words a minute, a common conversational pace: an estimate, as the game has no voices to time. A question is open when the author marked it so (open question, prompt to go on); any other question counts as closed. A hidden need is what a client adds when allowed to finish a story.',
    },
  },
  {
    heading: { fr: 'D’où viennent les repères', en: 'Where the reference points come from' },
    body: {
      fr: 'Des analyses d’enregistrements d’appels commerciaux publiées par Gong.io (série «\u00a0Gong Labs\u00a0»)\u00a0: sur 25 537 appels (2016), les vendeurs les plus efficaces parlaient environ 43 % du temps et écoutaient 57 %\u202f; au-delà de 65 % de parole, les ventes baissaient. Sur 257 967 appels, les clients qui parlent environ quatre minutes d’affilée vont avec plus de ventes, et les présentations de l’entreprise de plus de deux minutes avec moins. Ce sont des analyses d’un éditeur de logiciel sur ses propres données, pas des recherches évaluées par des pairs\u00a0: des ordres de grandeur, pas des lois.',
      en: 'From analyses of recorded sales calls published by Gong.io (the “Gong Labs” series): over 25,537 calls (2016), the most effective sellers talked about 43% of the time and listened 57%; above 65% of talk, sales fell. Over 257,967 calls, customers who talk for about four minutes straight go with more wins, and company overviews longer than two minutes with fewer. These are a software vendor’s analyses of its own data, not peer-reviewed research: orders of magnitude, not laws.',
    },
  },
  {
    heading: { fr: 'Le chemin non pris', en: 'The road not taken' },
    body: {
      fr: 'À chaque décision où vous aviez le choix, chaque option est pesée par sa meilleure suite\u00a0: ses propres points, plus le plus que la suite du rendez-vous pouvait encore rapporter après elle (toutes les suites possibles sont parcourues, selon les mêmes règles que le score). Le meilleur choix est celui dont la meilleure suite rapporte le plus, puis mène à la meilleure issue\u202f; une option qui coûte elle-même des points n’est jamais recommandée tant qu’une autre n’en coûte pas. Ce qu’une décision vous a coûté est l’écart entre la meilleure suite de ce choix et celle du vôtre\u00a0: vos erreurs suivantes ne lui sont pas comptées. Seules apparaissent les décisions dont le meilleur chemin finit mieux que votre partie.',
      en: 'At each decision where you had a choice, every option is weighed by its best continuation: its own points plus the most the rest of the meeting could still bring after it (every possible continuation is walked, by the same rules as the score). The best option is the one whose best continuation brings the most, then the better outcome; an option that itself costs points is never recommended while another does not. What a decision cost you is the gap between the best continuation of that option and of yours: your later mistakes are not charged to it. Only decisions whose best road ends better than your session are shown.',
    },
  },
];
