/**
 * Shows a line letter by letter. The player can skip to the end; either way `onShown` fires once,
 * which is when the game tells the meeting that the line was shown.
 */
export interface Typewriter {
  readonly typing: boolean;
  type(text: string, onShown: () => void, pace: TypewriterPace): void;
  skip(): void;
  /**
   * Holds the line at the letter it reached: a paused game (or a hidden page) must not finish a line,
   * and so move the meeting on, while the player is not reading it.
   */
  pause(): void;
  /** Types on from the letter where `pause` held the line. */
  resume(): void;
  stop(): void;
}

/** Milliseconds per letter and the longest a line may take, or the whole line at once. */
export type TypewriterPace = { readonly perLetter: number; readonly longest: number } | 'instant';

/** `onTyped` sees the text shown so far at each step of the typing (the voice blips follow it). */
export function createTypewriter(target: HTMLElement, onTyped: (shown: string) => void = () => {}): Typewriter {
  let timer: ReturnType<typeof setInterval> | null = null;
  let full = '';
  let letters: string[] = [];
  let done: (() => void) | null = null;
  let tick = 0;
  /** Letters shown when the typing was paused; null while typing runs (or nothing is typed). */
  let heldAt: number | null = null;

  const finish = () => {
    if (timer !== null) clearInterval(timer);
    timer = null;
    heldAt = null;
    target.textContent = full;
    const callback = done;
    done = null;
    callback?.();
  };

  const shownSince = (started: number) => Math.floor((performance.now() - started) / tick);

  /** Types from `from` letters on; the clock counts from now, so a pause costs the player nothing. */
  const run = (from: number) => {
    const started = performance.now() - from * tick;
    timer = setInterval(() => {
      const shown = shownSince(started);
      if (shown >= letters.length) finish();
      else {
        target.textContent = letters.slice(0, shown).join('');
        onTyped(target.textContent);
      }
    }, 16);
  };

  return {
    get typing() {
      return timer !== null || heldAt !== null;
    },
    type(text, onShown, pace) {
      this.stop();
      full = text;
      done = onShown;
      letters = Array.from(text);
      if (pace === 'instant' || letters.length === 0) {
        finish();
        return;
      }
      tick = Math.max(8, Math.min(pace.perLetter, pace.longest / letters.length));
      target.textContent = '';
      run(0);
    },
    skip() {
      if (timer !== null || heldAt !== null) finish();
    },
    pause() {
      if (timer === null) return;
      clearInterval(timer);
      timer = null;
      heldAt = Array.from(target.textContent ?? '').length;
    },
    resume() {
      if (heldAt === null) return;
      const from = heldAt;
      heldAt = null;
      run(from);
    },
    stop() {
      if (timer !== null) clearInterval(timer);
      timer = null;
      heldAt = null;
      done = null;
    },
  };
}
