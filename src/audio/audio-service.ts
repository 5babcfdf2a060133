import type { Howl } from 'howler';
import type { Scenario } from '../engine/index.ts';
import type { Preferences } from '../storage/preferences.ts';
import { type EffectKey, ROOM_TONES, SOUND_KEYS, SOUNDS, type SoundKey } from './cues.ts';

/** The player's volumes, each 0–1, and the mute that silences them all. */
export interface Mix {
  readonly muted: boolean;
  readonly master: number;
  readonly ambience: number;
  readonly effects: number;
  readonly voice: number;
}

/** The mix the player's settings ask for (the sliders go 0–100). */
export function mixOf(preferences: Preferences): Mix {
  return {
    muted: preferences.muted,
    master: preferences.masterVolume / 100,
    ambience: preferences.ambienceVolume / 100,
    effects: preferences.effectsVolume / 100,
    voice: preferences.voiceVolume / 100,
  };
}

/** Where the sound stands: tests and the page read it from the DOM. */
export type AudioStatus = 'locked' | 'loading' | 'ready' | 'failed';

/** The game's sound: silent until the player's first gesture, and silent (never broken) on failure. */
export interface AudioService {
  /** Call from a user gesture. Loads Howler and the sounds (room tones wait for their meeting); until then nothing plays. */
  unlock(): void;
  play(key: EffectKey): void;
  /**
   * The menu has opened: its motif plays once, now if the sound is ready, else as soon as the first
   * gesture has loaded it, unless a meeting has started by then. A room tone cuts it short.
   */
  menuOpened(): void;
  /** Starts the room tone of a setting (in place of any other), or stops it with `null`. */
  ambience(setting: Scenario['setting'] | null): void;
  /** One syllable of a voice, played at the speaker's own rate (see voice.ts). */
  voice(rate: number): void;
  setMix(mix: Mix): void;
}

type HowlerModule = typeof import('howler');

export interface AudioOptions {
  readonly mix: Mix;
  /** Where each file is served (Vite's addresses in the game, anything in tests). */
  readonly urls: Readonly<Record<SoundKey, string>>;
  readonly loadHowler?: () => Promise<HowlerModule>;
  readonly onStatus?: (status: AudioStatus) => void;
}

const AMBIENCE_FADE_MS = 800;
/** A few effects wait for the sounds to load; more would pile up into noise. */
const MAX_PENDING = 3;

/** Howler can throw on a context the browser closed; a sound is never worth stopping the game for. */
function safely(act: () => void): void {
  try {
    act();
  } catch {
    // Silence is the fallback.
  }
}

/** A sound's volume in a mix: its own level, scaled by its category's slider. */
function volumeIn(mix: Mix, key: SoundKey): number {
  return SOUNDS[key].volume * mix[SOUNDS[key].category];
}

/**
 * One Howl per sound, into `howls`; a file that is missing or cannot be decoded takes itself out.
 * The room tones (20 s each, four fifths of the sound's bytes) are fetched and decoded only when a
 * meeting asks for theirs: the others are small and wanted at once.
 */
function loadSounds(howler: HowlerModule, urls: AudioOptions['urls'], mix: Mix, howls: Map<SoundKey, Howl>): void {
  for (const key of SOUND_KEYS) {
    const spec: { volume: number; loop?: true } = SOUNDS[key];
    const howl = new howler.Howl({
      src: [urls[key]],
      format: ['wav'],
      volume: volumeIn(mix, key),
      loop: spec.loop === true,
      preload: spec.loop !== true,
      onloaderror: () => howls.delete(key),
      onplayerror: () => undefined,
    });
    howls.set(key, howl);
  }
}

function applyMix(howler: HowlerModule, mix: Mix, howls: ReadonlyMap<SoundKey, Howl>): void {
  safely(() => {
    howler.Howler.volume(mix.master);
    howler.Howler.mute(mix.muted);
    for (const [key, howl] of howls) howl.volume(volumeIn(mix, key));
  });
}

/**
 * Howler is imported on the first gesture, not at load: creating an AudioContext before a gesture
 * makes the browser complain, and the first load stays lighter. A file that is missing or cannot be
 * decoded is dropped on its own; the rest of the game, and of the sound, carries on.
 */
export function createAudioService(options: AudioOptions): AudioService {
  const loadHowler = options.loadHowler ?? (() => import('howler'));
  let status: AudioStatus = 'locked';
  let mix = options.mix;
  let module: HowlerModule | null = null;
  const howls = new Map<SoundKey, Howl>();
  let room: SoundKey | null = null;
  /** Whether the room tone's loop has been started (it may still be loading): it is started once. */
  let roomStarted = false;
  /** The menu opened before the sound could play: its motif is owed. */
  let motifOwed = false;
  /** Effects asked for while the sounds load (the door of a meeting started by the very first click). */
  const pending: EffectKey[] = [];
  options.onStatus?.(status);

  const setStatus = (next: AudioStatus) => {
    status = next;
    options.onStatus?.(next);
  };

  /** The room tone, unless muted: a silent loop would only cost work (unmuting starts it). */
  const startRoom = () => {
    const howl = room ? howls.get(room) : undefined;
    if (!howl || !room || mix.muted || roomStarted) return;
    const target = volumeIn(mix, room);
    roomStarted = true;
    safely(() => {
      if (howl.state() === 'unloaded') howl.load();
      // Howler keeps the play and the fade until the file is decoded.
      const id = howl.play();
      howl.fade(0, target, AMBIENCE_FADE_MS, id);
    });
  };

  const playOnce = (key: EffectKey) => {
    if (!mix.muted) safely(() => howls.get(key)?.play());
  };

  const build = (howler: HowlerModule) => {
    module = howler;
    loadSounds(howler, options.urls, mix, howls);
    applyMix(howler, mix, howls);
    setStatus('ready');
    startRoom();
    if (motifOwed) playOnce('motif');
    motifOwed = false;
    for (const key of pending.splice(0)) playOnce(key);
  };

  return {
    unlock() {
      if (status !== 'locked') return;
      setStatus('loading');
      loadHowler()
        .then(build)
        .catch(() => setStatus('failed'));
    },
    play(key) {
      if (status === 'loading' && pending.length < MAX_PENDING) pending.push(key);
      if (status === 'ready') playOnce(key);
    },
    menuOpened() {
      if (status === 'ready') playOnce('motif');
      else motifOwed = status !== 'failed';
    },
    ambience(setting) {
      const next = setting ? ROOM_TONES[setting] : null;
      if (next === room) return;
      const previous = room ? howls.get(room) : undefined;
      safely(() => previous?.stop());
      room = next;
      roomStarted = false;
      if (next) {
        // A meeting has begun: the menu's motif is not owed any more, nor heard under the room.
        motifOwed = false;
        const motif = howls.get('motif');
        safely(() => motif?.stop());
      }
      if (status === 'ready') startRoom();
    },
    voice(rate) {
      if (status !== 'ready' || mix.muted || mix.voice === 0) return;
      const howl = howls.get('blip');
      safely(() => {
        if (!howl) return;
        const id = howl.play();
        howl.rate(rate, id);
      });
    },
    setMix(next) {
      mix = next;
      if (module) applyMix(module, mix, howls);
      if (status === 'ready') startRoom();
    },
  };
}
