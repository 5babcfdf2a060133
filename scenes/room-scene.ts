import Phaser from 'phaser';
import { createRoomView } from './art/room-view.ts';
import { loadScreen } from './screen-loading.ts';
import { enterScreen, type GameServices, goTo, type RoomData, SCENES } from './services.ts';

/** After a facilitated meeting: the room's votes and path, before the usual debrief (loaded only then). */
export class RoomScene extends Phaser.Scene {
  constructor(private readonly services: GameServices) {
    super(SCENES.room);
  }

  create(data: RoomData): void {
    enterScreen(this, this.services, 'debrief');
    // Still the room's screen: shown on the projector as the meeting was.
    const { app } = this.services;
    app.dataset.mode = 'facilitator';
    this.events.once('shutdown', () => delete app.dataset.mode);
    createRoomView(this, this.services.frames);
    loadScreen(
      this,
      this.services,
      () => import('../src/ui/room-debrief-view.ts'),
      (view) =>
        view.mountRoomDebrief(this.services.ui, data.scenario, data.result, data.votes, this.services.settings, {
          fullDebrief: () => goTo(this, this.services, 'debrief', { scenario: data.scenario, result: data.result }),
        }).destroy,
    );
  }
}
