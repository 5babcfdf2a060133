/**
 * The game's sounds, synthesised from code so that they are the project's own work: no recording,
 * no third-party sample, and the same bytes on every run. `npm run sounds` writes them to
 * assets/sounds/; the game only plays the files.
 */
import { SOUND_KEYS, type SoundKey } from './cues.ts';
import { type BitDepth, encodeWav } from './wav.ts';

export const SAMPLE_RATE = 22_050;

interface Rendered {
  readonly samples: Float32Array;
  /** Room tones are quiet noise beds, where 8 bits are enough and halve the file. */
  readonly bits: BitDepth;
}

function render(seconds: number, sample: (t: number, i: number) => number): Float32Array {
  const out = new Float32Array(Math.round(seconds * SAMPLE_RATE));
  for (let i = 0; i < out.length; i++) out[i] = sample(i / SAMPLE_RATE, i);
  return out;
}

/** A small deterministic noise source (a linear congruential generator), so every run sounds the same. */
function noise(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 0x8000_0000 - 1;
  };
}

/** A one-pole low-pass filter; `amount` near 0 keeps only the lowest sounds. */
function lowPass(amount: number): (x: number) => number {
  let y = 0;
  return (x) => {
    y += amount * (x - y);
    return y;
  };
}

const envelope = (t: number, attack: number, decay: number) => (t < 0 ? 0 : Math.min(1, t / attack) * Math.exp(-t / decay));
const tone = (t: number, hz: number) => Math.sin(2 * Math.PI * hz * t);

/** Scales a sound so that its loudest sample reaches `peak` (room tones are then played quietly). */
function normalise(samples: Float32Array, peak: number): Float32Array {
  const loudest = samples.reduce((m, s) => Math.max(m, Math.abs(s)), 0);
  return loudest === 0 ? samples : samples.map((s) => (s * peak) / loudest);
}

/**
 * A loop that can repeat without a click: `seconds` plus a fade are rendered, and the extra tail is
 * cross-faded (at equal power, as for noise) into the start, so the last sample leads into the first.
 */
function seamless(seconds: number, fade: number, sample: (t: number, i: number) => number): Float32Array {
  const length = Math.round(seconds * SAMPLE_RATE);
  const overlap = Math.round(fade * SAMPLE_RATE);
  const raw = render((length + overlap) / SAMPLE_RATE, sample);
  const out = raw.slice(0, length);
  for (let i = 0; i < overlap; i++) {
    const w = i / overlap;
    out[i] = (raw[i] ?? 0) * Math.sqrt(w) + (raw[length + i] ?? 0) * Math.sqrt(1 - w);
  }
  return out;
}

const ROOM_SECONDS = 2.5;
const ROOM_FADE = 0.5;

/** An office: the low rumble of ventilation and a faint hum (120 Hz fits whole cycles in the loop). */
function roomOffice(): Float32Array {
  const next = noise(11);
  const rumble = lowPass(0.02);
  const air = lowPass(0.15);
  return normalise(
    seamless(
      ROOM_SECONDS,
      ROOM_FADE,
      (t) => 3 * rumble(next()) + 0.25 * air(next()) + 0.03 * tone(t, 120) + 0.015 * tone(t, 240),
    ),
    0.7,
  );
}

/** A café: a murmur of voices (band-limited noise that swells and fades) and a cup set down twice. */
function roomCafe(): Float32Array {
  const next = noise(23);
  const low = lowPass(0.05);
  const high = lowPass(0.3);
  const swell = lowPass(0.0008);
  const clinks = [0.7, 1.9];
  return normalise(
    seamless(ROOM_SECONDS, ROOM_FADE, (t) => {
      const band = high(next()) - low(next());
      const murmur = band * (0.6 + 4 * Math.abs(swell(next())));
      const cups = clinks.reduce(
        (sum, at) => sum + 0.12 * (tone(t, 2630) + 0.5 * tone(t, 3910)) * envelope(t - at, 0.002, 0.06),
        0,
      );
      return murmur + cups;
    }),
    0.7,
  );
}

/** A phone line: the narrow hiss of a call, with an occasional crackle. */
function roomPhone(): Float32Array {
  const next = noise(37);
  const low = lowPass(0.09);
  const high = lowPass(0.6);
  const crackle = noise(41);
  return normalise(
    seamless(ROOM_SECONDS, ROOM_FADE, () => {
      const hiss = high(next()) - low(next());
      const pop = crackle() > 0.9985 ? 4 * next() : 0;
      return hiss + pop;
    }),
    0.6,
  );
}

/** A meeting room with a panel: a deeper rumble and the fan of a projector (a soft 180 Hz whirr). */
function roomPanel(): Float32Array {
  const next = noise(53);
  const rumble = lowPass(0.012);
  const fanLow = lowPass(0.08);
  const fanHigh = lowPass(0.14);
  return normalise(
    seamless(ROOM_SECONDS, ROOM_FADE, (t) => {
      const fan = (fanHigh(next()) - fanLow(next())) * (1 + 0.3 * tone(t, 6));
      return 4 * rumble(next()) + 0.6 * fan + 0.02 * tone(t, 180);
    }),
    0.7,
  );
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

/** The meeting's end: a soft rising chord, its top note held a little longer. */
const ending = () =>
  render(1.4, (t) => {
    const notes = [261.63, 329.63, 392, 523.25];
    return notes.reduce(
      (sum, hz, i) => sum + 0.12 * tone(t, hz) * envelope(t - i * 0.09, 0.02, i === notes.length - 1 ? 0.7 : 0.45),
      0,
    );
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

const SYNTHS: Readonly<Record<SoundKey, () => Rendered>> = {
  'room-office': () => ({ samples: roomOffice(), bits: 8 }),
  'room-cafe': () => ({ samples: roomCafe(), bits: 8 }),
  'room-phone': () => ({ samples: roomPhone(), bits: 8 }),
  'room-panel': () => ({ samples: roomPanel(), bits: 8 }),
  click: () => ({ samples: click(), bits: 16 }),
  note: () => ({ samples: note(), bits: 16 }),
  interrupt: () => ({ samples: interrupt(), bits: 16 }),
  ending: () => ({ samples: ending(), bits: 16 }),
  ring: () => ({ samples: ring(), bits: 16 }),
  door: () => ({ samples: door(), bits: 16 }),
  chair: () => ({ samples: chair(), bits: 16 }),
  blip: () => ({ samples: blip(), bits: 16 }),
};

/** The samples of one sound, before encoding (for tests that check what a sound is like). */
export function synthesise(key: SoundKey): Rendered {
  return SYNTHS[key]();
}

/** Every sound as the bytes of its WAV file. */
export function renderSounds(): ReadonlyMap<SoundKey, Uint8Array> {
  return new Map(
    SOUND_KEYS.map((key) => {
      const { samples, bits } = synthesise(key);
      return [key, encodeWav(samples, SAMPLE_RATE, bits)];
    }),
  );
}
