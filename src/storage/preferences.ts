import { isLang, type Lang } from '../engine/index.ts';
import { ADDRESS_FORMS, type AddressForm } from '../engine/scenario/address.ts';

/** The part of `localStorage` the game uses; tests and private browsing can pass another (or none). */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** Steps of the text size, smallest first; each scales every text of the game. */
export const TEXT_SIZES = ['small', 'normal', 'large', 'larger'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];

/** How fast a line is typed; `instant` shows it whole at once. */
export const TEXT_SPEEDS = ['slow', 'normal', 'fast', 'instant'] as const;
export type TextSpeed = (typeof TEXT_SPEEDS)[number];

/** The four volume sliders, each 0–100. */
export const VOLUMES = ['masterVolume', 'ambienceVolume', 'effectsVolume', 'voiceVolume'] as const;
export type VolumeName = (typeof VOLUMES)[number];

/** Every choice the player can make in the settings, all remembered between visits. */
export interface Preferences {
  readonly lang: Lang;
  readonly muted: boolean;
  readonly masterVolume: number;
  readonly ambienceVolume: number;
  readonly effectsVolume: number;
  readonly voiceVolume: number;
  readonly textSize: TextSize;
  readonly textSpeed: TextSpeed;
  readonly reducedMotion: boolean;
  readonly highContrast: boolean;
  readonly readAloud: boolean;
  /** How the French speaks to the player: feminine, masculine or neutral wording. */
  readonly address: AddressForm;
}

/** What the browser says about the player before they choose anything. */
export interface SystemHints {
  readonly lang: Lang;
  readonly reducedMotion: boolean;
}

/**
 * The settings of a first visit. They follow the system where it has an opinion: someone who asked
 * their system for less motion also gets lines shown whole rather than typed.
 */
export function defaultPreferences(system: SystemHints): Preferences {
  return {
    lang: system.lang,
    muted: false,
    masterVolume: 80,
    ambienceVolume: 60,
    effectsVolume: 80,
    voiceVolume: 70,
    textSize: 'normal',
    textSpeed: system.reducedMotion ? 'instant' : 'normal',
    reducedMotion: system.reducedMotion,
    highContrast: false,
    readAloud: false,
    // Nothing is known of the player before they say: the wording that assumes nothing.
    address: 'neutral',
  };
}

/** The settings to start with: the defaults, then what the player saved, then what the address asks. */
export function startingPreferences(saved: Partial<Preferences>, system: SystemHints, chosenLang: Lang): Preferences {
  return { ...defaultPreferences(system), ...saved, lang: chosenLang };
}

const KEYS = {
  lang: 'rendez-vous.lang',
  muted: 'rendez-vous.muted',
  masterVolume: 'rendez-vous.volume.master',
  ambienceVolume: 'rendez-vous.volume.ambience',
  effectsVolume: 'rendez-vous.volume.effects',
  voiceVolume: 'rendez-vous.volume.voice',
  textSize: 'rendez-vous.text-size',
  textSpeed: 'rendez-vous.text-speed',
  reducedMotion: 'rendez-vous.reduced-motion',
  highContrast: 'rendez-vous.high-contrast',
  readAloud: 'rendez-vous.read-aloud',
  address: 'rendez-vous.address',
} as const satisfies Record<keyof Preferences, string>;

const flag = (raw: string) => (raw === 'true' ? true : raw === 'false' ? false : undefined);
const volume = (raw: string) => (/^(0|[1-9]\d?|100)$/.test(raw) ? Number(raw) : undefined);
const oneOf =
  <T extends string>(values: readonly T[]) =>
  (raw: string) =>
    values.find((v) => v === raw);

/** How each stored string is read back; `undefined` means "not a value this game writes". */
const PARSE: { readonly [K in keyof Preferences]: (raw: string) => Preferences[K] | undefined } = {
  lang: (raw) => (isLang(raw) ? raw : undefined),
  muted: flag,
  masterVolume: volume,
  ambienceVolume: volume,
  effectsVolume: volume,
  voiceVolume: volume,
  textSize: oneOf(TEXT_SIZES),
  textSpeed: oneOf(TEXT_SPEEDS),
  reducedMotion: flag,
  highContrast: flag,
  readAloud: flag,
  address: oneOf(ADDRESS_FORMS),
};

const NAMES = Object.keys(KEYS) as (keyof Preferences)[];

/**
 * Reads what earlier visits saved: only the choices the player made, each validated on its own.
 * Anything unexpected (or a store that throws) counts as not chosen, so the default applies.
 */
export function readPreferences(store: KeyValueStore | null): Partial<Preferences> {
  const saved: Partial<Record<keyof Preferences, unknown>> = {};
  for (const name of NAMES) {
    let raw: string | null = null;
    try {
      raw = store?.getItem(KEYS[name]) ?? null;
    } catch {
      raw = null;
    }
    const value = raw === null ? undefined : PARSE[name](raw);
    if (value !== undefined) saved[name] = value;
  }
  return saved as Partial<Preferences>;
}

/**
 * Saves the choices just made, and only those: a setting never touched keeps following the system
 * (a player who later turns on reduced motion in their system gets it here too).
 */
export function writePreferences(store: KeyValueStore | null, change: Partial<Preferences>): void {
  for (const name of NAMES) {
    const value = change[name];
    if (value === undefined) continue;
    try {
      store?.setItem(KEYS[name], String(value));
    } catch {
      // Storage full or forbidden (private mode): the choice simply lasts for this visit.
    }
  }
}

/** `localStorage` if the browser lets us touch it at all. */
export function browserStore(): KeyValueStore | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}
