import type { Lang } from '../engine/index.ts';

export interface SettingsState {
  readonly lang: Lang;
  readonly muted: boolean;
}

/** The player's live choices (language, sound); screens subscribe to redraw when they change. */
export interface Settings {
  get(): SettingsState;
  update(change: Partial<SettingsState>): void;
  subscribe(listener: (state: SettingsState) => void): () => void;
}

export function createSettings(initial: SettingsState, onChange: (state: SettingsState) => void): Settings {
  let state = initial;
  const listeners = new Set<(state: SettingsState) => void>();
  return {
    get: () => state,
    update(change) {
      const next = { ...state, ...change };
      if (next.lang === state.lang && next.muted === state.muted) return;
      state = next;
      onChange(state);
      for (const listener of [...listeners]) listener(state);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
