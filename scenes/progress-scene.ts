import Phaser from 'phaser';
import { loadScreen } from './screen-loading.ts';
import { enterScreen, type GameServices, goTo, SCENES } from './services.ts';

/** The player's progress over weeks: loaded with its chart only when opened. */
export class ProgressScene extends Phaser.Scene {
  constructor(private readonly services: GameServices) {
    super(SCENES.progress);
  }

  create(): void {
    enterScreen(this, this.services, 'board');
    const { catalog, progress, settings, ui } = this.services;
    loadScreen(
      this,
      this.services,
      () => Promise.all([catalog(), progress(), import('../src/ui/progress-view.ts')]),
      ([loaded, kept, view]) =>
        view.mountProgress(ui, loaded.scenarios, kept, settings, {
          play: (id) => {
            const scenario = loaded.find(id);
            if (scenario) goTo(this, this.services, 'meeting', { scenario, seed: this.services.nextSeed() });
          },
          menu: () => goTo(this, this.services, 'menu', {}),
        }).destroy,
    );
  }
}
