import type { CardStatus } from '../engine/debrief/progress.ts';
import type { Lang, Text } from '../engine/index.ts';
import type { ProgressNotice } from '../storage/progress-store.ts';
import type { CountedText } from './plural.ts';

/** The words of the progress screen, in both languages. */
export const PROGRESS = {
  open: { fr: 'Ma progression', en: 'My progress' },
  title: { fr: 'Votre progression', en: 'Your progress' },
  intro: {
    fr: 'Le parcours, vos compétences au fil des rendez-vous et les leçons déjà acquises. Tout reste dans ce navigateur.',
    en: 'The path, your skills over your meetings and the lessons you have made yours. Everything stays in this browser.',
  },
  back: { fr: 'Retour au menu', en: 'Back to the menu' },
  next: { fr: 'À travailler maintenant', en: 'Practise next' },
  nextFor: { fr: '{title} — pour progresser en {skill}', en: '{title} — to work on your {skill}' },
  nextFirst: { fr: '{title} — pour commencer le parcours', en: '{title} — to start the path' },
  play: { fr: 'Jouer', en: 'Play' },
  path: { fr: 'Le parcours', en: 'The path' },
  pathHelp: {
    fr: 'Du plus simple au plus exigeant\u00a0: un ordre conseillé, pas une obligation. Chaque rendez-vous se joue quand vous voulez, ici comme depuis le menu.',
    en: 'From easier to harder: an order we suggest, not a rule. Every meeting can be played whenever you like, here as from the menu.',
  },
  nextOnPath: { fr: 'Le prochain sur votre parcours', en: 'Next on your path' },
  later: { fr: 'Pas encore joué', en: 'Not played yet' },
  best: {
    fr: 'Meilleurs scores\u00a0: écoute {listening}, conclusion {closing}',
    en: 'Best scores: listening {listening}, closing {closing}',
  },
  history: { fr: 'Vos compétences au fil des rendez-vous', en: 'Your skills over your meetings' },
  historyChart: {
    fr: 'Courbes\u00a0: score d’écoute et de conclusion à chaque rendez-vous, du plus ancien au plus récent',
    en: 'Lines: listening and closing score at each meeting, oldest to newest',
  },
  historyTable: { fr: 'Les chiffres', en: 'The figures' },
  meeting: { fr: 'Rendez-vous', en: 'Meeting' },
  date: { fr: 'Date', en: 'Date' },
  none: {
    fr: 'Aucun rendez-vous terminé pour l’instant\u00a0: jouez-en un, le débriefing viendra remplir cette page.',
    en: 'No meeting finished yet: play one, and its debrief will fill this page.',
  },
  deck: { fr: 'Vos cartes de leçons', en: 'Your lesson cards' },
  deckHelp: {
    fr: 'Une leçon est acquise quand vous l’avez montrée dans deux rendez-vous différents, sans la manquer depuis.',
    en: 'A lesson is yours once you have shown it in two different meetings, without missing it since.',
  },
  rightWrong: { fr: '{right}, {wrong}', en: '{right}, {wrong}' },
  paidOff: { fr: 'Dans «\u00a0{title}\u00a0», par exemple\u00a0: {why}', en: 'In “{title}”, for instance: {why}' },
  where: { fr: 'Où elle se travaille\u00a0: {places}', en: 'Where it is practised: {places}' },
  export: { fr: 'Exporter ma progression', en: 'Export my progress' },
  import: { fr: 'Importer une progression…', en: 'Import progress…' },
  importFailed: {
    fr: '{file} n’est pas une progression Rendez-vous lisible\u00a0: rien n’a été changé.',
    en: '{file} is not a readable Rendez-vous progress file: nothing was changed.',
  },
} as const satisfies Record<string, Text>;

export function pt(word: keyof typeof PROGRESS, lang: Lang, values: Readonly<Record<string, string | number>> = {}): string {
  return PROGRESS[word][lang].replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? `{${key}}`));
}

/** The progress screen's phrases about a number of things (see `plural`). */
export const PROGRESS_COUNTS = {
  shown: {
    one: { fr: 'Réussie {count} fois', en: 'Shown once' },
    other: { fr: 'Réussie {count} fois', en: 'Shown {count} times' },
  },
  missed: {
    one: { fr: 'manquée {count} fois', en: 'missed once' },
    other: { fr: 'manquée {count} fois', en: 'missed {count} times' },
  },
  imported: {
    one: { fr: '{count} rendez-vous ajouté depuis {file}.', en: '{count} meeting added from {file}.' },
    other: { fr: '{count} rendez-vous ajoutés depuis {file}.', en: '{count} meetings added from {file}.' },
  },
} as const satisfies Record<string, CountedText>;

export const CARD_STATUS = {
  'needs-work': { fr: 'À retravailler', en: 'Needs work' },
  mastered: { fr: 'Acquises', en: 'Mastered' },
  seen: { fr: 'Rencontrées', en: 'Met' },
} as const satisfies Record<CardStatus, Text>;

export const PROGRESS_NOTICES = {
  unreadable: {
    fr: 'Votre progression enregistrée était illisible\u00a0: elle a été mise de côté dans ce navigateur, et ce qui pouvait être lu a été gardé.',
    en: 'Your saved progress could not be read: it was set aside in this browser, and whatever could be read was kept.',
  },
  newer: {
    fr: 'Votre progression vient d’une version plus récente du jeu\u00a0: elle est gardée intacte, et cette visite ne l’enregistre pas.',
    en: 'Your progress comes from a newer version of the game: it is kept untouched, and this visit does not save it.',
  },
  'no-storage': {
    fr: 'Ce navigateur n’autorise pas l’enregistrement (navigation privée\u202f?)\u00a0: votre progression ne durera que cette visite. Exportez-la pour la garder.',
    en: 'This browser does not allow saving (private browsing?): your progress lasts for this visit only. Export it to keep it.',
  },
  'not-saved': {
    fr: 'Le stockage du navigateur est plein\u00a0: votre progression ne durera que cette visite. Exportez-la pour la garder.',
    en: 'The browser’s storage is full: your progress lasts for this visit only. Export it to keep it.',
  },
} as const satisfies Record<ProgressNotice, Text>;
