import { describe, expect, test } from 'vitest';
import { type AudioService, createAudioService, type Mix } from '../../src/audio/audio-service.ts';
import { SOUND_KEYS, type SoundKey } from '../../src/audio/cues.ts';

const MIX: Mix = { muted: false, master: 1, ambience: 1, effects: 1, voice: 1 };
const URLS = Object.fromEntries(SOUND_KEYS.map((key) => [key, key])) as Record<SoundKey, string>;

/** A stand-in for Howler that records what the service asks of it: files loaded, sounds played and stopped. */
function fakeHowler() {
  const log = { loaded: [] as string[], played: [] as string[], stopped: [] as string[] };
  class Howl {
    private readonly src: string;
    private loadedState: 'unloaded' | 'loaded' = 'unloaded';
    constructor(options: { src: string[]; preload?: boolean }) {
      this.src = options.src[0] ?? '';
      if (options.preload !== false) this.load();
    }
    load() {
      this.loadedState = 'loaded';
      log.loaded.push(this.src);
    }
    state() {
      return this.loadedState;
    }
    play() {
      log.played.push(this.src);
      return log.played.length;
    }
    stop() {
      log.stopped.push(this.src);
    }
    fade() {}
    volume() {}
    rate() {}
    playing() {
      return false;
    }
  }
  const module = { Howl, Howler: { volume() {}, mute() {} } };
  return { log, load: async () => module as unknown as typeof import('howler') };
}

/** A service whose Howler is the fake, and a way to wait for the first gesture's loading to finish. */
function service(mix: Mix = MIX): { audio: AudioService; log: ReturnType<typeof fakeHowler>['log']; ready: Promise<void> } {
  const fake = fakeHowler();
  let ready = () => {};
  const whenReady = new Promise<void>((resolve) => {
    ready = resolve;
  });
  const audio = createAudioService({ mix, urls: URLS, loadHowler: fake.load, onStatus: (s) => s === 'ready' && ready() });
  return { audio, log: fake.log, ready: whenReady };
}

describe('the audio service', () => {
  test('the first gesture loads every sound but the room tones; a meeting loads its own room tone only', async () => {
    const { audio, log, ready } = service();
    audio.unlock();
    await ready;
    expect(log.loaded.filter((key) => key.startsWith('room-'))).toEqual([]);
    expect(log.loaded).toContain('ending-lost');
    audio.ambience('cafe');
    expect(log.loaded.filter((key) => key.startsWith('room-'))).toEqual(['room-cafe']);
    expect(log.played).toEqual(['room-cafe']);
  });

  test('a room tone asked for twice, or the mix changed while it plays, is started once', async () => {
    const { audio, log, ready } = service();
    audio.unlock();
    await ready;
    audio.ambience('office');
    audio.ambience('office');
    audio.setMix({ ...MIX, ambience: 0.5 });
    expect(log.played).toEqual(['room-office']);
  });

  test('the menu opened before the first gesture plays its motif once the sound is ready', async () => {
    const { audio, log, ready } = service();
    audio.menuOpened();
    expect(log.played).toEqual([]);
    audio.unlock();
    await ready;
    expect(log.played).toEqual(['motif']);
  });

  test('a meeting started before the sound was ready owes no motif, and a room tone stops a motif playing', async () => {
    const early = service();
    early.audio.menuOpened();
    early.audio.unlock();
    early.audio.ambience('office');
    await early.ready;
    expect(early.log.played).toEqual(['room-office']);

    const later = service();
    later.audio.unlock();
    await later.ready;
    later.audio.menuOpened();
    later.audio.ambience('phone');
    expect(later.log.played).toEqual(['motif', 'room-phone']);
    expect(later.log.stopped).toContain('motif');
  });

  test('muted, the menu plays no motif', async () => {
    const { audio, log, ready } = service({ ...MIX, muted: true });
    audio.menuOpened();
    audio.unlock();
    await ready;
    audio.menuOpened();
    expect(log.played).toEqual([]);
  });
});
