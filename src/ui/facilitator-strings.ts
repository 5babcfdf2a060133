import type { Lang, Text } from '../engine/index.ts';
import type { CountedText } from './plural.ts';

/** The words of facilitator mode (discussion cards, the room's debrief), in both languages. */
export const ROOM = {
  facilitate: { fr: 'Animer un rendez-vous avec la salle', en: 'Run a meeting with the room' },
  facilitateHelp: {
    fr: 'Grand écran\u00a0: à chaque décision, la salle discute et vote, puis vous jouez la majorité ou tranchez.',
    en: 'Big screen: at each decision the room discusses and votes, then you play the majority or decide.',
  },
  chooseMeeting: { fr: 'Rendez-vous', en: 'Meeting' },
  start: { fr: 'Lancer l’atelier', en: 'Start the workshop' },
  discussion: { fr: 'À la salle de décider', en: 'Over to the room' },
  question: { fr: 'Question pour la salle', en: 'A question for the room' },
  timer: { fr: 'Temps de discussion', en: 'Discussion time' },
  startTimer: { fr: 'Lancer', en: 'Start' },
  pauseTimer: { fr: 'Pause', en: 'Pause' },
  skipTimer: { fr: 'Passer au vote', en: 'Skip to the vote' },
  timeUp: { fr: 'Temps écoulé\u00a0: place au vote.', en: 'Time is up: on to the vote.' },
  addHand: { fr: 'Une main de plus pour {letter}', en: 'One more hand for {letter}' },
  removeHand: { fr: 'Une main de moins pour {letter}', en: 'One hand fewer for {letter}' },
  playMajority: { fr: 'Jouer la majorité ({letter})', en: 'Play the majority ({letter})' },
  noMajorityYet: { fr: 'Jouer la majorité', en: 'Play the majority' },
  noMajority: {
    fr: 'Pas de majorité\u00a0: choisissez l’option à jouer.',
    en: 'No majority: choose the option to play.',
  },
  playThis: { fr: 'Jouer {letter}', en: 'Play {letter}' },
  keys: {
    fr: 'Clavier\u00a0: A–D une main de plus · Maj+A–D une de moins · T minuteur · Entrée jouer la majorité',
    en: 'Keys: A–D one more hand · Shift+A–D one fewer · T timer · Enter play the majority',
  },
  roomDebrief: { fr: 'Le débriefing de la salle', en: 'The room’s debrief' },
  roomIntro: {
    fr: 'Le chemin de la salle, décision par décision, à côté de l’option la mieux notée par le scénario.',
    en: 'The room’s path, decision by decision, beside the option the scenario scores best.',
  },
  played: { fr: 'Joué', en: 'Played' },
  votes: { fr: 'Votes', en: 'Votes' },
  best: { fr: 'Mieux noté', en: 'Best scored' },
  divided: { fr: 'Salle partagée\u00a0: à rediscuter', en: 'Room divided: worth discussing again' },
  overridden: { fr: 'L’animateur a tranché contre la majorité', en: 'The facilitator overrode the majority' },
  firstVote: { fr: 'premier vote', en: 'first vote' },
  secondVote: { fr: 'second vote', en: 'second vote' },
  changedMind: {
    fr: 'La discussion a changé l’avis de la salle',
    en: 'The discussion changed the room’s mind',
  },
  fullDebrief: { fr: 'Voir le débriefing complet', en: 'See the full debrief' },
  sessionCode: { fr: 'Code de séance', en: 'Session code' },
  saveSessionCode: { fr: 'Enregistrer le code (fichier)', en: 'Save the code (file)' },
  sessionCodeHelp: {
    fr: 'Ajoutez ce code au tableau des résultats avec ceux des participants\u00a0: les votes de la salle, à chaque tour, s’y affichent à côté de leurs choix.',
    en: 'Add this code to the results board with the participants’ codes: the room’s votes, round by round, show there beside their choices.',
  },
} as const satisfies Record<string, Text>;

/** Facilitator mode's phrases about a number of things (see `plural`). */
export const ROOM_COUNTS = {
  hands: {
    one: { fr: '{count} main levée', en: '{count} hand up' },
    other: { fr: '{count} mains levées', en: '{count} hands up' },
  },
  // Said only when at least one decision split the room, so the singular is always one: a sentence
  // does not start with a digit.
  divided: {
    one: {
      fr: 'Une décision a partagé la salle\u00a0: le meilleur point de départ pour la discussion.',
      en: 'One decision divided the room: the best place to start the discussion.',
    },
    other: {
      fr: '{count} décisions ont partagé la salle\u00a0: les meilleurs points de départ pour la discussion.',
      en: '{count} decisions divided the room: the best places to start the discussion.',
    },
  },
} as const satisfies Record<string, CountedText>;

export function rt(word: keyof typeof ROOM, lang: Lang, values: Readonly<Record<string, string | number>> = {}): string {
  return ROOM[word][lang].replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? `{${key}}`));
}

export const letter = (position: number): string => String.fromCharCode(65 + position);
