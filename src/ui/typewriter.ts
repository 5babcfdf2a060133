/**
 * Shows a line letter by letter. The player can skip to the end; either way `onShown` fires once,
 * which is when the game tells the meeting that the line was shown.
 */
export interface Typewriter {
  readonly typing: boolean;
  type(text: string, onShown: () => void, pace: TypewriterPace): void;
  skip(): void;
  stop(): void;
}

/** Milliseconds per letter and the longest a line may take, or the whole line at once. */
export type TypewriterPace = { readonly perLetter: number; readonly longest: number } | 'instant';

/** `onTyped` sees the text shown so far at each step of the typing (the voice blips follow it). */
export function createTypewriter(target: HTMLElement, onTyped: (shown: string) => void = () => {}): Typewriter {
  let timer: ReturnType<typeof setInterval> | null = null;
  let full = '';
  let done: (() => void) | null = null;

  const finish = () => {
    if (timer !== null) clearInterval(timer);
    timer = null;
    target.textContent = full;
    const callback = done;
    done = null;
    callback?.();
  };

  return {
    get typing() {
      return timer !== null;
    },
    type(text, onShown, pace) {
      this.stop();
      full = text;
      done = onShown;
      const letters = Array.from(text);
      if (pace === 'instant' || letters.length === 0) {
        finish();
        return;
      }
      const tick = Math.max(8, Math.min(pace.perLetter, pace.longest / letters.length));
      const started = performance.now();
      target.textContent = '';
      timer = setInterval(() => {
        const shown = Math.floor((performance.now() - started) / tick);
        if (shown >= letters.length) finish();
        else {
          target.textContent = letters.slice(0, shown).join('');
          onTyped(target.textContent);
        }
      }, 16);
    },
    skip() {
      if (timer !== null) finish();
    },
    stop() {
      if (timer !== null) clearInterval(timer);
      timer = null;
      done = null;
    },
  };
}
