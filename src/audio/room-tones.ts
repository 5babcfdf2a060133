/**
 * The room tones under the meetings: 20 seconds each, long enough that the ear does not catch the
 * loop (2.5 seconds did), with a few sparse events (keys, cups, a crackle, pages) that never come
 * back at the same moment twice in a row. They are quiet beds with nothing above 3.4 kHz, so they
 * are rendered at 8 kHz in 8 bits: four of them stay within the sound budget.
 */
import { envelope, lowPassAt, noise, normalise, render, tone } from './signal.ts';

/** The telephone's own rate: room tones have nothing above its 4 kHz ceiling. */
export const AMBIENCE_RATE = 8_000;
export const ROOM_SECONDS = 20;
const ROOM_FADE = 0.5;

/** A slow swell that makes whole cycles in the loop, so its end meets its start. */
const swell = (t: number, cycles: number, phase = 0) => Math.sin((2 * Math.PI * cycles * t) / ROOM_SECONDS + phase);

/**
 * A loop that can repeat without a click: the loop plus a fade is rendered, and the extra tail is
 * cross-faded (at equal power, as for noise) into the start, so the last sample leads into the first.
 */
function seamless(sample: (t: number) => number): Float32Array {
  const length = Math.round(ROOM_SECONDS * AMBIENCE_RATE);
  const overlap = Math.round(ROOM_FADE * AMBIENCE_RATE);
  const raw = render((length + overlap) / AMBIENCE_RATE, sample, AMBIENCE_RATE);
  const out = raw.slice(0, length);
  for (let i = 0; i < overlap; i++) {
    const w = i / overlap;
    out[i] = (raw[i] ?? 0) * Math.sqrt(w) + (raw[length + i] ?? 0) * Math.sqrt(1 - w);
  }
  return out;
}

/** Sparse events, each a sound of its own local time; all fall after the cross-faded start. */
const at = (t: number, times: readonly number[], event: (local: number, n: number) => number) =>
  times.reduce((sum, start, n) => sum + (t >= start ? event(t - start, n) : 0), 0);

/** An office: ventilation that breathes, a faint hum, and someone typing in the next room now and then. */
export function roomOffice(): Float32Array {
  const next = noise(11);
  const rumble = lowPassAt(60, AMBIENCE_RATE);
  const air = lowPassAt(500, AMBIENCE_RATE);
  const keyTone = lowPassAt(1800, AMBIENCE_RATE);
  const keyBody = lowPassAt(600, AMBIENCE_RATE);
  const bursts = [3.1, 9.4, 15.2];
  // Thirteen keys a burst, about eight a second, each a little early or late.
  const keys = Array.from({ length: 13 }, (_, k) => k * 0.125 + 0.03 * Math.sin(k * 12.9898));
  return normalise(
    seamless((t) => {
      const breath = 1 + 0.25 * swell(t, 3);
      const click = keyTone(next()) - 0.5 * keyBody(next());
      const typing = at(t, bursts, (local) =>
        local > 1.7 ? 0 : keys.reduce((sum, start) => sum + envelope(local - start, 0.001, 0.01), 0),
      );
      return (
        breath * (3 * rumble(next()) + 0.25 * air(next())) + 0.03 * tone(t, 120) + 0.015 * tone(t, 240) + 0.8 * click * typing
      );
    }),
    0.7,
  );
}

/** A café: a murmur of voices that swells and fades, and cups set down here and there. */
export function roomCafe(): Float32Array {
  const next = noise(23);
  const low = lowPassAt(180, AMBIENCE_RATE);
  const high = lowPassAt(1300, AMBIENCE_RATE);
  const chatter = lowPassAt(3, AMBIENCE_RATE);
  const cups: readonly (readonly [number, number])[] = [
    [2630, 3390],
    [2210, 3050],
    [2950, 3710],
    [2470, 3180],
  ];
  return normalise(
    seamless((t) => {
      const band = high(next()) - low(next());
      const murmur = band * (0.7 + 0.25 * swell(t, 2) + 6 * Math.abs(chatter(next())));
      const clinks = at(t, [1.7, 5.3, 8.1, 12.6, 14.9, 18.3], (local, n) => {
        const [a, b] = cups[n % cups.length] ?? [2630, 3390];
        return 0.1 * (tone(local, a) + 0.5 * tone(local, b)) * envelope(local, 0.002, 0.06);
      });
      return murmur + clinks;
    }),
    0.7,
  );
}

/** A phone line: the narrow hiss of a call (300–3,400 Hz, as a telephone passes), with a rare crackle. */
export function roomPhone(): Float32Array {
  const next = noise(37);
  const low = lowPassAt(300, AMBIENCE_RATE);
  const high = lowPassAt(3400, AMBIENCE_RATE);
  const crackle = noise(41);
  return normalise(
    seamless((t) => {
      const hiss = (high(next()) - low(next())) * (1 + 0.15 * swell(t, 5, 1));
      const pop = crackle() > 0.9992 ? 3 * next() : 0;
      return hiss + pop;
    }),
    // Hiss reaches its peak all along, where the other rooms peak only at rare events: a lower peak
    // keeps it about as loud as they are.
    0.4,
  );
}

/** A meeting room with a panel: a deeper rumble, the whirr of a projector's fan, a page turned twice. */
export function roomPanel(): Float32Array {
  const next = noise(53);
  const rumble = lowPassAt(40, AMBIENCE_RATE);
  const fanLow = lowPassAt(260, AMBIENCE_RATE);
  const fanHigh = lowPassAt(480, AMBIENCE_RATE);
  const paper = lowPassAt(2500, AMBIENCE_RATE);
  const paperBody = lowPassAt(700, AMBIENCE_RATE);
  return normalise(
    seamless((t) => {
      const fan = (fanHigh(next()) - fanLow(next())) * (1 + 0.3 * tone(t, 6));
      const rustle = paper(next()) - paperBody(next());
      const page = at(t, [6.4, 13.7], (local) => (local < 0.5 ? Math.sin((Math.PI * local) / 0.5) ** 2 : 0));
      return (4 * rumble(next()) + 0.6 * fan) * (1 + 0.15 * swell(t, 2)) + 0.02 * tone(t, 180) + 0.5 * rustle * page;
    }),
    0.7,
  );
}
