import Phaser from 'phaser';
import { mountMeetingPanel } from '../src/ui/meeting-panel.ts';
import { openPauseMenu } from '../src/ui/pause-menu.ts';
import { createPhoneView } from './art/phone-view.ts';
import { createRoomView } from './art/room-view.ts';
import { enterScreen, type GameServices, goTo, type MeetingData, SCENES } from './services.ts';

/** Draws the meeting's snapshots and turns the player's input into meeting actions. Decides nothing. */
export class MeetingScene extends Phaser.Scene {
  constructor(private readonly services: GameServices) {
    super(SCENES.meeting);
  }

  create(data: MeetingData): void {
    const { settings, audio } = this.services;
    enterScreen(this, this.services, 'meeting');
    // On a call there is no face to read: the phone shows the caller's voice instead of a person.
    const idle = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    const room = (data.scenario.setting === 'phone' ? createPhoneView : createRoomView)(this, this.services.frames, {
      idle,
      setting: data.scenario.setting,
    });
    const meeting = this.services.meet(data.scenario, data.seed);
    const panel = mountMeetingPanel(
      this.services.ui,
      {
        act: (action) => {
          if (action.kind === 'choose' || action.kind === 'continue') audio.play('click');
          meeting.act(action);
        },
        lineShown: () => meeting.lineShown(),
        debrief: () => {
          const result = meeting.result();
          if (result) goTo(this, this.services, 'debrief', { scenario: data.scenario, result });
        },
        pause: () =>
          openPauseMenu(this.services.ui, settings, {
            restart: () => goTo(this, this.services, 'meeting', { scenario: data.scenario, seed: this.services.nextSeed() }),
            menu: () => goTo(this, this.services, 'menu', {}),
            resumed: () => panel.focus(),
          }),
      },
      { instant: this.services.instantText },
    );
    const draw = () => {
      const view = meeting.view(settings.get().lang);
      room.show(view.prospects, view.speaker?.id ?? null, view.phase === 'listen');
      panel.render(view);
    };
    const subscription = meeting.actor.subscribe(draw);
    const unsubscribe = settings.subscribe(draw);
    draw();
    this.events.once('shutdown', () => {
      subscription.unsubscribe();
      unsubscribe();
      meeting.stop();
      panel.destroy();
    });
  }
}
