/** The part of Phaser's game loop that can stop and restart drawing. */
export interface Loop {
  sleep(): void;
  wake(): void;
}

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
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = null;
        loop()?.sleep();
      }, ms);
    },
  };
}
