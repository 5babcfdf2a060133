import Phaser from 'phaser';
import { voicePitch } from '../src/audio/voice.ts';
import type { MeetingView } from '../src/engine/index.ts';
import type { RoomVote } from '../src/engine/workshop/facilitation.ts';
import { openDiscussionCard } from '../src/ui/discussion-card.ts';
import { mountMeetingPanel } from '../src/ui/meeting-panel.ts';
import { openPauseMenu } from '../src/ui/pause-menu.ts';
import { mountReplayBar } from '../src/ui/replay-bar.ts';
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
    // The room is heard before it is read: its tone, and someone arriving (or the phone ringing).
    audio.ambience(data.scenario.setting);
    audio.play(data.scenario.setting === 'phone' ? 'ring' : 'door');
    if (data.scenario.setting !== 'phone') this.time.delayedCall(700, () => audio.play('chair'));
    // On a call there is no face to read: the phone shows the caller's voice instead of a person.
    const idle = !settings.get().reducedMotion;
    const room = (data.scenario.setting === 'phone' ? createPhoneView : createRoomView)(this, this.services.frames, {
      idle,
      setting: data.scenario.setting,
    });
    const meeting = this.services.meet(data.scenario, data.seed, data.replay ? 'watched' : 'played');
    for (const action of data.from ?? []) {
      meeting.lineShown();
      meeting.act(action);
    }
    // Facilitator mode: a projector layout, and a discussion card at each decision.
    const votes: RoomVote[] = [];
    let discussed: string | null = null;
    let card: { close(): void } | null = null;
    if (data.facilitated) this.services.app.dataset.mode = 'facilitator';
    const discuss = (view: MeetingView) => {
      const key = `${view.turn}:${view.nodeId}`;
      if (!data.facilitated || view.phase !== 'decision' || key === discussed) return;
      if (!view.actions.some((a) => a.action.kind === 'choose')) return;
      discussed = key;
      card = openDiscussionCard(this.services.ui, view, ({ counts, played }) => {
        card = null;
        votes.push({ nodeId: view.nodeId, counts, played });
        audio.play('click');
        meeting.act({ kind: 'choose', index: played });
      });
    };
    // Watching a replay: the recorded actions are played one at a time, at the viewer's pace; any
    // key or button of the meeting panel (or the replay bar) shows the next one.
    const replay = data.replay ?? null;
    let replayed = 0;
    let replayBusy = false;
    let highlight: ReturnType<typeof setTimeout> | undefined;
    const replayNext = () => {
      const action = replay?.[replayed];
      if (!action || replayBusy) return;
      meeting.lineShown();
      replayed++;
      const play = () => {
        replayBusy = false;
        meeting.act(action);
        bar?.show(replayed, replay?.length ?? 0, settings.get().lang);
      };
      if (action.kind !== 'choose') return play();
      // The option the player chose is shown chosen for a moment before the meeting moves on.
      replayBusy = true;
      this.services.ui.querySelector(`[data-action="choose"][data-index="${action.index}"]`)?.classList.add('chosen');
      // A DOM timer, not the scene's clock: the render loop sleeps while nothing moves.
      highlight = setTimeout(play, 500);
    };
    // The pause menu holds the meeting: the line being typed waits for the player's return.
    let pauseMenu: { close(): void } | null = null;
    const pause = () => {
      if (pauseMenu) return;
      panel.suspend();
      pauseMenu = openPauseMenu(this.services.ui, settings, {
        restart: () =>
          goTo(this, this.services, 'meeting', {
            scenario: data.scenario,
            seed: this.services.nextSeed(),
            ...(data.facilitated ? { facilitated: true } : {}),
          }),
        menu: () => goTo(this, this.services, 'menu', {}),
        resumed: () => {
          pauseMenu = null;
          if (!document.hidden) panel.resume();
          panel.focus();
        },
      });
    };
    // A hidden page (another tab, a locked phone) is a player who stepped away: the meeting must not
    // go on without them. The line stops where it was, the room falls silent, and they come back to
    // the same moment with the pause menu open, so that Escape or Enter on Resume carries on.
    const onVisibility = () => {
      if (document.hidden) {
        audio.ambience(null);
        panel.suspend();
        // A dialog already open (the pause menu, a discussion card) holds the meeting by itself.
        if (!document.querySelector('dialog[open]')) pause();
      } else {
        audio.ambience(data.scenario.setting);
        if (!pauseMenu) panel.resume();
      }
    };
    const panel = mountMeetingPanel(
      this.services.ui,
      {
        act: (action) => {
          if (replay) return replayNext();
          if (action.kind === 'choose' || action.kind === 'continue') audio.play('click');
          meeting.act(action);
        },
        lineShown: () => meeting.lineShown(),
        voice: (speakerId) => audio.voice(voicePitch(speakerId)),
        debrief: () => {
          const result = meeting.result();
          if (!result) return;
          if (data.facilitated) goTo(this, this.services, 'room', { scenario: data.scenario, result, votes });
          else goTo(this, this.services, 'debrief', { scenario: data.scenario, result });
        },
        pause: () => pause(),
      },
      { settings, readAloud: this.services.readAloud },
    );
    const draw = () => {
      const view = meeting.view(settings.get().lang);
      room.show(view.prospects, view.speaker?.id ?? null, view.phase === 'listen');
      panel.render(view);
      discuss(view);
    };
    // Mounted after the panel, which takes over the layer when it mounts.
    const bar = replay ? mountReplayBar(this.services.ui, replayNext) : null;
    bar?.show(0, replay?.length ?? 0, settings.get().lang);
    const subscription = meeting.actor.subscribe(draw);
    const unsubscribe = settings.subscribe(draw);
    draw();
    document.addEventListener('visibilitychange', onVisibility);
    // A meeting opened in a background tab waits from its first line.
    if (document.hidden) onVisibility();
    this.events.once('shutdown', () => {
      document.removeEventListener('visibilitychange', onVisibility);
      subscription.unsubscribe();
      unsubscribe();
      meeting.stop();
      audio.ambience(null);
      panel.destroy();
      card?.close();
      bar?.destroy();
      clearTimeout(highlight);
      delete this.services.app.dataset.mode;
    });
  }
}
