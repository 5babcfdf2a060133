import Phaser from 'phaser';
import { enterScreen, type GameServices, goTo, SCENES } from './services.ts';

/** The facilitator's results board: a page of tables and charts, loaded only when opened. */
export class BoardScene extends Phaser.Scene {
  constructor(private readonly services: GameServices) {
    super(SCENES.board);
  }

  create(): void {
    enterScreen(this, this.services, 'board');
    let destroy: (() => void) | null = null;
    let gone = false;
    this.events.once('shutdown', () => {
      gone = true;
      destroy?.();
    });
    void Promise.all([this.services.catalog(), import('../src/ui/board-view.ts')]).then(([catalog, view]) => {
      if (gone) return;
      destroy = view.mountBoard(this.services.ui, catalog.scenarios, this.services.settings, {
        menu: () => goTo(this, this.services, 'menu', {}),
      }).destroy;
    });
  }
}
