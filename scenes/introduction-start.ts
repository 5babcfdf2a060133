import type Phaser from 'phaser';
import { type GameServices, goTo } from './services.ts';

/**
 * Opens the introduction once its scenario has loaded. If its chunk cannot be fetched (the network
 * gone before the game was cached), the menu opens and says so: the meetings are still there.
 */
export function startIntroduction(scene: Phaser.Scene, services: GameServices): void {
  void services.introduction.scenario().then(
    (scenario) => goTo(scene, services, 'meeting', { scenario, seed: services.nextSeed(), introduction: true }),
    () => goTo(scene, services, 'menu', { notice: 'screenUnavailable' }),
  );
}
