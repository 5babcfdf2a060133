/**
 * The game's few sounds, synthesised in code: nothing to fetch, nothing to license. Each is short
 * and quiet; they accompany, they do not announce.
 */
export const SAMPLE_RATE = 22_050;

type Synth = () => Float32Array;

function render(seconds: number, sample: (t: number, i: number) => number): Float32Array {
  const out = new Float32Array(Math.round(seconds * SAMPLE_RATE));
  for (let i = 0; i < out.length; i++) out[i] = sample(i / SAMPLE_RATE, i);
  return out;
}

/** A small deterministic noise source, so every build sounds the same. */
function noise(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 0x8000_0000 - 1;
  };
}

const envelope = (t: number, attack: number, decay: number) => Math.min(1, t / attack) * Math.exp(-t / decay);
const tone = (t: number, hz: number) => Math.sin(2 * Math.PI * hz * t);

/** Pencil on paper: three strokes of filtered noise. */
const scribble: Synth = () => {
  const next = noise(7);
  let low = 0;
  return render(0.42, (t) => {
    low += 0.35 * (next() - low);
    const stroke = Math.max(0, Math.sin(2 * Math.PI * 7 * t)) ** 2;
    return 0.5 * (next() - low) * stroke * envelope(t, 0.01, 0.3);
  });
};

/** A short falling two-note figure: something was cut. */
const interrupt: Synth = () =>
  render(0.3, (t) => {
    const hz = t < 0.1 ? 520 : 390;
    const local = t < 0.1 ? t : t - 0.1;
    return 0.35 * tone(t, hz) * envelope(local, 0.005, 0.08);
  });

/** A soft rising chord that closes the meeting. */
const ending: Synth = () =>
  render(1.2, (t) => {
    const notes = [261.63, 329.63, 392, 523.25];
    return notes.reduce((sum, hz, i) => sum + (t >= i * 0.09 ? 0.12 * tone(t, hz) * envelope(t - i * 0.09, 0.02, 0.5) : 0), 0);
  });

/** A dry tick for buttons. */
const click: Synth = () =>
  render(0.05, (t) => {
    return 0.3 * tone(t, 1400) * envelope(t, 0.001, 0.008);
  });

export const SOUNDS = { note: scribble, interrupt, ending, click } as const satisfies Record<string, Synth>;
export type SoundKey = keyof typeof SOUNDS;
export const SOUND_KEYS = Object.keys(SOUNDS) as SoundKey[];
