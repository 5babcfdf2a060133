import type { TextSize, TextSpeed } from '../storage/preferences.ts';
import type { SettingsState } from './settings.ts';

/** How much each text size scales every text of the game (the root font size, which all sizes follow). */
export const TEXT_SCALES = {
  small: 0.9,
  normal: 1,
  large: 1.15,
  larger: 1.3,
} as const satisfies Record<TextSize, number>;

/** How a line is typed at each speed: milliseconds per letter, and the longest a line may take. */
export const TEXT_PACES = {
  slow: { perLetter: 50, longest: 7000 },
  normal: { perLetter: 28, longest: 3500 },
  fast: { perLetter: 12, longest: 1500 },
  instant: 'instant',
} as const satisfies Record<TextSpeed, { perLetter: number; longest: number } | 'instant'>;

/**
 * Applies the display settings to the page: the text scale as a CSS custom property, and classes on
 * <html> that the style sheet reads (high contrast palette, no animations).
 */
export function applyDisplay(state: SettingsState, root: HTMLElement): void {
  root.lang = state.lang;
  root.style.setProperty('--text-scale', String(TEXT_SCALES[state.textSize]));
  root.classList.toggle('high-contrast', state.highContrast);
  root.classList.toggle('reduced-motion', state.reducedMotion);
}
