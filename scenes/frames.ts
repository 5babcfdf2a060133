/** The part of Phaser's game loop that can stop and restart drawing. */
export interface Loop {
  sleep(): void;
  wake(): void;
  /** Ticks of the loop so far (Phaser's TimeStep counts them). */
  readonly frame: number;
  /** Whether something drawn is still on the move (a tween, a camera fade): the loop may not sleep then. */
  moving(): boolean;
}

/**
 * Ticks the loop must make after a wake before it may sleep: waking ticks once at once, before the
 * change that asked for it is queued (a scene switch), and the frame limit skips some ticks.
 */
const TICKS_BEFORE_SLEEP = 3;

/**
 * Draws frames only while something changes. The room is still most of the time, and every frame
 * costs a battery (or a software renderer) for nothing; anything that changes the canvas, switches
 * scene or resizes asks for frames, which go on while anything moves and stop a few ticks after.
 */
export interface Frames {
  /** Draws at least `ms` more (what a timer of the scene's clock needs), and while anything moves. */
  awake(ms?: number): void;
}

/**
 * `onStill` hears when the loop starts drawing (false) and when it sleeps with the picture complete
 * (true): the page shows it as `#app[data-canvas]`, so that a test waits for the picture itself
 * rather than for a guessed time.
 */
export function createFrames(loop: () => Loop | null, onStill: (still: boolean) => void = () => {}): Frames {
  let timer: ReturnType<typeof setTimeout> | null = null;
  return {
    awake(ms = 0) {
      const current = loop();
      if (!current) return;
      current.wake();
      onStill(false);
      const woken = current.frame;
      if (timer !== null) clearTimeout(timer);
      // Where one frame outlasts the wait (a 4K screen drawn in software), sleeping on time alone
      // left a queued scene switch undone for good: the game stayed on its loading screen.
      const sleepWhenDrawn = () => {
        const now = loop();
        // Waiting for tweens here rather than for a fixed time: a still change used to cost 900 ms
        // of frames, the most expensive part of every step where WebGL is drawn in software.
        if (now && (now.frame - woken < TICKS_BEFORE_SLEEP || now.moving())) {
          timer = setTimeout(sleepWhenDrawn, 100);
          return;
        }
        timer = null;
        now?.sleep();
        onStill(true);
      };
      timer = setTimeout(sleepWhenDrawn, ms);
    },
  };
}
