import type { Lang, Text } from '../engine/index.ts';
import type { AddressForm } from '../engine/scenario/address.ts';
import type { TextSize, TextSpeed, VolumeName } from '../storage/preferences.ts';

/** The words of the settings panel, both languages. */
export const WORDS = {
  open: { fr: 'Réglages', en: 'Settings' },
  title: { fr: 'Réglages', en: 'Settings' },
  close: { fr: 'Fermer', en: 'Close' },
  sound: { fr: 'Son', en: 'Sound' },
  mute: { fr: 'Couper le son (touche M)', en: 'Mute (M key)' },
  text: { fr: 'Texte', en: 'Text' },
  textSize: { fr: 'Taille du texte', en: 'Text size' },
  textSpeed: { fr: 'Vitesse d’affichage des répliques', en: 'Speed of the lines' },
  display: { fr: 'Affichage', en: 'Display' },
  language: { fr: 'Langue', en: 'Language' },
  reducedMotion: { fr: 'Réduire les animations', en: 'Reduce motion' },
  reducedMotionHelp: {
    fr: 'Par défaut, suit le réglage de votre système.',
    en: 'By default, follows your system’s setting.',
  },
  highContrast: { fr: 'Contraste élevé', en: 'High contrast' },
  address: { fr: 'Les répliques en français s’accordent', en: 'The French lines address you' },
  addressHelp: {
    fr: 'Pour tout ce qui s’accorde avec vous («\u00a0désolée\u00a0», «\u00a0merci d’être venu\u00a0»), à partir de la prochaine rencontre.',
    en: 'For every word that agrees with you in French (“désolée”, “merci d’être venu”), from the next meeting on. English needs no choice.',
  },
  readAloud: { fr: 'Lire les répliques à voix haute', en: 'Read the lines aloud' },
  readAloudHelp: {
    fr: 'Avec la synthèse vocale de votre navigateur, dans la langue du jeu.',
    en: 'With your browser’s speech synthesis, in the game’s language.',
  },
  readAloudMissing: {
    fr: 'Ce navigateur ne propose pas de synthèse vocale.',
    en: 'This browser offers no speech synthesis.',
  },
} as const satisfies Record<string, Text>;

export type SettingsWord = keyof typeof WORDS;

export function st(word: SettingsWord, lang: Lang): string {
  return WORDS[word][lang];
}

export const VOLUME_NAMES = {
  masterVolume: { fr: 'Volume général', en: 'Master volume' },
  ambienceVolume: { fr: 'Ambiance', en: 'Ambience' },
  effectsVolume: { fr: 'Effets', en: 'Effects' },
  voiceVolume: { fr: 'Voix', en: 'Voices' },
} as const satisfies Record<VolumeName, Text>;

export const TEXT_SIZE_NAMES = {
  small: { fr: 'Petite', en: 'Small' },
  normal: { fr: 'Normale', en: 'Normal' },
  large: { fr: 'Grande', en: 'Large' },
  larger: { fr: 'Très grande', en: 'Larger' },
} as const satisfies Record<TextSize, Text>;

export const TEXT_SPEED_NAMES = {
  slow: { fr: 'Lente', en: 'Slow' },
  normal: { fr: 'Normale', en: 'Normal' },
  fast: { fr: 'Rapide', en: 'Fast' },
  instant: { fr: 'Immédiate (la réplique entière)', en: 'Instant (the whole line)' },
} as const satisfies Record<TextSpeed, Text>;

export const ADDRESS_NAMES = {
  feminine: { fr: 'Au féminin (désolée, prête)', en: 'In the feminine (désolée, prête)' },
  masculine: { fr: 'Au masculin (désolé, prêt)', en: 'In the masculine (désolé, prêt)' },
  neutral: { fr: 'Sans accord (toutes mes excuses)', en: 'With no agreement (toutes mes excuses)' },
} as const satisfies Record<AddressForm, Text>;
