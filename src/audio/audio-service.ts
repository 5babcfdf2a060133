import type { Howl } from 'howler';
import { SAMPLE_RATE, SOUND_KEYS, SOUNDS, type SoundKey } from './cues.ts';
import { encodeWav, wavDataUri } from './wav.ts';

/** The game's sound: silent until the player's first gesture, and silent (never broken) on failure. */
export interface AudioService {
  play(key: SoundKey): void;
  /** Call from a user gesture. Loads Howler and the sounds; until then `play` does nothing. */
  unlock(): void;
  setMuted(muted: boolean): void;
}

type HowlerModule = typeof import('howler');

/**
 * Howler is imported on the first gesture, not at load: creating an AudioContext before a gesture
 * makes the browser complain, and the first load stays lighter.
 */
export function createAudioService(
  muted: boolean,
  loadHowler: () => Promise<HowlerModule> = () => import('howler'),
): AudioService {
  let state: 'locked' | 'loading' | 'ready' | 'failed' = 'locked';
  let isMuted = muted;
  let module: HowlerModule | null = null;
  const howls = new Map<SoundKey, Howl>();

  const build = (howler: HowlerModule) => {
    module = howler;
    howler.Howler.mute(isMuted);
    for (const key of SOUND_KEYS) {
      const src = wavDataUri(encodeWav(SOUNDS[key](), SAMPLE_RATE));
      const howl = new howler.Howl({ src: [src], format: ['wav'], volume: 0.6, onloaderror: () => howls.delete(key) });
      howls.set(key, howl);
    }
    state = 'ready';
  };

  return {
    unlock() {
      if (state !== 'locked') return;
      state = 'loading';
      loadHowler()
        .then(build)
        .catch(() => {
          state = 'failed';
        });
    },
    play(key) {
      if (state !== 'ready' || isMuted) return;
      try {
        howls.get(key)?.play();
      } catch {
        // A sound that cannot play is not worth stopping the meeting for.
      }
    },
    setMuted(value) {
      isMuted = value;
      module?.Howler.mute(value);
    },
  };
}
