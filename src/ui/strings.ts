import type { Demeanor, Lang, Outcome, Skill, Text } from '../engine/index.ts';

/** Every word the presentation itself writes (content words come from the scenario), both languages. */
export const UI = {
  tagline: {
    fr: 'Répétez vos rendez-vous clients avant qu’ils comptent.',
    en: 'Rehearse client meetings before they count.',
  },
  loading: { fr: 'Chargement des scénarios…', en: 'Loading the scenarios…' },
  chooseScenario: { fr: 'Choisissez un rendez-vous', en: 'Choose a meeting' },
  play: { fr: 'Commencer', en: 'Start' },
  language: { fr: 'Langue', en: 'Language' },
  sound: { fr: 'Son', en: 'Sound' },
  soundOn: { fr: 'Son activé', en: 'Sound on' },
  soundOff: { fr: 'Son coupé', en: 'Sound off' },
  keysHelp: {
    fr: 'Clavier : 1–4 choisir · Entrée continuer · N noter · I interrompre · Échap pause · M son',
    en: 'Keys: 1–4 choose · Enter continue · N note · I interrupt · Esc pause · M sound',
  },
  noScenario: {
    fr: 'Aucun scénario dans dialogues/. Ajoutez un fichier .yaml (voir le README).',
    en: 'No scenario in dialogues/. Add a .yaml file (see the README).',
  },
  unknownScenario: {
    fr: 'Le scénario demandé dans l’adresse n’existe pas ; choisissez-en un ci-dessous.',
    en: 'The scenario named in the address does not exist; pick one below.',
  },
  brokenTitle: { fr: 'Ce scénario ne peut pas être chargé', en: 'This scenario cannot be loaded' },
  brokenHelp: {
    fr: 'Corrigez le fichier, puis vérifiez-le avec : npm run scenario -- check',
    en: 'Fix the file, then check it with: npm run scenario -- check',
  },
  line: { fr: 'ligne', en: 'line' },
  column: { fr: 'colonne', en: 'column' },
  narrator: { fr: 'Narration', en: 'Narration' },
  you: { fr: 'Vous', en: 'You' },
  notes: { fr: 'Vos notes', en: 'Your notes' },
  noNotes: { fr: 'Aucune note pour l’instant.', en: 'No notes yet.' },
  listening: { fr: 'Le récit continue — écoutez', en: 'The story goes on — listen' },
  part: { fr: 'partie', en: 'part' },
  of: { fr: 'sur', en: 'of' },
  burning: { fr: 'Sur le bout de la langue', en: 'On the tip of your tongue' },
  toDebrief: { fr: 'Voir le débriefing', en: 'See the debrief' },
  pause: { fr: 'Pause', en: 'Pause' },
  resume: { fr: 'Reprendre', en: 'Resume' },
  restart: { fr: 'Recommencer le rendez-vous', en: 'Restart the meeting' },
  backToMenu: { fr: 'Retour au menu', en: 'Back to the menu' },
  debrief: { fr: 'Débriefing', en: 'Debrief' },
  startedAt: { fr: 'point de départ', en: 'starting point' },
  moments: { fr: 'Les moments qui l’expliquent', en: 'The moments behind it' },
  noMoments: { fr: 'Aucun moment n’a compté pour cette compétence.', en: 'No moment counted for this skill.' },
  turn: { fr: 'Tour', en: 'Turn' },
  youSaid: { fr: 'Vous', en: 'You' },
  lesson: { fr: 'Leçon', en: 'Lesson' },
  points: { fr: 'points', en: 'points' },
  playAgain: { fr: 'Rejouer', en: 'Play again' },
  seed: { fr: 'Graine', en: 'Seed' },
  loadFailed: { fr: 'Le fichier n’a pas pu être lu', en: 'The file could not be read' },
} as const satisfies Record<string, Text>;

export type UiWord = keyof typeof UI;

export function t(word: UiWord, lang: Lang): string {
  return UI[word][lang];
}

export const SKILL_NAMES = {
  listening: { fr: 'Écoute', en: 'Listening' },
  closing: { fr: 'Conclusion', en: 'Closing' },
} as const satisfies Record<Skill, Text>;

export const OUTCOME_NAMES = {
  advance: { fr: 'Une suite concrète', en: 'A concrete next step' },
  continuation: { fr: 'Rien de décidé', en: 'Nothing decided' },
  lost: { fr: 'Rendez-vous perdu', en: 'Meeting lost' },
} as const satisfies Record<Outcome, Text>;

/** Spoken to screen readers only: sighted players read the figure's posture instead. */
export const DEMEANOR_WORDS = {
  neutral: { fr: 'attitude neutre', en: 'looks neutral' },
  interested: { fr: 'se penche vers vous : de l’intérêt', en: 'leans in, interested' },
  doubtful: { fr: 'un sourcil levé : du doute', en: 'raises an eyebrow, doubtful' },
  impatient: { fr: 'regarde sa montre', en: 'glances at the watch' },
  closed: { fr: 'bras croisés : la porte se ferme', en: 'arms crossed, closed' },
} as const satisfies Record<Demeanor, Text>;
