/**
 * The game's sounds, synthesised from code so that they are the project's own work: no recording,
 * no third-party sample, and the same bytes on every run. `npm run sounds` writes them to
 * assets/sounds/; the game only plays the files.
 */
import { SOUND_KEYS, type SoundKey } from './cues.ts';
import { MUSIC_RATE, motif, STINGS } from './music.ts';
import { AMBIENCE_RATE, roomCafe, roomOffice, roomPanel, roomPhone } from './room-tones.ts';
import { envelope, lowPass, noise, render, SAMPLE_RATE, tone } from './signal.ts';
import { type BitDepth, encodeWav } from './wav.ts';

interface Rendered {
  readonly samples: Float32Array;
  /** Samples a second: the effects' rate, or less where the sound holds nothing that needs it. */
  readonly rate: number;
  /** Room tones are quiet noise beds, where 8 bits are enough and halve the file. */
  readonly bits: BitDepth;
}

/** A dry tick for buttons. */
const click = () => render(0.05, (t) => 0.3 * tone(t, 1400) * envelope(t, 0.001, 0.008));

/** Pencil on paper: three strokes of filtered noise. */
function note(): Float32Array {
  const next = noise(7);
  let low = 0;
  return render(0.42, (t) => {
    low += 0.35 * (next() - low);
    const stroke = Math.max(0, Math.sin(2 * Math.PI * 7 * t)) ** 2;
    return 0.5 * (next() - low) * stroke * envelope(t, 0.01, 0.3);
  });
}

/** A short falling two-note figure: something was cut. */
const interrupt = () =>
  render(0.3, (t) => {
    const hz = t < 0.1 ? 520 : 390;
    const local = t < 0.1 ? t : t - 0.1;
    return 0.35 * tone(t, hz) * envelope(local, 0.005, 0.08);
  });

/** A phone ringing twice (the 400 + 450 Hz pair of European rings, warbled at 20 Hz). */
const ring = () =>
  render(1.25, (t) => {
    const burst = (t >= 0 && t < 0.4) || (t >= 0.6 && t < 1.0);
    if (!burst) return 0;
    const local = t < 0.6 ? t : t - 0.6;
    const gate = Math.min(1, local / 0.01, (0.4 - local) / 0.01);
    const warble = 0.5 + 0.5 * Math.sign(tone(t, 20));
    return 0.18 * gate * (0.4 + 0.6 * warble) * (tone(t, 400) + tone(t, 450));
  });

/** A door closing: a low thump of the leaf, then the latch. */
function door(): Float32Array {
  const next = noise(61);
  const thud = lowPass(0.05);
  return render(0.6, (t) => {
    const leaf = (0.5 * tone(t, 75) + 2.5 * thud(next())) * envelope(t, 0.004, 0.09);
    const latch = 0.25 * (tone(t, 2100) + next() * 0.6) * envelope(t - 0.11, 0.001, 0.012);
    return leaf + latch;
  });
}

/** A chair: a short creak (a rubbing, rising squeak) over the rustle of someone sitting down. */
function chair(): Float32Array {
  const next = noise(71);
  const rustle = lowPass(0.2);
  let phase = 0;
  return render(0.5, (t) => {
    phase += (2 * Math.PI * (280 + 160 * t)) / SAMPLE_RATE;
    const stickSlip = 0.5 + 0.5 * Math.sin(2 * Math.PI * 38 * t);
    const squeak = (Math.sin(phase) + 0.4 * Math.sin(2 * phase) + 0.2 * Math.sin(3 * phase)) * stickSlip;
    const creak = 0.18 * squeak * envelope(t - 0.05, 0.05, 0.15);
    return creak + 0.35 * rustle(next()) * envelope(t, 0.03, 0.18);
  });
}

/**
 * One syllable of a prospect's voice: a short vowel-like tone (a fundamental and two formant-ish
 * partials). The game plays it faster or slower to give each prospect their own pitch.
 */
const blip = () =>
  render(0.075, (t) => {
    const shape = Math.sin((Math.PI * t) / 0.075) ** 1.5;
    return 0.35 * shape * (tone(t, 210) + 0.45 * tone(t, 630) + 0.2 * tone(t, 1050));
  });

const effect = (samples: Float32Array): Rendered => ({ samples, rate: SAMPLE_RATE, bits: 16 });
const room = (samples: Float32Array): Rendered => ({ samples, rate: AMBIENCE_RATE, bits: 8 });
const music = (samples: Float32Array): Rendered => ({ samples, rate: MUSIC_RATE, bits: 16 });

const SYNTHS: Readonly<Record<SoundKey, () => Rendered>> = {
  'room-office': () => room(roomOffice()),
  'room-cafe': () => room(roomCafe()),
  'room-phone': () => room(roomPhone()),
  'room-panel': () => room(roomPanel()),
  click: () => effect(click()),
  note: () => effect(note()),
  interrupt: () => effect(interrupt()),
  'ending-advance': () => music(STINGS.advance()),
  'ending-continuation': () => music(STINGS.continuation()),
  'ending-lost': () => music(STINGS.lost()),
  motif: () => music(motif()),
  ring: () => effect(ring()),
  door: () => effect(door()),
  chair: () => effect(chair()),
  blip: () => effect(blip()),
};

/** The samples of one sound, before encoding (for tests that check what a sound is like). */
export function synthesise(key: SoundKey): Rendered {
  return SYNTHS[key]();
}

/** Every sound as the bytes of its WAV file. */
export function renderSounds(): ReadonlyMap<SoundKey, Uint8Array> {
  return new Map(
    SOUND_KEYS.map((key) => {
      const { samples, rate, bits } = synthesise(key);
      return [key, encodeWav(samples, rate, bits)];
    }),
  );
}
