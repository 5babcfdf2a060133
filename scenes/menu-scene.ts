import Phaser from 'phaser';
import { mountMenu } from '../src/ui/menu-view.ts';
import { createRoomView } from './art/room-view.ts';
import { showLoading } from './boot-scene.ts';
import { startReplay } from './replay-start.ts';
import { enterScreen, type GameServices, goTo, type MenuData, SCENES } from './services.ts';

/** The title screen: the empty meeting room behind the list of scenarios. */
export class MenuScene extends Phaser.Scene {
  constructor(private readonly services: GameServices) {
    super(SCENES.menu);
  }

  create(data: MenuData): void {
    enterScreen(this, this.services, 'menu');
    // The first screen when the address asks for nothing else: the catalog may still be on its way.
    showLoading(this.services);
    createRoomView(this, this.services.frames);
    void this.services.catalog().then((catalog) => {
      const menu = mountMenu(
        this.services.ui,
        catalog,
        this.services.settings,
        {
          start: (id) => {
            const scenario = catalog.find(id);
            if (scenario) goTo(this, this.services, 'meeting', { scenario, seed: this.services.nextSeed() });
          },
          board: () => goTo(this, this.services, 'board', {}),
          progress: () => goTo(this, this.services, 'progress', {}),
          watch: (code) => startReplay(this, this.services, code),
          facilitate: (id) => {
            const scenario = catalog.find(id);
            if (scenario) goTo(this, this.services, 'meeting', { scenario, seed: this.services.nextSeed(), facilitated: true });
          },
        },
        data.notice ?? null,
      );
      this.events.once('shutdown', () => menu.destroy());
    });
  }
}
