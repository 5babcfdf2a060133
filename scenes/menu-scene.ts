import Phaser from 'phaser';
import { createRoomView } from './art/room-view.ts';
import { showLoading } from './boot-scene.ts';
import { openMenu } from './menu-mount.ts';
import { enterScreen, type GameServices, type MenuData, SCENES } from './services.ts';

/** The title screen: the empty meeting room behind the list of scenarios. */
export class MenuScene extends Phaser.Scene {
  constructor(private readonly services: GameServices) {
    super(SCENES.menu);
  }

  create(data: MenuData): void {
    enterScreen(this, this.services, 'menu');
    this.services.audio.menuOpened();
    createRoomView(this, this.services.frames);
    // The menu's room stands still: the few frames that draw it will do, then the loop sleeps (each
    // frame is a long task where WebGL is drawn in software, and the page is starting up).
    this.services.frames.awake(0);
    // On a first visit the page has mounted the menu already (or will, as the catalog arrives).
    const early = this.services.firstMenu?.claim(this) ?? null;
    if (!early) showLoading(this.services);
    const menu =
      early ??
      openMenu(this.services, Promise.resolve(this), {
        notice: data.notice ?? null,
        refusedReplay: data.refusedReplay ?? null,
      });
    void menu.then((mounted) => this.events.once('shutdown', () => mounted.destroy()));
  }
}
