import type { Demeanor, Lang, Outcome, Skill, Text } from '../engine/index.ts';
import type { CountedText } from './plural.ts';

/** Every word the presentation itself writes (content words come from the scenario), both languages. */
export const UI = {
  tagline: {
    fr: 'Répétez vos rendez-vous clients avant qu’ils comptent.',
    en: 'Rehearse client meetings before they count.',
  },
  loading: { fr: 'Chargement des scénarios…', en: 'Loading the scenarios…' },
  loadingScreen: { fr: 'Chargement…', en: 'Loading…' },
  screenUnavailable: {
    fr: 'Cet écran n’a pas pu être chargé. Vérifiez la connexion, puis réessayez.',
    en: 'This screen could not be loaded. Check the connection, then try again.',
  },
  chooseScenario: { fr: 'Choisissez un rendez-vous', en: 'Choose a meeting' },
  play: { fr: 'Commencer', en: 'Start' },
  language: { fr: 'Langue', en: 'Language' },
  sound: { fr: 'Son', en: 'Sound' },
  soundOn: { fr: 'Son activé', en: 'Sound on' },
  soundOff: { fr: 'Son coupé', en: 'Sound off' },
  keysHelp: {
    fr: 'Clavier\u00a0: 1, 2, 3… choisir · Entrée continuer · N noter · I interrompre · H historique · Échap pause · M son',
    en: 'Keys: 1, 2, 3… choose · Enter continue · N note · I interrupt · H history · Esc pause · M sound',
  },
  noScenario: {
    fr: 'Aucun scénario dans dialogues/. Ajoutez un fichier .yaml (voir le README).',
    en: 'No scenario in dialogues/. Add a .yaml file (see the README).',
  },
  unknownScenario: {
    fr: 'Le scénario demandé dans l’adresse n’existe pas ou n’a pas pu être chargé\u202f; choisissez-en un ci-dessous.',
    en: 'The scenario named in the address does not exist or could not be loaded; pick one below.',
  },
  brokenAddressFile: {
    fr: 'Le fichier demandé dans l’adresse n’a pas pu être chargé\u00a0: ses problèmes sont listés ci-dessous, avec leurs lignes.',
    en: 'The file named in the address could not be loaded: its problems are listed below, with their lines.',
  },
  brokenTitle: { fr: 'Ce scénario ne peut pas être chargé', en: 'This scenario cannot be loaded' },
  brokenHelp: {
    fr: 'Corrigez le fichier, puis vérifiez-le avec\u00a0: npm run scenario -- check',
    en: 'Fix the file, then check it with: npm run scenario -- check',
  },
  line: { fr: 'ligne', en: 'line' },
  column: { fr: 'colonne', en: 'column' },
  narrator: { fr: 'Narration', en: 'Narration' },
  you: { fr: 'Vous', en: 'You' },
  notes: { fr: 'Vos notes', en: 'Your notes' },
  noNotes: { fr: 'Aucune note pour l’instant.', en: 'No notes yet.' },
  nothingToNote: { fr: 'Rien qui vaille d’être noté ici.', en: 'Nothing worth writing down here.' },
  listening: { fr: 'Le récit continue — écoutez', en: 'The story goes on — listen' },
  part: { fr: 'partie', en: 'part' },
  of: { fr: 'sur', en: 'of' },
  burning: { fr: 'Sur le bout de la langue', en: 'On the tip of your tongue' },
  toDebrief: { fr: 'Voir le débriefing', en: 'See the debrief' },
  pause: { fr: 'Pause', en: 'Pause' },
  history: { fr: 'Historique', en: 'History' },
  historyTitle: { fr: 'Ce qui s’est dit', en: 'What was said' },
  historyEmpty: { fr: 'Rien n’a encore été dit.', en: 'Nothing has been said yet.' },
  close: { fr: 'Fermer', en: 'Close' },
  moreBelow: { fr: 'Suite plus bas', en: 'More below' },
  resume: { fr: 'Reprendre', en: 'Resume' },
  restart: { fr: 'Recommencer le rendez-vous', en: 'Restart the meeting' },
  backToMenu: { fr: 'Retour au menu', en: 'Back to the menu' },
  debrief: { fr: 'Débriefing', en: 'Debrief' },
  noMoments: { fr: 'Aucun moment n’a compté pour cette compétence.', en: 'No moment counted for this skill.' },
  youSaid: { fr: 'Vous', en: 'You' },
  playAgain: { fr: 'Rejouer', en: 'Play again' },
  /** In the introduction's dialogue box, beside History and Pause. */
  skipIntroduction: { fr: 'Passer l’introduction', en: 'Skip the introduction' },
  /** The menu's way into the introduction, with the practice meetings. */
  playIntroduction: {
    fr: 'Comment jouer\u00a0: l’introduction (deux minutes)',
    en: 'How to play: the introduction (two minutes)',
  },
  loadFailed: { fr: 'Le fichier n’a pas pu être lu', en: 'The file could not be read' },
  yourScenario: { fr: 'Votre scénario', en: 'Your scenario' },
  fromAddress: { fr: 'Ouvert depuis l’adresse', en: 'Opened from the address' },
  importTitle: { fr: 'Charger un scénario', en: 'Load a scenario' },
  importHelp: {
    fr: 'Un fichier .yaml écrit au format des scénarios (voir docs/authoring.md). Vous pouvez aussi le déposer n’importe où sur cette page. Il reste dans ce navigateur et n’est envoyé nulle part.',
    en: 'A .yaml file written in the scenario format (see docs/authoring.md). You can also drop it anywhere on this page. It stays in this browser and is sent nowhere.',
  },
  chooseFile: { fr: 'Choisir un fichier .yaml…', en: 'Choose a .yaml file…' },
  dropHint: { fr: 'Déposez le fichier .yaml pour le charger', en: 'Drop the .yaml file to load it' },
  remove: { fr: 'Retirer', en: 'Remove' },
  undo: { fr: 'Annuler', en: 'Undo' },
  reading: { fr: 'Lecture de {file}…', en: 'Reading {file}…' },
  loaded: {
    fr: '« {title} » est chargé\u00a0: il est dans la liste ci-dessus, marqué « Votre scénario ».',
    en: '“{title}” is loaded: it is in the list above, marked “Your scenario”.',
  },
  replaced: {
    fr: '« {title} » est mis à jour depuis {file}.',
    en: '“{title}” is updated from {file}.',
  },
  removed: { fr: '« {title} » est retiré du menu.', en: '“{title}” is removed from the menu.' },
  restored: { fr: '« {title} » est de retour dans le menu.', en: '“{title}” is back in the menu.' },
  cannotLoad: { fr: '{file} ne peut pas être chargé\u00a0:', en: '{file} cannot be loaded:' },
  problemAt: { fr: '{file}, ligne {line}, colonne {column} — {message}', en: '{file}, line {line}, column {column} — {message}' },
  tooLarge: {
    fr: '{file} est trop volumineux ({size})\u202f; la limite est de {limit}.',
    en: '{file} is too large ({size}); the limit is {limit}.',
  },
  notYaml: {
    fr: '{file} n’est pas un fichier .yaml ou .yml\u202f; un scénario s’écrit en YAML.',
    en: '{file} is not a .yaml or .yml file; a scenario is written in YAML.',
  },
  otherOrigin: {
    fr: 'L’adresse demande un fichier d’un autre site ({origin})\u202f; le jeu ne charge que des fichiers servis à côté de lui, et n’a rien téléchargé.',
    en: 'The address asks for a file from another site ({origin}); the game only loads files served next to it, and downloaded nothing.',
  },
  unreachable: { fr: '{file} n’a pas pu être lu ({detail}).', en: '{file} could not be read ({detail}).' },
  idTakenShipped: {
    fr: 'l’identifiant « {id} » est déjà celui d’un scénario fourni avec le jeu\u202f; changez la ligne «\u00a0id\u00a0» de votre fichier.',
    en: 'the id “{id}” already belongs to a scenario shipped with the game; change the id: line of your file.',
  },
  idTakenCustom: {
    fr: 'l’identifiant « {id} » est déjà celui d’un de vos scénarios\u202f; retirez-le du menu ou changez la ligne «\u00a0id\u00a0» du fichier.',
    en: 'the id “{id}” already belongs to one of your scenarios; remove it from the menu or change the id: line of the file.',
  },
  idTakenAddress: {
    fr: 'l’identifiant « {id} » est déjà celui du scénario ouvert depuis l’adresse\u202f; changez la ligne «\u00a0id\u00a0» de votre fichier.',
    en: 'the id “{id}” already belongs to the scenario opened from the address; change the id: line of your file.',
  },
  unsavedQuota: {
    fr: 'Le navigateur n’a plus de place pour le garder\u00a0: il reste jouable jusqu’à ce que vous fermiez la page.',
    en: 'The browser has no room left to keep it: it stays playable until you close this page.',
  },
  unsavedUnavailable: {
    fr: 'Ce navigateur ne laisse pas le jeu le garder (navigation privée\u202f?)\u00a0: il reste jouable jusqu’à ce que vous fermiez la page.',
    en: 'This browser does not let the game keep it (private browsing?): it stays playable until you close this page.',
  },
  removeNotSaved: {
    fr: 'Le navigateur a refusé la modification\u00a0: il reviendra à votre prochaine visite.',
    en: 'The browser refused the change: it will come back on your next visit.',
  },
  customBrokenHelp: {
    fr: 'Chargez un fichier corrigé (avec le même id) pour le remplacer, ou retirez-le.',
    en: 'Load a corrected file (with the same id) to replace it, or remove it.',
  },
} as const satisfies Record<string, Text>;

export type UiWord = keyof typeof UI;

/** The presentation's phrases about a number of things (see `plural`). */
export const UI_COUNTS = {
  moreProblems: {
    one: { fr: '… et {count} autre problème', en: '… and {count} more problem' },
    other: { fr: '… et {count} autres problèmes', en: '… and {count} more problems' },
  },
  unreadableSaved: {
    one: {
      fr: '{count} scénario enregistré dans ce navigateur n’a pas pu être relu et est ignoré.',
      en: '{count} scenario saved in this browser could not be read back and is ignored.',
    },
    other: {
      fr: '{count} scénarios enregistrés dans ce navigateur n’ont pas pu être relus et sont ignorés.',
      en: '{count} scenarios saved in this browser could not be read back and are ignored.',
    },
  },
} as const satisfies Record<string, CountedText>;

export function t(word: UiWord, lang: Lang): string {
  return UI[word][lang];
}

/** A string with `{name}` slots filled; the values are shown as text, never interpreted. */
export function tf(word: UiWord, lang: Lang, values: Readonly<Record<string, string | number>>): string {
  return UI[word][lang].replace(/\{(\w+)\}/g, (slot, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : slot,
  );
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

/** How a prospect comes across, in words: beside the name plate, and read with it by screen readers. */
export const DEMEANOR_WORDS = {
  neutral: { fr: 'attitude neutre', en: 'looks neutral' },
  interested: { fr: 'se penche vers vous\u00a0: de l’intérêt', en: 'leans in, interested' },
  doubtful: { fr: 'un sourcil levé\u00a0: du doute', en: 'raises an eyebrow, doubtful' },
  impatient: { fr: 'regarde sa montre', en: 'glances at the watch' },
  closed: { fr: 'bras croisés\u00a0: la porte se ferme', en: 'arms crossed, closed' },
} as const satisfies Record<Demeanor, Text>;

/** A colon after a label: French puts a narrow no-break space before it. */
export const colon = (lang: Lang): string => (lang === 'fr' ? '\u00a0: ' : ': ');

/** Quotation marks that open a text already quoted by its author (« Garde-la… », 'I'll let you know'). */
const ALREADY_QUOTED = /^\s*[«“‘'"]/;

/**
 * Words in each language's quotation marks (« » with no-break spaces, “ ”), unless the author
 * already put them in quotes: a quoted line is shown as written, never in doubled marks.
 */
export function quoted(text: string, lang: Lang): string {
  if (ALREADY_QUOTED.test(text)) return text;
  const [open, close] = quoteMarks(lang);
  return `${open}${text}${close}`;
}

/** The opening and closing quotation marks of a language, for a quote whose words are their own element. */
export function quoteMarks(lang: Lang): readonly [string, string] {
  return lang === 'fr' ? ['«\u00a0', '\u00a0»'] : ['“', '”'];
}
