import { byteLength, MAX_SCENARIO_BYTES } from '../engine/loading/size-limit.ts';
import type { KeyValueStore } from './preferences.ts';

/**
 * The player's own scenarios, kept as the source text they loaded. Only the text is kept: it is
 * validated again by the scenario loader on every visit, so nothing read back is ever trusted.
 */
export interface SavedScenario {
  /** The scenario's id when it was saved: the key for replacing and removing it. */
  readonly id: string;
  /** The file name the player loaded it from. */
  readonly file: string;
  readonly text: string;
}

export const CUSTOM_SCENARIOS_KEY = 'rendez-vous.custom-scenarios';

const MAX_FILE_NAME = 255;
const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export interface ReadBack {
  readonly scenarios: readonly SavedScenario[];
  /** Stored records that were not well-formed (edited by hand, another version of the game): ignored, and said so. */
  readonly unreadable: number;
}

/** What storage holds; a store that throws or holds garbage reads as (part) empty, counted in `unreadable`. */
export function readCustomScenarios(store: KeyValueStore | null): ReadBack {
  let raw: string | null;
  try {
    raw = store?.getItem(CUSTOM_SCENARIOS_KEY) ?? null;
  } catch {
    return { scenarios: [], unreadable: 0 };
  }
  if (raw === null) return { scenarios: [], unreadable: 0 };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { scenarios: [], unreadable: 1 };
  }
  if (!Array.isArray(data)) return { scenarios: [], unreadable: 1 };
  const scenarios: SavedScenario[] = [];
  let unreadable = 0;
  for (const item of data) {
    const saved = asSaved(item);
    if (saved && !scenarios.some((s) => s.id === saved.id)) scenarios.push(saved);
    else unreadable++;
  }
  return { scenarios, unreadable };
}

function asSaved(item: unknown): SavedScenario | null {
  if (typeof item !== 'object' || item === null) return null;
  const { id, file, text } = item as Record<string, unknown>;
  if (typeof id !== 'string' || !ID.test(id)) return null;
  if (typeof file !== 'string' || file.length === 0 || file.length > MAX_FILE_NAME) return null;
  if (typeof text !== 'string' || text.length > MAX_SCENARIO_BYTES || byteLength(text) > MAX_SCENARIO_BYTES) return null;
  return { id, file, text };
}

/** Why a write did not happen: the browser's quota is full, or storage is off (private mode, policy). */
export type WriteFailure = 'quota' | 'unavailable';

/** Replaces what storage holds. Never throws: a failure is returned, for the game to tell the player. */
export function writeCustomScenarios(store: KeyValueStore | null, scenarios: readonly SavedScenario[]): WriteFailure | null {
  if (!store) return 'unavailable';
  try {
    store.setItem(CUSTOM_SCENARIOS_KEY, JSON.stringify(scenarios.map(({ id, file, text }) => ({ id, file, text }))));
    return null;
  } catch (error) {
    return isQuotaError(error) ? 'quota' : 'unavailable';
  }
}

function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, code } = error as { name?: unknown; code?: unknown };
  // Chromium and WebKit say QuotaExceededError (code 22); old Firefox said NS_ERROR_DOM_QUOTA_REACHED (1014).
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
}

/**
 * The player's saved scenarios during one visit, and what storage refused to keep of them. A change
 * always writes the whole list; a scenario storage refused stays in the list (playable until the
 * page closes) with its failure, so the game can say it will not come back.
 */
export interface SavedScenarios {
  readonly list: readonly SavedScenario[];
  /** Why storage did not keep this one, if it did not. */
  failureOf(id: string): WriteFailure | undefined;
  has(id: string): boolean;
  /** Adds the record, or replaces the one with its id. */
  keep(record: SavedScenario): { readonly replaced: boolean; readonly failure: WriteFailure | null };
  /** Takes a record out; null if there is none with that id. */
  remove(id: string): { readonly record: SavedScenario; readonly at: number; readonly failure: WriteFailure | null } | null;
  /** Puts a removed record back where it was (or at the end, if the list has shrunk since). */
  putBack(record: SavedScenario, at: number): WriteFailure | null;
}

export function savedScenarios(store: KeyValueStore | null, initial: readonly SavedScenario[]): SavedScenarios {
  let saved: SavedScenario[] = [...initial];
  const unsaved = new Map<string, WriteFailure>();
  /** Writes the whole list; what storage refuses stays playable for this visit, marked so. */
  const write = (next: SavedScenario[], changedId: string): WriteFailure | null => {
    saved = next;
    const failure = writeCustomScenarios(store, saved);
    if (failure) unsaved.set(changedId, failure);
    else unsaved.clear();
    return failure;
  };
  return {
    get list() {
      return saved;
    },
    failureOf: (id) => unsaved.get(id),
    has: (id) => saved.some((s) => s.id === id),
    keep(record) {
      const at = saved.findIndex((s) => s.id === record.id);
      const next = at >= 0 ? saved.map((s, i) => (i === at ? record : s)) : [...saved, record];
      unsaved.delete(record.id);
      return { replaced: at >= 0, failure: write(next, record.id) };
    },
    remove(id) {
      const at = saved.findIndex((s) => s.id === id);
      const record = saved[at];
      if (!record) return null;
      // One that storage never took cannot come back, whatever storage says now.
      const wasStored = !unsaved.has(id);
      const failure = write(
        saved.filter((s) => s.id !== id),
        id,
      );
      unsaved.delete(id);
      return { record, at, failure: wasStored ? failure : null };
    },
    putBack(record, at) {
      const next = [...saved];
      next.splice(Math.min(at, next.length), 0, record);
      return write(next, record.id);
    },
  };
}
