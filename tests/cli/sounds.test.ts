import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { ROOM_TONES, SOUND_KEYS, soundFile } from '../../src/audio/cues.ts';
import { AMBIENCE_RATE } from '../../src/audio/room-tones.ts';
import { renderSounds, synthesise } from '../../src/audio/synth.ts';
import { blipCounter, voicePitch } from '../../src/audio/voice.ts';
import { SOUND_BUDGET_BYTES, SOUNDS_DIR, soundFolder } from '../../src/cli/sounds.ts';

const committed = (name: string) => new Uint8Array(readFileSync(`${SOUNDS_DIR}${name}`));

describe('assets/sounds/', () => {
  const expected = soundFolder();

  test('holds exactly the files the script writes', () => {
    expect(readdirSync(SOUNDS_DIR).sort()).toEqual([...expected.keys()].sort());
  });

  // When this fails, a sound's synthesis changed: run `npm run sounds` and commit assets/sounds/.
  test.each([...expected.keys()])('%s is what `npm run sounds` writes today', (name) => {
    const content = expected.get(name);
    if (typeof content === 'string') {
      expect(readFileSync(`${SOUNDS_DIR}${name}`, 'utf8')).toBe(content);
      return;
    }
    const file = committed(name);
    expect(file.length, `${name} has another length: run npm run sounds`).toBe(content?.length);
    // Headers must match exactly. A sample may differ by one step at most: Math.sin and Math.exp may
    // round their last bit differently on another machine, which no ear can hear.
    expect(Array.from(file.subarray(0, 44))).toEqual(Array.from(content?.subarray(0, 44) ?? []));
    let largest = 0;
    const bits = new DataView(file.buffer).getUint16(34, true);
    const a = new DataView(file.buffer, 44);
    const b = new DataView((content ?? new Uint8Array()).buffer, 44);
    const samples = Math.floor(a.byteLength / (bits / 8));
    for (let i = 0; i < samples; i++) {
      const diff = bits === 16 ? a.getInt16(i * 2, true) - b.getInt16(i * 2, true) : a.getUint8(i) - b.getUint8(i);
      largest = Math.max(largest, Math.abs(diff));
    }
    expect(largest, `${name} drifted from its synthesis: run npm run sounds`).toBeLessThanOrEqual(1);
  });

  test('all the sound together stays under 1 MB', () => {
    const total = SOUND_KEYS.reduce((sum, key) => sum + committed(soundFile(key)).length, 0);
    expect(total).toBeLessThan(SOUND_BUDGET_BYTES);
  });

  test('the licence note says where the sounds come from and under which terms', () => {
    const note = readFileSync(`${SOUNDS_DIR}LICENSE.md`, 'utf8');
    expect(note).toContain('npm run sounds');
    expect(note).toContain('same licence as the rest of the');
  });
});

describe('synthesis', () => {
  test('is deterministic: two runs give the same bytes', () => {
    const first = renderSounds();
    const second = renderSounds();
    for (const key of SOUND_KEYS) expect(second.get(key), key).toEqual(first.get(key));
  });

  const files = renderSounds();
  // Room tones hold nothing above a telephone's band, the music nothing above 3 kHz: each at the rate that keeps it whole.
  const RATES: Readonly<Record<string, number>> = { room: 8_000, music: 11_025, effect: 22_050 };
  const kind = (key: string) =>
    key.startsWith('room-') ? 'room' : key.startsWith('ending-') || key === 'motif' ? 'music' : 'effect';

  test.each(SOUND_KEYS)('%s is mono WAV at its kind’s rate, audible and never clipped', (key) => {
    const { samples } = synthesise(key);
    const peak = samples.reduce((m, s) => Math.max(m, Math.abs(s)), 0);
    expect(peak).toBeGreaterThan(0.05);
    expect(peak).toBeLessThanOrEqual(1);
    const view = new DataView(files.get(key)?.buffer ?? new ArrayBuffer(44));
    expect(view.getUint16(22, true)).toBe(1);
    expect(view.getUint32(24, true)).toBe(RATES[kind(key)]);
  });

  describe.each(Object.values(ROOM_TONES))('%s', (key) => {
    const { samples } = synthesise(key);
    const at = (i: number) => samples[(i + samples.length) % samples.length] ?? 0;

    test('lasts at least 20 seconds', () => {
      expect(samples.length / AMBIENCE_RATE).toBeGreaterThanOrEqual(20);
    });

    test('loops without a click: the step and the bend at the loop point are ordinary ones', () => {
      const n = samples.length;
      const step = (i: number) => Math.abs(at(i + 1) - at(i));
      const bend = (i: number) => Math.abs(at(i - 1) - 2 * at(i) + at(i + 1));
      const ordinary = (measure: (i: number) => number) =>
        Array.from({ length: n - 3 }, (_, i) => measure(i + 1)).sort((a, b) => a - b)[Math.floor(n * 0.95)] ?? 0;
      // From the last sample to the first: no larger than 95 in 100 of the file's own, nor bent more sharply.
      expect(step(-1)).toBeLessThanOrEqual(ordinary(step));
      expect(Math.max(bend(-1), bend(0))).toBeLessThanOrEqual(ordinary(bend));
    });

    test('has no silent gap anywhere, the loop point included', () => {
      // 50 ms windows from one that straddles the loop point (its last 25 ms and first 25 ms) on.
      const width = AMBIENCE_RATE / 20;
      const rms = (from: number) =>
        Math.sqrt(Array.from({ length: width }, (_, i) => at(from + i) ** 2).reduce((a, b) => a + b) / width);
      const windows = Array.from({ length: Math.floor(samples.length / width) }, (_, w) => rms(w * width - width / 2));
      const median = [...windows].sort((a, b) => a - b)[Math.floor(windows.length / 2)] ?? 0;
      expect(Math.min(...windows)).toBeGreaterThan(0.3 * median);
      expect(windows[0], 'the window across the loop point').toBeGreaterThan(0.6 * median);
    });
  });

  test('effects start and end in silence (no click when they start or stop)', () => {
    for (const key of SOUND_KEYS.filter((k) => kind(k) !== 'room')) {
      const { samples } = synthesise(key);
      expect(Math.abs(samples[0] ?? 1), `${key} start`).toBeLessThan(0.01);
      expect(Math.abs(samples[samples.length - 1] ?? 1), `${key} end`).toBeLessThan(0.01);
    }
  });
});

describe('voices', () => {
  test('a prospect’s pitch comes from their ID alone: one of 16 steps from 0.7 to 1.5', () => {
    // Worked out by hand: FNV-1a of the ID, modulo 16, gives the step; 0.7 + 0.8 × step / 15.
    // "x": 0x811c9dc5 ^ 0x78 = 0x811c9dbd, × 0x01000193 = 0xfd0c5087 (mod 2³²), step 7 → 1.073.
    expect(['claire', 'thomas', 'ceo', 'tech-lead', 'x'].map(voicePitch)).toEqual([0.753, 1.393, 1.447, 0.807, 1.073]);
  });

  test('different prospects mostly sound different', () => {
    const ids = ['claire', 'thomas', 'marc', 'sophie', 'ceo', 'product', 'tech-lead', 'recruiter'];
    expect(new Set(ids.map(voicePitch)).size).toBeGreaterThanOrEqual(5);
  });

  test('a blip every third letter typed; spaces and punctuation do not count', () => {
    const counter = blipCounter();
    const line = 'Bon, on y va.';
    const blips = Array.from(line, (_, i) => counter.typed(line.slice(0, i + 1)));
    // Letters: B o n | o n y | v a  → due at "Bon" (3 letters) and "Bon, on y" (6 letters).
    expect(blips.map((due, i) => (due ? line.slice(0, i + 1) : null)).filter(Boolean)).toEqual(['Bon', 'Bon, on y']);
    counter.reset();
    expect(counter.typed('Oui')).toBe(true);
  });
});
