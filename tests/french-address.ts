/**
 * French words that agree with the player written in one gender only, outside the
 * `{feminine|masculine|neutral}` markup: the slip the issue found ("désolé", "débordé", "merci
 * d’être venu" read as a man to every player). A reader's rule, not a grammar: the words a meeting
 * says about its player, after the verbs that make them agree.
 */

/** Adjectives and participles a meeting says of its player, in their masculine singular form. */
const AGREEING = [
  'allé',
  'arrivé',
  'assis',
  'attendu',
  'certain',
  'chargé',
  'complet',
  'content',
  'convaincu',
  'débordé',
  'déçu',
  'désolé',
  'entré',
  'flatté',
  'habitué',
  'heureux',
  'honoré',
  'inquiet',
  'installé',
  'intéressé',
  'invité',
  'navré',
  'obligé',
  'occupé',
  'parti',
  'passé',
  'pressé',
  'prêt',
  'pris',
  'ravi',
  'rassuré',
  'reçu',
  'resté',
  'seul',
  'sorti',
  'sûr',
  'surpris',
  'tenté',
  'venu',
];

/** Little words that may stand between the verb and the word that agrees ("je suis vraiment désolé"). */
const BETWEEN = '(?:(?:très|bien|tout|si|trop|vraiment|assez|plutôt|déjà|encore|pas|plus|toujours|ici|un peu)\\s+)*';
const WORD = `(${AGREEING.join('|')})(?!\\p{L})`;
/** Anyone speaking to the player with the polite "vous" (a prospect, the narration). */
const TO_THE_PLAYER = new RegExp(
  `(?<!\\p{L})(vous êtes|vous étiez|vous serez|vous seriez|êtes-vous|vous voilà|vous restez|d’être)\\s+${BETWEEN}${WORD}`,
  'giu',
);
/** The player speaking of themselves. */
const BY_THE_PLAYER = new RegExp(`(?<!\\p{L})(je suis|j’étais|je serai|je serais|je reste|suis-je)\\s+${BETWEEN}${WORD}`, 'giu');

/** The text with each `{…|…|…}` choice taken out: what is left agrees with no one in particular. */
const outsideChoices = (text: string) => text.replace(/\{[^{}]*\}/g, ' … ');

/**
 * The phrases of a French text that agree with the player in the masculine only. `byPlayer`: the
 * player says the text (an option, an interruption, a relaunch question), so "je suis désolé" is
 * about them; anyone else saying "je suis" speaks of themselves.
 */
export function unmarkedAgreements(text: string, byPlayer: boolean): string[] {
  const plain = outsideChoices(text).replaceAll("'", '’');
  const found = [...plain.matchAll(TO_THE_PLAYER)].map((m) => m[0]);
  if (byPlayer) found.push(...[...plain.matchAll(BY_THE_PLAYER)].map((m) => m[0]));
  return found;
}
