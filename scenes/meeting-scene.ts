import Phaser from 'phaser';
import { voicePitch } from '../src/audio/voice.ts';
import type { Meeting, Scenario } from '../src/engine/index.ts';
import { seedOf } from '../src/engine/meeting/rng.ts';
import type { meetingTranscript } from '../src/engine/meeting/transcript.ts';
import { type MeetingPanelHandlers, mountMeetingPanel } from '../src/ui/meeting-panel.ts';
import { mountReplayBar } from '../src/ui/replay-bar.ts';
import { createPhoneView } from './art/phone-view.ts';
import { stageOf } from './art/pose.ts';
import { createRoomView, type RoomView } from './art/room-view.ts';
import { holdMeeting } from './meeting-hold.ts';
import { type ReplayWatch, watchReplay } from './replay-watch.ts';
import { type RoomDiscussion, roomDiscussion } from './room-discussion.ts';
import { loadScreen } from './screen-loading.ts';
import { enterScreen, type GameServices, goTo, type Meet, type MeetingData, SCENES } from './services.ts';

/** Draws the meeting's snapshots and turns the player's input into meeting actions. Decides nothing. */
export class MeetingScene extends Phaser.Scene {
  constructor(private readonly services: GameServices) {
    super(SCENES.meeting);
  }

  create(data: MeetingData): void {
    enterScreen(this, this.services, 'meeting');
    const room = this.enterRoom(data.scenario.setting);
    this.events.once('shutdown', () => this.services.audio.ambience(null));
    // The meeting engine comes with the first meeting: the room is heard and drawn meanwhile.
    // The history's replay of the session comes with it, in the engine's chunk.
    const load = () => Promise.all([this.services.meetings(), import('../src/engine/meeting/transcript.ts')]);
    loadScreen(this, this.services, load, ([meet, { meetingTranscript }]) => this.play(data, room, meet, meetingTranscript));
  }

  /** The meeting itself, over the room; returns what ends it when the scene does. */
  private play(data: MeetingData, room: RoomView, meet: Meet, transcript: typeof meetingTranscript): () => void {
    const { settings, audio, ui } = this.services;
    const meeting = this.startMeeting(data, meet);
    // Facilitator mode: a projector layout, and a discussion card at each decision.
    if (data.facilitated) this.services.app.dataset.mode = 'facilitator';
    const live = data.facilitated ? (this.services.liveRoom?.() ?? null) : null;
    const discussion = data.facilitated
      ? roomDiscussion(
          ui,
          this.services.app,
          (index) => {
            audio.play('click');
            meeting.act({ kind: 'choose', index });
          },
          live,
          data.roomVotes,
        )
      : null;
    // With a live room, each step is kept for a projector reloaded mid-meeting to take back.
    const keep = () => {
      const { seed, seeding, actions } = meeting.actor.getSnapshot().context;
      const votes = discussion?.votes ?? [];
      void live?.then((cards) => cards.keep({ scenarioId: data.scenario.id, seed: seedOf({ seed, seeding }), actions, votes }));
    };
    // The replay, the panel, the pause and the replay bar call one another; the arrows below reach the
    // later ones only when the player acts, by which time all of them are built.
    const replay = data.replay
      ? watchReplay(data.replay, meeting, {
          chosen: (index) => panel.showChosen(index),
          step: (played, total) => bar?.show(played, total, settings.get().lang),
        })
      : null;
    const panel = mountMeetingPanel(
      ui,
      this.panelHandlers(data, meeting, { replay, discussion, transcript, pause: () => hold.pause() }),
      {
        settings,
        readAloud: this.services.readAloud,
      },
    );
    const hold = holdMeeting(ui, this.services, data.scenario.setting, panel, {
      restart: () =>
        goTo(this, this.services, 'meeting', {
          scenario: data.scenario,
          seed: this.services.nextSeed(),
          ...(data.facilitated ? { facilitated: true } : {}),
          ...(data.introduction ? { introduction: true } : {}),
        }),
      menu: () => this.toMenu(data),
    });
    const draw = () => {
      const { lang } = settings.get();
      const view = meeting.view(lang);
      // Only those in the room are drawn: someone who has not arrived yet, or has left, is not on screen.
      room.show(stageOf(view, lang));
      panel.render(view);
      discussion?.follow(view);
      keep();
    };
    // Mounted after the panel, which takes over the layer when it mounts.
    const bar = replay ? mountReplayBar(ui, () => replay.next()) : null;
    bar?.show(0, data.replay?.length ?? 0, settings.get().lang);
    const subscription = meeting.actor.subscribe(draw);
    const unsubscribe = settings.subscribe(draw);
    draw();
    const followPage = () => hold.followPage();
    document.addEventListener('visibilitychange', followPage);
    // A meeting opened in a background tab waits from its first line.
    if (document.hidden) followPage();
    return () => {
      document.removeEventListener('visibilitychange', followPage);
      subscription.unsubscribe();
      unsubscribe();
      meeting.stop();
      panel.destroy();
      discussion?.close();
      bar?.destroy();
      replay?.stop();
      delete this.services.app.dataset.mode;
    };
  }

  /** Back to the menu; leaving the introduction that way skips it (the pause menu's way, or its own button). */
  private toMenu(data: MeetingData): void {
    if (data.introduction) this.services.introduction.end('skipped');
    goTo(this, this.services, 'menu', {});
  }

  /** The room is heard before it is read: its tone, and someone arriving (or the phone ringing). */
  private enterRoom(setting: Scenario['setting']) {
    const { settings, audio } = this.services;
    audio.ambience(setting);
    audio.play(setting === 'phone' ? 'ring' : 'door');
    if (setting !== 'phone') this.time.delayedCall(700, () => audio.play('chair'));
    // On a call there is no face to read: the phone shows the caller's voice instead of a person.
    const idle = !settings.get().reducedMotion;
    return (setting === 'phone' ? createPhoneView : createRoomView)(this, this.services.frames, { idle, setting });
  }

  /** "Try again from here" starts where the player left: the recorded actions are played at once. */
  private startMeeting(data: MeetingData, meet: Meet): Meeting {
    const meeting = meet(data.scenario, data.seed, data.introduction ? 'introduction' : data.replay ? 'watched' : 'played');
    for (const action of data.from ?? []) {
      meeting.lineShown();
      meeting.act(action);
    }
    return meeting;
  }

  /** The panel's buttons and keys, as meeting actions (while watching a replay, they only move it on). */
  private panelHandlers(
    data: MeetingData,
    meeting: Meeting,
    parts: {
      replay: ReplayWatch | null;
      discussion: RoomDiscussion | null;
      transcript: typeof meetingTranscript;
      pause(): void;
    },
  ): MeetingPanelHandlers {
    const { audio } = this.services;
    return {
      act: (action) => {
        if (parts.replay) return parts.replay.next();
        if (action.kind === 'choose' || action.kind === 'continue') audio.play('click');
        meeting.act(action);
      },
      lineShown: () => meeting.lineShown(),
      voice: (speakerId) => audio.voice(voicePitch(speakerId)),
      debrief: () => {
        const result = meeting.result();
        if (!result) return;
        if (parts.discussion) {
          // Over: a reload from here on starts afresh rather than taking this meeting back.
          void this.services.liveRoom?.().then((cards) => cards.forget());
          goTo(this, this.services, 'room', { scenario: data.scenario, result, votes: parts.discussion.votes });
        } else
          goTo(this, this.services, 'debrief', {
            scenario: data.scenario,
            result,
            ...(data.introduction ? { introduction: true } : {}),
          });
      },
      pause: () => parts.pause(),
      history: (lang) => {
        const { seed, seeding, actions } = meeting.actor.getSnapshot().context;
        return parts.transcript(data.scenario, seedOf({ seed, seeding }), actions, lang);
      },
      ...(data.introduction ? { skip: () => this.toMenu(data) } : {}),
    };
  }
}
