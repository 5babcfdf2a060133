import type { Lang, Text } from '../engine/index.ts';
import type { CountedText } from './plural.ts';

/** The projector's words for a live room (the phones have their own, in src/phone/). */
export const LIVE = {
  join: { fr: 'Votez depuis votre téléphone', en: 'Vote from your phone' },
  joinHow: {
    fr: 'Scannez le QR code, ou ouvrez {address} et tapez le code.',
    en: 'Scan the QR code, or open {address} and type the code.',
  },
  code: { fr: 'Code', en: 'Code' },
  qr: { fr: 'QR code pour rejoindre la salle avec le code {code}', en: 'QR code to join the room with the code {code}' },
  hidden: {
    fr: 'Les résultats restent cachés, ici comme sur les téléphones, jusqu’à ce que vous les montriez.',
    en: 'The results stay hidden, here and on the phones, until you reveal them.',
  },
  lock: { fr: 'Clore le vote', en: 'Lock the vote' },
  locked: { fr: 'Vote clos\u00a0: plus de changement possible.', en: 'Vote locked: no more changes.' },
  reveal: { fr: 'Montrer les résultats', en: 'Reveal the results' },
  voteAgain: { fr: 'Discuter, puis revoter', en: 'Discuss, then vote again' },
  round1: { fr: 'Premier vote', en: 'First vote' },
  round2: { fr: 'Second vote', en: 'Second vote' },
  revealFirst: { fr: 'Montrez les résultats pour jouer la majorité.', en: 'Reveal the results to play the majority.' },
  handsInstead: { fr: 'Compter les mains à la place', en: 'Count hands instead' },
  named: { fr: 'Demander les prénoms', en: 'Ask for first names' },
  names: { fr: 'Prénoms', en: 'First names' },
  reconnecting: {
    fr: 'Liaison avec les téléphones perdue\u00a0: reconnexion… Vous pouvez aussi compter les mains.',
    en: 'Lost touch with the phones: reconnecting… You can also count hands.',
  },
  noServer: {
    fr: 'Le serveur de l’atelier ne répond pas\u00a0: comptez les mains levées.',
    en: 'The workshop server does not answer: count raised hands.',
  },
  keys: {
    fr: 'Clavier\u00a0: L clore le vote · R montrer les résultats · V revoter · Entrée jouer la majorité · H compter les mains',
    en: 'Keys: L lock the vote · R reveal the results · V vote again · Enter play the majority · H count hands',
  },
} as const satisfies Record<string, Text>;

export const LIVE_COUNTS = {
  phones: {
    one: { fr: '{count} téléphone connecté', en: '{count} phone connected' },
    other: { fr: '{count} téléphones connectés', en: '{count} phones connected' },
  },
  voters: {
    one: { fr: '{count} vote reçu', en: '{count} vote in' },
    other: { fr: '{count} votes reçus', en: '{count} votes in' },
  },
  votes: {
    one: { fr: '{count} vote', en: '{count} vote' },
    other: { fr: '{count} votes', en: '{count} votes' },
  },
} as const satisfies Record<string, CountedText>;

export function lt(word: keyof typeof LIVE, lang: Lang, values: Readonly<Record<string, string | number>> = {}): string {
  return LIVE[word][lang].replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? `{${key}}`));
}
