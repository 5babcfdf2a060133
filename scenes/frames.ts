/** The part of Phaser's game loop that can stop and restart drawing. */
export interface Loop {
  sleep(): void;
  wake(): void;
  /** Ticks of the loop so far (Phaser's TimeStep counts them). */
  readonly frame: number;
}

/**
 * Ticks the loop must make after a wake before it may sleep: waking ticks once at once, before the
 * change that asked for it is queued (a scene switch), and the frame limit skips some ticks.
 */
const TICKS_BEFORE_SLEEP = 3;

/**
 * Draws frames only while something changes. The room is still most of the time, and every frame
 * costs a battery (or a software renderer) for nothing; anything that changes the canvas, switches
 * scene or resizes asks for a few frames first.
 */
export interface Frames {
  awake(ms?: number): void;
}

export function createFrames(loop: () => Loop | null, idleAfter = 900): Frames {
  let timer: ReturnType<typeof setTimeout> | null = null;
  return {
    awake(ms = idleAfter) {
      const current = loop();
      if (!current) return;
      current.wake();
      const woken = current.frame;
      if (timer !== null) clearTimeout(timer);
      // Where one frame outlasts the wait (a 4K screen drawn in software), sleeping on time alone
      // left a queued scene switch undone for good: the game stayed on its loading screen.
      const sleepWhenDrawn = () => {
        const now = loop();
        if (now && now.frame - woken < TICKS_BEFORE_SLEEP) {
          timer = setTimeout(sleepWhenDrawn, 100);
          return;
        }
        timer = null;
        now?.sleep();
      };
      timer = setTimeout(sleepWhenDrawn, ms);
    },
  };
}
