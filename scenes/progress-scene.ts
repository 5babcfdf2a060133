import Phaser from 'phaser';
import { enterScreen, type GameServices, goTo, SCENES } from './services.ts';

/** The player's progress over weeks: loaded with its chart only when opened. */
export class ProgressScene extends Phaser.Scene {
  constructor(private readonly services: GameServices) {
    super(SCENES.progress);
  }

  create(): void {
    enterScreen(this, this.services, 'board');
    let destroy: (() => void) | null = null;
    let gone = false;
    this.events.once('shutdown', () => {
      gone = true;
      destroy?.();
    });
    const loading = [this.services.catalog(), this.services.progress(), import('../src/ui/progress-view.ts')] as const;
    void Promise.all(loading).then(([catalog, progress, view]) => {
      if (gone) return;
      destroy = view.mountProgress(this.services.ui, catalog.scenarios, progress, this.services.settings, {
        play: (id) => {
          const scenario = catalog.find(id);
          if (scenario) goTo(this, this.services, 'meeting', { scenario, seed: this.services.nextSeed() });
        },
        menu: () => goTo(this, this.services, 'menu', {}),
      }).destroy;
    });
  }
}
