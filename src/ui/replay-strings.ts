import type { Lang, ReplayCodeError, Text } from '../engine/index.ts';

/** The words of replay codes (in the debrief, the menu and the replay itself), in both languages. */
export const REPLAY = {
  codeTitle: { fr: 'Code de relecture', en: 'Replay code' },
  codeHelp: {
    fr: 'Envoyez ce code (ou le lien) à votre coach ou à l’animateur\u00a0: il rejoue exactement ce rendez-vous, pas à pas.',
    en: 'Send this code (or the link) to your coach or facilitator: it replays exactly this meeting, step by step.',
  },
  copy: { fr: 'Copier le code', en: 'Copy the code' },
  copied: { fr: 'Code copié.', en: 'Code copied.' },
  copyFailed: {
    fr: 'Copie impossible\u00a0: sélectionnez le code et copiez-le.',
    en: 'Could not copy: select the code and copy it.',
  },
  link: { fr: 'Lien vers la relecture', en: 'Link to the replay' },
  download: { fr: 'Enregistrer le résultat (fichier)', en: 'Save the result (file)' },
  print: { fr: 'Imprimer le débriefing', en: 'Print the debrief' },
  watch: { fr: 'Regarder une relecture', en: 'Watch a replay' },
  watchHelp: {
    fr: 'Collez le code de relecture d’un rendez-vous pour le revoir pas à pas.',
    en: 'Paste a meeting’s replay code to watch it step by step.',
  },
  watchButton: { fr: 'Regarder', en: 'Watch' },
  replaying: { fr: 'Relecture', en: 'Replay' },
  step: { fr: 'Étape {step} sur {total}', en: 'Step {step} of {total}' },
  next: { fr: 'Étape suivante', en: 'Next step' },
  done: { fr: 'Relecture terminée\u00a0: voyez le débriefing.', en: 'Replay finished: see the debrief.' },
} as const satisfies Record<string, Text>;

export function pr(word: keyof typeof REPLAY, lang: Lang, values: Readonly<Record<string, string | number>> = {}): string {
  return REPLAY[word][lang].replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? `{${key}}`));
}

/** Why a code cannot be replayed here, and what to do. */
export type ReplayRefusal = ReplayCodeError['kind'] | 'unknown-scenario' | 'other-version' | 'does-not-replay';

export const REPLAY_REFUSALS = {
  damaged: {
    fr: 'Ce code de relecture est abîmé\u00a0: un caractère manque ou a changé. Demandez-le à nouveau, copié tel quel.',
    en: 'This replay code is damaged: a character is missing or changed. Ask for it again, copied as it is.',
  },
  format: {
    fr: 'Ce code vient d’une version plus récente du jeu\u00a0: mettez le jeu à jour pour le regarder.',
    en: 'This code comes from a newer version of the game: update the game to watch it.',
  },
  'unknown-scenario': {
    fr: 'Ce code est celui d’un scénario que ce jeu ne connaît pas\u00a0: chargez d’abord ce scénario dans le menu.',
    en: 'This code is for a scenario this game does not know: load that scenario in the menu first.',
  },
  'other-version': {
    fr: 'Ce rendez-vous a été joué sur une autre version du scénario\u00a0: il ne se rejoue pas à l’identique ici.',
    en: 'This meeting was played on another version of the scenario: it does not replay the same here.',
  },
  'does-not-replay': {
    fr: 'Ce code ne mène pas au bout du rendez-vous\u00a0: il a sans doute été coupé.',
    en: 'This code does not reach the end of the meeting: it was probably cut short.',
  },
} as const satisfies Record<ReplayRefusal, Text>;
