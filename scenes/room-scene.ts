import Phaser from 'phaser';
import { mountRoomDebrief } from '../src/ui/room-debrief-view.ts';
import { createRoomView } from './art/room-view.ts';
import { enterScreen, type GameServices, goTo, type RoomData, SCENES } from './services.ts';

/** After a facilitated meeting: the room's votes and path, before the usual debrief. */
export class RoomScene extends Phaser.Scene {
  constructor(private readonly services: GameServices) {
    super(SCENES.room);
  }

  create(data: RoomData): void {
    enterScreen(this, this.services, 'debrief');
    createRoomView(this, this.services.frames);
    const view = mountRoomDebrief(this.services.ui, data.scenario, data.result, data.votes, this.services.settings, {
      fullDebrief: () => goTo(this, this.services, 'debrief', { scenario: data.scenario, result: data.result }),
    });
    this.events.once('shutdown', () => view.destroy());
  }
}
