import type { Lang, Text } from '../engine/index.ts';
import type { CountedText } from './plural.ts';

/** The words of the menu's areas and cards, in both languages (the shared words are in strings.ts). */
export const MENU = {
  practise: { fr: 'S’entraîner', en: 'Practise' },
  practiseHelp: {
    fr: 'Du plus simple au plus exigeant. Chaque rendez-vous se joue quand vous voulez.',
    en: 'From easier to harder. Every meeting can be played whenever you like.',
  },
  level: { fr: 'Niveau {level} sur 5', en: 'Level {level} of 5' },
  best: {
    fr: 'Terminé · meilleurs scores\u00a0: écoute {listening}, conclusion {closing}',
    en: 'Done · best scores: listening {listening}, closing {closing}',
  },
  next: { fr: 'Prochain sur le parcours', en: 'Next on your path' },
  workshopTools: {
    fr: 'Pour l’animateur ou le coach\u00a0: jouer avec une salle, revoir la partie d’un participant, rassembler les résultats.',
    en: 'For a facilitator or coach: play with a room, watch a participant’s meeting, bring the results together.',
  },
  workshop: { fr: 'En atelier', en: 'In a workshop' },
  workshopHelp: {
    fr: 'Chaque participant joue sur son appareil et vous remet son code de relecture\u00a0: le tableau rassemble la salle.',
    en: 'Each participant plays on their own device and hands you their replay code: the board brings the room together.',
  },
  /** The results board's title, on the menu's button and at the head of the board. */
  board: { fr: 'Tableau des résultats', en: 'Results board' },
  authoring: { fr: 'Écrire des scénarios', en: 'Write scenarios' },
  authoringHelp: {
    fr: 'Vos propres rendez-vous, écrits en YAML\u00a0: chargez-les ici pour les jouer, ils rejoignent la liste «\u00a0S’entraîner\u00a0».',
    en: 'Your own meetings, written in YAML: load them here to play them; they join the Practise list.',
  },
} as const satisfies Record<string, Text>;

export type MenuWord = keyof typeof MENU;

/** A menu word with `{name}` slots filled; the values are shown as text, never interpreted. */
export function mt(word: MenuWord, lang: Lang, values: Readonly<Record<string, string | number>> = {}): string {
  return MENU[word][lang].replace(/\{(\w+)\}/g, (slot, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : slot,
  );
}

/** The menu's phrases about a number of things (see `plural`). */
export const MENU_COUNTS = {
  decisions: {
    one: { fr: '{count} décision', en: '{count} decision' },
    other: { fr: '{count} décisions', en: '{count} decisions' },
  },
  decisionsRange: {
    one: { fr: '{fewest} à {count} décision', en: '{fewest} to {count} decision' },
    other: { fr: '{fewest} à {count} décisions', en: '{fewest} to {count} decisions' },
  },
} as const satisfies Record<string, CountedText>;
