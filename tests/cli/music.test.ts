import { describe, expect, test } from 'vitest';
import { MUSIC_RATE, motif, STINGS } from '../../src/audio/music.ts';

/** The frequency of a note by its MIDI number (60 is middle C, A4 = 69 = 440 Hz): the test's own tuning. */
const hz = (midi: number) => 440 * 2 ** ((midi - 69) / 12);

/** How strongly `freq` sounds in a stretch of the samples (Goertzel's algorithm over a Hann window). */
function strength(samples: Float32Array, freq: number, from: number, to: number): number {
  const start = Math.round(from * MUSIC_RATE);
  const length = Math.round((to - from) * MUSIC_RATE);
  const coefficient = 2 * Math.cos((2 * Math.PI * freq) / MUSIC_RATE);
  let [s1, s2] = [0, 0];
  for (let i = 0; i < length; i++) {
    const hann = 0.5 - 0.5 * Math.cos((2 * Math.PI * i) / (length - 1));
    const s0 = (samples[start + i] ?? 0) * hann + coefficient * s1 - s2;
    [s2, s1] = [s1, s0];
  }
  return Math.sqrt(s1 * s1 + s2 * s2 - coefficient * s1 * s2) / length;
}

/** The pitch class (0 = C … 11 = B) heard in a stretch: a note counts in every octave from C2 to B6. */
const pitchClass = (samples: Float32Array, pc: number, from: number, to: number) =>
  [36, 48, 60, 72, 84].reduce((sum, c) => sum + strength(samples, hz(c + pc), from, to), 0);

/** The strongest note from C2 to C7 in a stretch, as a MIDI number. */
function loudestNote(samples: Float32Array, from: number, to: number): number {
  const notes = Array.from({ length: 61 }, (_, i) => 36 + i);
  return notes.reduce((best, n) => (strength(samples, hz(n), from, to) > strength(samples, hz(best), from, to) ? n : best));
}

const [C, D, Eb, E, F, Fs, G] = [0, 2, 3, 4, 5, 6, 7];
const seconds = (samples: Float32Array) => samples.length / MUSIC_RATE;

describe('the endings’ stings', () => {
  const advance = STINGS.advance();
  const continuation = STINGS.continuation();
  const lost = STINGS.lost();

  test.each(Object.entries(STINGS))('%s is short: between 1 and 2.5 seconds', (_, sting) => {
    expect(seconds(sting())).toBeGreaterThanOrEqual(1);
    expect(seconds(sting())).toBeLessThanOrEqual(2.5);
  });

  test('an advance rises and ends on a major chord: C with its major third, E, and no E flat', () => {
    expect(loudestNote(advance, 0.7, 1.2)).toBeGreaterThan(loudestNote(advance, 0, 0.08));
    expect(pitchClass(advance, E, 0.7, 1.2)).toBeGreaterThan(5 * pitchClass(advance, Eb, 0.7, 1.2));
    expect(pitchClass(advance, C, 0.7, 1.2)).toBeGreaterThan(5 * pitchClass(advance, Eb, 0.7, 1.2));
  });

  test('a loss falls and ends on a minor chord: D with its minor third, F, and no F sharp', () => {
    expect(loudestNote(lost, 1.0, 1.6)).toBeLessThan(loudestNote(lost, 0, 0.15));
    expect(pitchClass(lost, F, 1.0, 1.6)).toBeGreaterThan(5 * pitchClass(lost, Fs, 1.0, 1.6));
    expect(pitchClass(lost, D, 1.0, 1.6)).toBeGreaterThan(5 * pitchClass(lost, Fs, 1.0, 1.6));
  });

  test('a continuation stays suspended: C, F and G at the end, and neither third to say major or minor', () => {
    const end = [0.8, 1.4] as const;
    const fourth = pitchClass(continuation, F, ...end);
    expect(pitchClass(continuation, G, ...end)).toBeGreaterThan(0.3 * fourth);
    expect(pitchClass(continuation, C, ...end)).toBeGreaterThan(0.3 * fourth);
    expect(pitchClass(continuation, E, ...end)).toBeLessThan(0.2 * fourth);
    expect(pitchClass(continuation, Eb, ...end)).toBeLessThan(0.2 * fourth);
  });

  test('the loss ends lower than either other sting', () => {
    const last = (s: Float32Array) => loudestNote(s, seconds(s) - 0.8, seconds(s) - 0.3);
    expect(last(lost)).toBeLessThan(last(advance));
    expect(last(lost)).toBeLessThan(last(continuation));
  });
});

describe('the menu’s motif', () => {
  test('lasts a few seconds, not a loop', () => {
    expect(seconds(motif())).toBeGreaterThanOrEqual(2);
    expect(seconds(motif())).toBeLessThanOrEqual(4);
  });
});
