import type Phaser from 'phaser';
import type { AudioService } from '../src/audio/audio-service.ts';
import type { Catalog } from '../src/content/catalog.ts';
import type { Meeting, MeetingResult, MeetingSeed, PlayerAction, Scenario, Text } from '../src/engine/index.ts';
import type { RoomVote } from '../src/engine/workshop/facilitation.ts';
import type { IntroductionEnd } from '../src/storage/introduction.ts';
import type { ProgressStore } from '../src/storage/progress-store.ts';
import type { CourseMenu } from '../src/ui/course-menu.ts';
import type { LiveCards } from '../src/ui/live-card.ts';
import type { RefusedReplay } from '../src/ui/menu-view.ts';
import type { ReadAloud } from '../src/ui/read-aloud.ts';
import type { Settings } from '../src/ui/settings.ts';
import type { UiWord } from '../src/ui/strings.ts';
import type { Frames } from './frames.ts';

/** What the composition root hands every scene: no scene reaches for a global. */
export interface GameServices {
  readonly settings: Settings;
  readonly audio: AudioService;
  /** The DOM layer's root, over the canvas. */
  readonly ui: HTMLElement;
  /** Carries `data-screen`, which the layout reads. */
  readonly app: HTMLElement;
  readonly catalog: () => Promise<Catalog>;
  /** The scenario the address asks for, if any. */
  readonly requestedScenario: string | null;
  /** The replay code the address asks to watch, if any. */
  readonly requestedReplay: string | null;
  /** The seed of the next meeting (fixed by the address, else fresh). */
  readonly nextSeed: () => number;
  /** What starts meetings, with the meeting engine: loaded when the first meeting opens, not with the menu. */
  readonly meetings: () => Promise<Meet>;
  /** Wakes the render loop while the canvas changes. */
  readonly frames: Frames;
  /** The player's finished meetings, kept over weeks (opened on first use). */
  readonly progress: () => Promise<ProgressStore>;
  /** The browser's speech synthesis, for players who turn on reading the lines aloud. */
  readonly readAloud: ReadAloud;
  /** The menu mounted while Phaser was starting, when the address asks for nothing else. */
  readonly firstMenu: FirstMenu | null;
  readonly introduction: Introduction;
  /** In a package built for a learning platform, the course the menu shows (loaded with the platform's code); null elsewhere. */
  readonly course: (() => Promise<CourseMenu>) | null;
  /**
   * Under `npm run workshop`: the live room facilitated meetings vote in from phones (opened on
   * first use, the same one for every meeting of the tab); null elsewhere.
   */
  readonly liveRoom: (() => Promise<LiveCards>) | null;
}

/**
 * The introduction, a meeting of its own with a coach: opened by itself on a first launch, replayed
 * from the menu, and not opened by itself again once finished or skipped.
 */
export interface Introduction {
  /** This launch opens on the introduction (nothing else was asked for, and it was never finished or skipped). */
  readonly due: boolean;
  /** Its scenario, worded for the player's form of address; loaded when it opens, not with the menu. */
  scenario(): Promise<Scenario>;
  /** Remembers that the player finished or skipped it. */
  end(how: IntroductionEnd): void;
}

/**
 * Starts a meeting whose cues play through the audio service. A finished meeting counts in the
 * player's progress and for a learning platform, unless it is someone else's being `watched`.
 */
export type Meet = (scenario: Scenario, seed: MeetingSeed, use?: MeetingUse) => Meeting;

/** Why a meeting is played: practice (kept and reported), someone else's replay, or the introduction. */
export type MeetingUse = 'played' | 'watched' | 'introduction';

export interface MountedMenu {
  destroy(): void;
}

/**
 * The menu the page mounts before Phaser has started, which the menu scene takes over once. Its
 * contract lives here, beside the services that carry it, so that scenes/menu-mount.ts (which
 * builds it) depends on the services and not the other way round.
 */
export interface FirstMenu {
  /** Settles once the menu is on the page (or could not be, if the catalog failed). */
  readonly shown: Promise<void>;
  /** The mounted menu, and from now on its choices go to `scene`; null after the first call. */
  claim(scene: Phaser.Scene): Promise<MountedMenu> | null;
}

export const SCENES = {
  boot: 'boot',
  menu: 'menu',
  meeting: 'meeting',
  debrief: 'debrief',
  board: 'board',
  room: 'room',
  progress: 'progress',
} as const;

export interface MenuData {
  /** A word of the interface, or a message already in both languages. */
  readonly notice?: UiWord | Text;
  /** A replay code that could not be watched, put back in the menu's field with the reason. */
  readonly refusedReplay?: RefusedReplay;
}

export interface MeetingData {
  readonly scenario: Scenario;
  /** A fresh seed, or a replayed session's (with the rules its draws followed). */
  readonly seed: MeetingSeed;
  /** Facilitator mode: the room discusses and votes at each decision. */
  readonly facilitated?: boolean;
  /** A facilitated meeting taken back after the projector was reloaded: the room's votes so far (with `from`). */
  readonly roomVotes?: readonly RoomVote[];
  /** Watching a replay: these recorded actions are played one step at a time. */
  readonly replay?: readonly PlayerAction[];
  /** "Try again from here": these actions are replayed at once, then the player goes on. */
  readonly from?: readonly PlayerAction[];
  /** The introduction: skippable, and it ends on its own last screen rather than the debrief. */
  readonly introduction?: boolean;
}

export interface RoomData {
  readonly scenario: Scenario;
  readonly result: MeetingResult;
  readonly votes: readonly RoomVote[];
}

export interface DebriefData {
  readonly scenario: Scenario;
  readonly result: MeetingResult;
  /** The introduction's end: what is scored, instead of the debrief. */
  readonly introduction?: boolean;
}

/** `opening`: the page before a meeting that opens the game is drawn (see `openOnMeeting` in src/main.ts). */
export type Screen = 'boot' | 'opening' | 'menu' | 'meeting' | 'debrief' | 'board';

/** The class of the note said while the game opens on a meeting. */
export const OPENING_NOTE = 'opening-note';

/** Switches the page layout and lets the canvas take its new size at once rather than at the next poll. */
export function enterScreen(scene: Phaser.Scene, services: GameServices, screen: Screen): void {
  services.app.dataset.screen = screen;
  services.frames.awake();
  if (scene.scale.getParentBounds()) scene.scale.refresh();
}

type SceneData = {
  [K in keyof typeof SCENES]: K extends 'menu'
    ? MenuData
    : K extends 'meeting'
      ? MeetingData
      : K extends 'debrief'
        ? DebriefData
        : K extends 'room'
          ? RoomData
          : object;
};

/** Opens another scene; the loop must be awake for Phaser to carry the switch out. */
export function goTo<K extends keyof typeof SCENES>(
  scene: Phaser.Scene,
  services: GameServices,
  key: K,
  data: SceneData[K],
): void {
  services.frames.awake();
  scene.scene.start(SCENES[key], data);
}
