import type { Lang, Text } from '../engine/scenario/lang.ts';
import type { CountedText } from '../ui/plural.ts';

/** The phone page's words, in both languages (the phone follows its browser's language, with a switch). */
export const PHONE = {
  title: { fr: 'Rendez-vous — vote de la salle', en: 'Rendez-vous — the room’s vote' },
  codeLabel: { fr: 'Code de la salle (affiché au projecteur)', en: 'Room code (shown on the projector)' },
  join: { fr: 'Rejoindre', en: 'Join' },
  joining: { fr: 'Connexion à la salle…', en: 'Joining the room…' },
  badCode: {
    fr: 'Ce code a six caractères, lettres et chiffres, comme au projecteur.',
    en: 'The code has six characters, letters and digits, as on the projector.',
  },
  unknownRoom: {
    fr: 'Aucune salle n’a ce code\u00a0: vérifiez-le au projecteur.',
    en: 'No room has this code: check it on the projector.',
  },
  busy: {
    fr: 'Trop de codes erronés depuis ce réseau\u00a0: attendez un quart d’heure.',
    en: 'Too many wrong codes from this network: wait a quarter of an hour.',
  },
  unreachable: {
    fr: 'Le serveur de l’atelier ne répond pas\u00a0: êtes-vous sur le même réseau que la salle\u202f?',
    en: 'The workshop server does not answer: are you on the same network as the room?',
  },
  joined: { fr: 'Vous êtes dans la salle {code}.', en: 'You are in room {code}.' },
  waiting: {
    fr: 'Regardez le projecteur\u00a0: la prochaine décision s’affichera ici.',
    en: 'Watch the projector: the next decision will show here.',
  },
  choose: { fr: 'Votre choix', en: 'Your choice' },
  firstName: { fr: 'Votre prénom (demandé par l’animateur)', en: 'Your first name (the facilitator asks for it)' },
  recorded: {
    fr: 'Vote enregistré\u00a0: {letter}. Vous pouvez le changer jusqu’à la clôture.',
    en: 'Vote recorded: {letter}. You can change it until the vote is locked.',
  },
  sending: { fr: 'Envoi du vote…', en: 'Sending your vote…' },
  locked: { fr: 'Le vote est clos.', en: 'The vote is locked.' },
  yourVote: { fr: 'Votre vote\u00a0: {letter}', en: 'Your vote: {letter}' },
  noVote: { fr: 'Vous n’avez pas voté à ce tour.', en: 'You did not vote this round.' },
  voteAgain: {
    fr: 'Second vote, après la discussion\u00a0: votez à nouveau.',
    en: 'Second vote, after the discussion: vote again.',
  },
  results: { fr: 'Résultats', en: 'Results' },
  option: { fr: 'Option', en: 'Option' },
  round1: { fr: 'Premier vote', en: 'First vote' },
  round2: { fr: 'Second vote', en: 'Second vote' },
  reconnecting: { fr: 'Connexion perdue\u00a0: reconnexion…', en: 'Connection lost: reconnecting…' },
  ended: {
    fr: 'La salle est fermée\u00a0: l’atelier est terminé, ou le serveur a été arrêté.',
    en: 'The room is closed: the workshop has ended, or its server was stopped.',
  },
  noTimer: {
    fr: 'Prenez votre temps\u00a0: pas de chrono, pas de points pour la vitesse.',
    en: 'Take your time: no clock, no points for speed.',
  },
  anonymous: { fr: 'Votre vote est anonyme.', en: 'Your vote is anonymous.' },
  namedNote: {
    fr: 'L’animateur a demandé les prénoms\u00a0: le vôtre s’affichera avec votre vote.',
    en: 'The facilitator asked for first names: yours will show with your vote.',
  },
  language: { fr: 'English', en: 'Français' },
  languageLabel: { fr: 'Switch to English', en: 'Passer en français' },
} as const satisfies Record<string, Text>;

export const PHONE_COUNTS = {
  votes: {
    one: { fr: '{count} vote', en: '{count} vote' },
    other: { fr: '{count} votes', en: '{count} votes' },
  },
} as const satisfies Record<string, CountedText>;

export function pt(word: keyof typeof PHONE, lang: Lang, values: Readonly<Record<string, string | number>> = {}): string {
  return PHONE[word][lang].replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? `{${key}}`));
}
