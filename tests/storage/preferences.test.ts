import { describe, expect, test } from 'vitest';
import {
  defaultPreferences,
  type KeyValueStore,
  readPreferences,
  startingPreferences,
  writePreferences,
} from '../../src/storage/preferences.ts';

const store = (values: Record<string, string>): KeyValueStore => ({
  getItem: (key) => values[key] ?? null,
  setItem: (key, value) => {
    values[key] = value;
  },
});

describe('saved preferences are validated when read back', () => {
  test.each([
    [
      { 'rendez-vous.lang': 'en', 'rendez-vous.muted': 'true' },
      { lang: 'en', muted: true },
    ],
    [{ 'rendez-vous.lang': '<img src=x>', 'rendez-vous.muted': 'yes' }, {}],
    [{}, {}],
    [
      {
        'rendez-vous.volume.master': '0',
        'rendez-vous.volume.ambience': '100',
        'rendez-vous.volume.effects': '35',
        'rendez-vous.volume.voice': '7',
      },
      { masterVolume: 0, ambienceVolume: 100, effectsVolume: 35, voiceVolume: 7 },
    ],
    // Out of range, not an integer, padded, negative, or not a number: the default applies.
    [
      {
        'rendez-vous.volume.master': '101',
        'rendez-vous.volume.ambience': '50.5',
        'rendez-vous.volume.effects': '050',
        'rendez-vous.volume.voice': '-1',
      },
      {},
    ],
    [{ 'rendez-vous.volume.master': 'NaN', 'rendez-vous.volume.voice': '' }, {}],
    [
      { 'rendez-vous.text-size': 'larger', 'rendez-vous.text-speed': 'instant' },
      { textSize: 'larger', textSpeed: 'instant' },
    ],
    [{ 'rendez-vous.text-size': 'huge', 'rendez-vous.text-speed': 'Instant' }, {}],
    [
      { 'rendez-vous.reduced-motion': 'false', 'rendez-vous.high-contrast': 'true', 'rendez-vous.read-aloud': 'true' },
      { reducedMotion: false, highContrast: true, readAloud: true },
    ],
    [{ 'rendez-vous.reduced-motion': '1', 'rendez-vous.high-contrast': 'TRUE', 'rendez-vous.read-aloud': 'on' }, {}],
    [{ 'rendez-vous.address': 'feminine' }, { address: 'feminine' }],
    [{ 'rendez-vous.address': 'féminin' }, {}],
  ])('%j', (values, expected) => {
    expect(readPreferences(store(values))).toEqual(expected);
  });

  test('a store that throws counts as empty, and writing to it does not throw', () => {
    const broken: KeyValueStore = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('full');
      },
    };
    expect(readPreferences(broken)).toEqual({});
    expect(() => writePreferences(broken, { lang: 'fr', muted: true })).not.toThrow();
  });

  test('no store at all (storage forbidden) reads as nothing saved', () => {
    expect(readPreferences(null)).toEqual({});
  });

  test('round trip of every setting', () => {
    const values: Record<string, string> = {};
    const chosen = {
      lang: 'en',
      muted: true,
      masterVolume: 45,
      ambienceVolume: 0,
      effectsVolume: 100,
      voiceVolume: 20,
      textSize: 'small',
      textSpeed: 'slow',
      reducedMotion: true,
      highContrast: true,
      readAloud: true,
      address: 'masculine',
    } as const;
    writePreferences(store(values), chosen);
    expect(readPreferences(store(values))).toEqual(chosen);
  });

  test('only the choices made are written: an untouched setting keeps following the system', () => {
    const values: Record<string, string> = {};
    writePreferences(store(values), { highContrast: true });
    expect(values).toEqual({ 'rendez-vous.high-contrast': 'true' });
  });
});

describe('the settings a visit starts with', () => {
  test('first visit: sound on, normal text, motion and text speed from the system', () => {
    const calm = defaultPreferences({ lang: 'fr', reducedMotion: true });
    expect(calm).toMatchObject({ muted: false, textSize: 'normal', reducedMotion: true, textSpeed: 'instant', readAloud: false });
    // Nothing is assumed about who plays: the French agrees with no one until the player says.
    expect(calm.address).toBe('neutral');
    const lively = defaultPreferences({ lang: 'en', reducedMotion: false });
    expect(lively).toMatchObject({ reducedMotion: false, textSpeed: 'normal', highContrast: false });
  });

  test('what was saved wins over the defaults, and the language chosen for this visit over both', () => {
    const start = startingPreferences(
      { lang: 'fr', reducedMotion: false, voiceVolume: 10 },
      { lang: 'en', reducedMotion: true },
      'en',
    );
    expect(start.lang).toBe('en');
    expect(start.reducedMotion).toBe(false);
    expect(start.voiceVolume).toBe(10);
    // Not saved: still the system's say.
    expect(start.textSpeed).toBe('instant');
  });
});
