import type { Meeting, PlayerAction } from '../src/engine/index.ts';

/** A recorded meeting played back one action at a time. */
export interface ReplayWatch {
  /** Plays the next recorded action (nothing while the last one is still being shown, or at the end). */
  next(): void;
  stop(): void;
}

/**
 * Watching a replay: the recorded actions are played one at a time, at the viewer's pace; any key or
 * button of the meeting panel (or the replay bar) shows the next one. A chosen option is shown chosen
 * for a moment before the meeting moves on, so the viewer sees what the player picked.
 */
export function watchReplay(
  recorded: readonly PlayerAction[],
  meeting: Pick<Meeting, 'act' | 'lineShown'>,
  show: { chosen(index: number): void; step(played: number, total: number): void },
): ReplayWatch {
  let played = 0;
  let busy = false;
  let highlight: ReturnType<typeof setTimeout> | undefined;
  return {
    next() {
      const action = recorded[played];
      if (!action || busy) return;
      meeting.lineShown();
      played++;
      const play = () => {
        busy = false;
        meeting.act(action);
        show.step(played, recorded.length);
      };
      if (action.kind !== 'choose') return play();
      busy = true;
      show.chosen(action.index);
      // A DOM timer, not the scene's clock: the render loop sleeps while nothing moves.
      highlight = setTimeout(play, 500);
    },
    stop: () => clearTimeout(highlight),
  };
}
