import { NO_PROGRESS, PROGRESS_VERSION, type Progress, ProgressSchema } from '../engine/debrief/progress.ts';
import type { KeyValueStore } from './preferences.ts';

export const PROGRESS_KEY = 'rendez-vous.progress';
/** Where data that could not be read is put aside, so that nothing is ever thrown away. */
export const SET_ASIDE_PREFIX = 'rendez-vous.progress.unreadable.';

/** Why the progress in use is not (or no longer) the one in the browser's storage. */
export type ProgressNotice =
  /** The saved progress could not be read; it was kept aside and a fresh start made. */
  | 'unreadable'
  /** Saved by a newer version of the game; kept aside, untouched. */
  | 'newer'
  /** Storage is disabled (private browsing): progress lasts for this visit only. */
  | 'no-storage'
  /** Storage refused to save (full): progress lasts for this visit only. */
  | 'not-saved';

export interface ProgressStore {
  read(): Progress;
  /** Saves, or keeps the progress in memory (with a notice) if the browser refuses. */
  write(progress: Progress): void;
  readonly notices: readonly ProgressNotice[];
}

type Reading = { readonly progress: Progress; readonly notice: 'unreadable' | 'newer' | null };

/** Reads saved progress text: valid, or a fresh start that says why. Never throws. */
export function readProgressText(text: string | null): Reading {
  if (text === null) return { progress: NO_PROGRESS, notice: null };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { progress: NO_PROGRESS, notice: 'unreadable' };
  }
  const version = typeof data === 'object' && data !== null ? (data as { version?: unknown }).version : undefined;
  if (typeof version === 'number' && version > PROGRESS_VERSION) return { progress: NO_PROGRESS, notice: 'newer' };
  const parsed = ProgressSchema.safeParse(data);
  if (parsed.success) return { progress: parsed.data, notice: null };
  // Keep every attempt that is still sound rather than lose them all for one edited by hand.
  const attempts = Array.isArray((data as { attempts?: unknown })?.attempts) ? (data as { attempts: unknown[] }).attempts : [];
  const sound = attempts.flatMap((a) => {
    const one = ProgressSchema.shape.attempts.element.safeParse(a);
    return one.success ? [one.data] : [];
  });
  return { progress: { version: PROGRESS_VERSION, attempts: sound }, notice: 'unreadable' };
}

export function progressText(progress: Progress): string {
  return JSON.stringify(progress);
}

/**
 * The progress kept in the browser. Unreadable or newer data is copied aside before anything is
 * written over it; without storage, or when it is full, progress lives in memory and says so.
 */
export function openProgressStore(store: KeyValueStore | null, now: () => Date = () => new Date()): ProgressStore {
  const notices: ProgressNotice[] = [];
  const note = (notice: ProgressNotice) => {
    if (!notices.includes(notice)) notices.push(notice);
  };
  let saved: string | null = null;
  let writable = store !== null;
  try {
    saved = store?.getItem(PROGRESS_KEY) ?? null;
  } catch {
    writable = false;
  }
  if (!writable) note('no-storage');

  const reading = readProgressText(saved);
  let current = reading.progress;
  if (reading.notice) {
    note(reading.notice);
    // A newer version's data is never written over; unreadable data only once a copy is aside.
    if (reading.notice === 'newer') writable = false;
    try {
      store?.setItem(`${SET_ASIDE_PREFIX}${now().toISOString()}`, saved ?? '');
    } catch {
      writable = false;
      note('not-saved');
    }
  }

  return {
    notices,
    read: () => current,
    write(progress) {
      current = progress;
      if (!writable) return;
      try {
        store?.setItem(PROGRESS_KEY, progressText(progress));
      } catch {
        note('not-saved');
      }
    },
  };
}
