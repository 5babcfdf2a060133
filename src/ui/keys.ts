/** What a key means in the game, whatever screen is showing. */
export type KeyIntent =
  | { readonly kind: 'pick'; readonly position: number }
  | { readonly kind: 'advance' }
  | { readonly kind: 'note' }
  | { readonly kind: 'interrupt' }
  | { readonly kind: 'pause' }
  | { readonly kind: 'history' }
  | { readonly kind: 'mute' };

export interface KeyPress {
  readonly key: string;
  readonly ctrlKey?: boolean;
  readonly metaKey?: boolean;
  readonly altKey?: boolean;
}

/** Digits pick the n-th option shown; letters are matched case-insensitively; chords belong to the browser. */
export function intentOf(press: KeyPress): KeyIntent | null {
  if (press.ctrlKey || press.metaKey || press.altKey) return null;
  const key = press.key;
  if (/^[1-9]$/.test(key)) return { kind: 'pick', position: Number(key) };
  switch (key.toLowerCase()) {
    case 'enter':
    case ' ':
    case 'spacebar':
      return { kind: 'advance' };
    case 'n':
      return { kind: 'note' };
    case 'i':
      return { kind: 'interrupt' };
    case 'escape':
      return { kind: 'pause' };
    case 'h':
      return { kind: 'history' };
    case 'm':
      return { kind: 'mute' };
    default:
      return null;
  }
}
