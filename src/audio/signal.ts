/**
 * The building blocks the sounds are synthesised from: rendering at a sample rate, seeded noise,
 * filters and envelopes. Deterministic, so that `npm run sounds` writes the same bytes on every run.
 */

/** The rate of the short effects: enough for a click's and a cup's brightness. */
export const SAMPLE_RATE = 22_050;

/** Renders `seconds` of sound at `rate` samples a second from a function of the time. */
export function render(seconds: number, sample: (t: number, i: number) => number, rate = SAMPLE_RATE): Float32Array {
  const out = new Float32Array(Math.round(seconds * rate));
  for (let i = 0; i < out.length; i++) out[i] = sample(i / rate, i);
  return out;
}

/** A small deterministic noise source (a linear congruential generator), so every run sounds the same. */
export function noise(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 0x8000_0000 - 1;
  };
}

/** A one-pole low-pass filter; `amount` near 0 keeps only the lowest sounds. */
export function lowPass(amount: number): (x: number) => number {
  let y = 0;
  return (x) => {
    y += amount * (x - y);
    return y;
  };
}

/** The same filter named by its corner frequency, so that it sounds alike at any sample rate. */
export const lowPassAt = (hz: number, rate: number) => lowPass(1 - Math.exp((-2 * Math.PI * hz) / rate));

export const envelope = (t: number, attack: number, decay: number) =>
  t < 0 ? 0 : Math.min(1, t / attack) * Math.exp(-t / decay);
export const tone = (t: number, hz: number) => Math.sin(2 * Math.PI * hz * t);

/** Scales a sound so that its loudest sample reaches `peak` (room tones are then played quietly). */
export function normalise(samples: Float32Array, peak: number): Float32Array {
  const loudest = samples.reduce((m, s) => Math.max(m, Math.abs(s)), 0);
  return loudest === 0 ? samples : samples.map((s) => (s * peak) / loudest);
}
