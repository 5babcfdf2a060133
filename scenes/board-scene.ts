import Phaser from 'phaser';
import { loadScreen } from './screen-loading.ts';
import { enterScreen, type GameServices, goTo, SCENES } from './services.ts';

/** The facilitator's results board: a page of tables and charts, loaded only when opened. */
export class BoardScene extends Phaser.Scene {
  constructor(private readonly services: GameServices) {
    super(SCENES.board);
  }

  create(): void {
    enterScreen(this, this.services, 'board');
    loadScreen(
      this,
      this.services,
      () => Promise.all([this.services.catalog(), import('../src/ui/board-view.ts')]),
      ([catalog, view]) =>
        view.mountBoard(this.services.ui, catalog.scenarios, this.services.settings, {
          menu: () => goTo(this, this.services, 'menu', {}),
        }).destroy,
    );
  }
}
