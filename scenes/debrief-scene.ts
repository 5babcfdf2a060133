import Phaser from 'phaser';
import { seedOf } from '../src/engine/index.ts';
import { createRoomView } from './art/room-view.ts';
import { loadScreen } from './screen-loading.ts';
import { type DebriefData, enterScreen, type GameServices, goTo, SCENES } from './services.ts';

/** The debrief over the emptied room: its view, and the analysis behind it, load when a meeting ends. */
export class DebriefScene extends Phaser.Scene {
  constructor(private readonly services: GameServices) {
    super(SCENES.debrief);
  }

  create(data: DebriefData): void {
    enterScreen(this, this.services, 'debrief');
    // The room of the meeting, emptied: the debrief happens where the meeting did.
    createRoomView(this, this.services.frames, {
      idle: !this.services.settings.get().reducedMotion,
      setting: data.scenario.setting,
    });
    if (data.introduction) {
      this.introductionEnd(data);
      return;
    }
    loadScreen(
      this,
      this.services,
      () => import('../src/ui/debrief-view.ts'),
      (view) =>
        view.mountDebrief(this.services.ui, data.scenario, data.result, this.services.settings, {
          playAgain: () => goTo(this, this.services, 'meeting', { scenario: data.scenario, seed: this.services.nextSeed() }),
          menu: () => goTo(this, this.services, 'menu', {}),
          tryFrom: (step) =>
            goTo(this, this.services, 'meeting', {
              scenario: data.scenario,
              seed: seedOf(data.result),
              from: data.result.actions.slice(0, step),
            }),
        }).destroy,
    );
  }

  /** The introduction ends on what is scored, and is finished from then on: the next launch opens the menu. */
  private introductionEnd(data: DebriefData): void {
    this.services.introduction.end('finished');
    loadScreen(
      this,
      this.services,
      () => import('../src/ui/introduction-end.ts'),
      (view) =>
        view.mountIntroductionEnd(this.services.ui, data.scenario, data.result, this.services.settings, {
          menu: () => goTo(this, this.services, 'menu', {}),
          again: () =>
            goTo(this, this.services, 'meeting', { scenario: data.scenario, seed: this.services.nextSeed(), introduction: true }),
        }).destroy,
    );
  }
}
