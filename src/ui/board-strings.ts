import type { BoardProblemKind, Lang, Text } from '../engine/index.ts';
import type { CountedText } from './plural.ts';

/**
 * The words of the results board, in both languages: loaded with the board, not with the menu (the
 * menu's own words about the board, its title included, are in menu-strings.ts).
 */
export const BOARD = {
  intro: {
    fr: 'Collez les codes de relecture de la salle (un par ligne, un prénom devant si vous voulez) ou déposez les fichiers. Après une séance animée, ajoutez le code de séance\u00a0: ses votes s’affichent à côté des choix. Tout reste dans ce navigateur.',
    en: 'Paste the room’s replay codes (one per line, a first name before each if you like) or drop the files. After a facilitated session, add its session code too: its votes show beside the choices. Everything stays in this browser.',
  },
  pasteLabel: { fr: 'Codes de relecture', en: 'Replay codes' },
  add: { fr: 'Ajouter au tableau', en: 'Add to the board' },
  files: { fr: 'Ou choisir des fichiers…', en: 'Or choose files…' },
  dropHint: { fr: 'Déposez les fichiers ici', en: 'Drop the files here' },
  clear: { fr: 'Vider le tableau', en: 'Clear the board' },
  back: { fr: 'Retour au menu', en: 'Back to the menu' },
  empty: { fr: 'Aucun résultat pour l’instant.', en: 'No results yet.' },
  name: { fr: 'Nom', en: 'Name' },
  anonymous: { fr: '(sans nom)', en: '(no name)' },
  scenario: { fr: 'Scénario', en: 'Scenario' },
  outcome: { fr: 'Issue', en: 'Outcome' },
  missed: { fr: 'Leçons manquées', en: 'Missed lessons' },
  code: { fr: 'Code', en: 'Code' },
  tableCaption: { fr: 'Chaque rendez-vous, rejoué à partir de son code', en: 'Each meeting, replayed from its code' },
  spread: { fr: 'Répartition des scores', en: 'Spread of the scores' },
  spreadChart: {
    fr: 'Histogramme\u00a0: nombre de joueurs par tranche de dix points, écoute et conclusion',
    en: 'Bar chart: players per ten-point band, listening and closing',
  },
  decisions: { fr: 'Décision par décision', en: 'Decision by decision' },
  option: { fr: 'Choix', en: 'Choice' },
  chosenBy: { fr: 'Choisi par', en: 'Chosen by' },
  meanScore: { fr: 'Score moyen ensuite', en: 'Mean score after' },
  commonlyMissed: { fr: 'Les leçons les plus souvent manquées', en: 'The lessons most often missed' },
  exportSemicolon: { fr: 'Exporter en CSV (Excel en français)', en: 'Export as CSV (French-locale Excel)' },
  exportComma: { fr: 'Exporter en CSV (virgules)', en: 'Export as CSV (commas)' },
  print: { fr: 'Imprimer le tableau', en: 'Print the board' },
  problemsTitle: { fr: 'Codes refusés', en: 'Refused codes' },
  at: { fr: '{source}, ligne {line}', en: '{source}, line {line}' },
  pasted: { fr: 'texte collé', en: 'pasted text' },
  noCode: {
    fr: 'Aucun code trouvé dans {source}. Un code de relecture commence par RV2. (RV1. pour un code plus ancien), un code de séance par RVS2.',
    en: 'No code found in {source}. A replay code starts with RV2. (RV1. for an older code), a session code with RVS2.',
  },
  unreadableFile: { fr: '{source} n’a pas pu être lu.', en: '{source} could not be read.' },
  results: { fr: 'Résultats de la salle', en: 'The room’s results' },
  previousPage: { fr: 'Écran précédent', en: 'Previous screen' },
  nextPage: { fr: 'Écran suivant', en: 'Next screen' },
  room: { fr: 'Salle', en: 'Room' },
  theRoom: { fr: 'La salle', en: 'The room' },
  firstVote: { fr: '1er vote', en: 'First vote' },
  secondVote: { fr: '2e vote', en: 'Second vote' },
  roomPlayed: { fr: '{room} a joué\u00a0: {option}', en: '{room} played: {option}' },
  roomChangedMind: { fr: 'la discussion a déplacé la majorité', en: 'the discussion moved the majority' },
  played: { fr: 'Jouée', en: 'Played' },
  best: { fr: 'Mieux notée', en: 'Best scored' },
  decision: { fr: 'Décision', en: 'Decision' },
  yes: { fr: 'oui', en: 'yes' },
  votesSemicolon: { fr: 'Votes de la salle en CSV (Excel en français)', en: 'Room votes as CSV (French-locale Excel)' },
  votesComma: { fr: 'Votes de la salle en CSV (virgules)', en: 'Room votes as CSV (commas)' },
  pageOf: { fr: 'Écran {page} sur {pages}', en: 'Screen {page} of {pages}' },
} as const satisfies Record<string, Text>;

export type BoardWord = keyof typeof BOARD;

/** The board's phrases about a number of things (see `plural`). */
export const BOARD_COUNTS = {
  meetings: {
    one: { fr: '{count} rendez-vous au tableau', en: '{count} meeting on the board' },
    other: { fr: '{count} rendez-vous au tableau', en: '{count} meetings on the board' },
  },
  duplicates: {
    one: { fr: '{count} en double ignoré', en: '{count} duplicate ignored' },
    other: { fr: '{count} en double ignorés', en: '{count} duplicates ignored' },
  },
  reached: {
    one: { fr: '{count} joueur est arrivé ici', en: '{count} player reached this point' },
    other: { fr: '{count} joueurs sont arrivés ici', en: '{count} players reached this point' },
  },
  players: { one: { fr: '{count} joueur', en: '{count} player' }, other: { fr: '{count} joueurs', en: '{count} players' } },
  rooms: {
    one: { fr: '{count} séance animée', en: '{count} facilitated session' },
    other: { fr: '{count} séances animées', en: '{count} facilitated sessions' },
  },
} as const satisfies Record<string, CountedText>;

export function bt(word: BoardWord, lang: Lang, values: Readonly<Record<string, string | number>> = {}): string {
  return BOARD[word][lang].replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? `{${key}}`));
}

/** Why a code was refused, and what to do about it. */
export const BOARD_PROBLEMS = {
  damaged: {
    fr: 'Code abîmé\u00a0: un caractère manque ou a changé. Demandez au joueur de le recopier.',
    en: 'Damaged code: a character is missing or changed. Ask the player to copy it again.',
  },
  format: {
    fr: 'Code d’une version plus récente du jeu\u00a0: mettez le jeu à jour.',
    en: 'A code from a newer version of the game: update the game.',
  },
  'unknown-scenario': {
    fr: 'Scénario «\u00a0{scenario}\u00a0» inconnu ici\u00a0: chargez ce scénario dans le menu, puis revenez.',
    en: 'Scenario "{scenario}" is not known here: load it in the menu, then come back.',
  },
  'other-version': {
    fr: 'Joué sur une autre version du scénario «\u00a0{scenario}\u00a0»\u00a0: il ne se rejoue pas à l’identique.',
    en: 'Played on another version of the scenario "{scenario}": it does not replay the same.',
  },
  'does-not-replay': {
    fr: 'Ce code ne mène pas au bout du scénario «\u00a0{scenario}\u00a0»\u00a0: il a sans doute été coupé.',
    en: 'This code does not reach the end of the scenario "{scenario}": it was probably cut.',
  },
  'votes-do-not-match': {
    fr: 'Les votes de ce code de séance ne correspondent pas à son rendez-vous\u00a0: recopiez-le depuis le débriefing de la salle.',
    en: 'The votes in this session code do not match its meeting: copy it again from the room’s debrief.',
  },
} as const satisfies Record<BoardProblemKind, Text>;
