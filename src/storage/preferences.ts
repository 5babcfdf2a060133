import { isLang, type Lang } from '../engine/index.ts';

/** The part of `localStorage` the game uses; tests and private browsing can pass another (or none). */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export interface Preferences {
  readonly lang: Lang | null;
  readonly muted: boolean;
}

const KEYS = { lang: 'rendez-vous.lang', muted: 'rendez-vous.muted' } as const;

/** Reads what an earlier visit saved. Anything unexpected (or a store that throws) counts as not saved. */
export function readPreferences(store: KeyValueStore | null): Preferences {
  const read = (key: string): string | null => {
    try {
      return store?.getItem(key) ?? null;
    } catch {
      return null;
    }
  };
  const lang = read(KEYS.lang);
  return { lang: lang !== null && isLang(lang) ? lang : null, muted: read(KEYS.muted) === 'true' };
}

export function writePreferences(store: KeyValueStore | null, preferences: Preferences): void {
  try {
    if (preferences.lang) store?.setItem(KEYS.lang, preferences.lang);
    store?.setItem(KEYS.muted, String(preferences.muted));
  } catch {
    // Storage full or forbidden (private mode): the choice simply lasts for this visit.
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
