import type Phaser from 'phaser';
import { REPLAY_REFUSALS } from '../src/ui/replay-strings.ts';
import { type GameServices, goTo } from './services.ts';

/**
 * Opens a replay code: the meeting, watched step by step, or the menu with the code back in its
 * field and the reason beside it.
 * Reading a code replays it with the meeting engine, loaded here rather than with the menu.
 */
export function startReplay(scene: Phaser.Scene, services: GameServices, code: string): void {
  Promise.all([services.catalog(), import('../src/engine/workshop/board.ts')]).then(
    ([catalog, { openReplay }]) => {
      const opened = openReplay(code, catalog.scenarios);
      if (opened.ok) {
        const { seed, seeding, actions } = opened.session;
        goTo(scene, services, 'meeting', { scenario: opened.scenario, seed: { seed, seeding }, replay: actions });
      } else {
        goTo(scene, services, 'menu', { refusedReplay: { code, reason: REPLAY_REFUSALS[opened.kind] } });
      }
    },
    () => goTo(scene, services, 'menu', { notice: 'screenUnavailable' }),
  );
}
