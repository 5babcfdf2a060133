/**
 * Shows a line letter by letter. The player can skip to the end; either way `onShown` fires once,
 * which is when the game tells the meeting that the line was shown.
 */
export interface Typewriter {
  readonly typing: boolean;
  type(text: string, onShown: () => void): void;
  skip(): void;
  stop(): void;
}

export interface TypewriterOptions {
  /** Milliseconds per character. */
  readonly pace: number;
  /** A long line never takes longer than this. */
  readonly longest: number;
  readonly instant: boolean;
}

export function createTypewriter(target: HTMLElement, options: TypewriterOptions): Typewriter {
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
    type(text, onShown) {
      this.stop();
      full = text;
      done = onShown;
      const letters = Array.from(text);
      if (options.instant || letters.length === 0) {
        finish();
        return;
      }
      const tick = Math.max(8, Math.min(options.pace, options.longest / letters.length));
      const started = performance.now();
      target.textContent = '';
      timer = setInterval(() => {
        const shown = Math.floor((performance.now() - started) / tick);
        if (shown >= letters.length) finish();
        else target.textContent = letters.slice(0, shown).join('');
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
