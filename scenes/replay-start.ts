import type Phaser from 'phaser';
import { openReplay } from '../src/engine/index.ts';
import { REPLAY_REFUSALS } from '../src/ui/replay-strings.ts';
import { type GameServices, goTo } from './services.ts';

/** Opens a replay code: the meeting, watched step by step, or the menu saying why it cannot be. */
export function startReplay(scene: Phaser.Scene, services: GameServices, code: string): void {
  void services.catalog().then((catalog) => {
    const opened = openReplay(code, catalog.scenarios);
    if (opened.ok) {
      const { seed, seeding, actions } = opened.session;
      goTo(scene, services, 'meeting', { scenario: opened.scenario, seed: { seed, seeding }, replay: actions });
    } else {
      goTo(scene, services, 'menu', { notice: REPLAY_REFUSALS[opened.kind] });
    }
  });
}
