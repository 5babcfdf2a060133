import type { Preferences } from '../storage/preferences.ts';

/** The player's live choices: language, sound, text and display. */
export type SettingsState = Preferences;

/** The player's live choices; screens subscribe to redraw when they change. */
export interface Settings {
  get(): SettingsState;
  update(change: Partial<SettingsState>): void;
  subscribe(listener: (state: SettingsState) => void): () => void;
}

/**
 * `onChange` receives the new state and what actually changed (so that only choices the player
 * made are saved).
 */
export function createSettings(
  initial: SettingsState,
  onChange: (state: SettingsState, change: Partial<SettingsState>) => void,
): Settings {
  let state = initial;
  const listeners = new Set<(state: SettingsState) => void>();
  return {
    get: () => state,
    update(change) {
      const changed = Object.fromEntries(
        Object.entries(change).filter(([key, value]) => value !== undefined && state[key as keyof SettingsState] !== value),
      ) as Partial<SettingsState>;
      if (Object.keys(changed).length === 0) return;
      state = { ...state, ...changed };
      onChange(state, changed);
      for (const listener of [...listeners]) listener(state);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
