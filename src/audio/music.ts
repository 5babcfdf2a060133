/**
 * The game's few bars of music: a sting for each way a meeting can end, and the menu's motif. They
 * are played on one soft, electric-piano-like voice whose partials stay under 3 kHz, so 11,025
 * samples a second hold them whole at half the size of the effects' rate.
 */
import type { Outcome } from '../engine/index.ts';
import { render } from './signal.ts';

export const MUSIC_RATE = 11_025;

/** One note: when it starts (s), its MIDI number (60 is middle C), how loud and how long it rings. */
interface Note {
  readonly at: number;
  readonly midi: number;
  readonly gain: number;
  readonly ring: number;
}

const hz = (midi: number) => 440 * 2 ** ((midi - 69) / 12);

/** A struck tone: the fundamental, a softer octave and twelfth that fade sooner, a brief bright tine. */
function voice(t: number, note: Note, brightness: number): number {
  const local = t - note.at;
  if (local < 0) return 0;
  const f = hz(note.midi);
  const attack = Math.min(1, local / 0.006);
  const partial = (ratio: number, level: number, ring: number) =>
    level * Math.sin(2 * Math.PI * f * ratio * local) * Math.exp(-local / ring);
  return (
    note.gain *
    attack *
    (partial(1, 1, note.ring) +
      partial(2, 0.3 * brightness, note.ring / 2.5) +
      partial(3, 0.08 * brightness, note.ring / 4) +
      partial(4.2, 0.06 * brightness, 0.05))
  );
}

/** Renders a phrase; its last moments fade to silence so that it never ends on a click. */
function phrase(seconds: number, notes: readonly Note[], brightness = 1): Float32Array {
  const tail = 0.25;
  return render(
    seconds,
    (t) => {
      const fade = Math.min(1, (seconds - t) / tail);
      return 0.16 * fade * notes.reduce((sum, note) => sum + voice(t, note, brightness), 0);
    },
    MUSIC_RATE,
  );
}

const n = (at: number, midi: number, gain = 1, ring = 0.5): Note => ({ at, midi, gain, ring });

/** An agreed next step: C major rising in quick steps to the octave, which rings on over a major third. */
const advance = () =>
  phrase(1.7, [
    n(0, 60, 0.8),
    n(0.1, 64, 0.85),
    n(0.2, 67, 0.9),
    n(0.32, 72, 1, 0.7),
    n(0.32, 64, 0.5, 0.7),
    n(0.32, 76, 0.45, 0.8),
  ]);

/**
 * Nothing decided yet: a suspended chord (C–D–G) that leans into another (C–F–G) and stays there,
 * with no third to say major or minor, and no resolution.
 */
const continuation = () =>
  phrase(
    1.8,
    [
      n(0, 55, 0.6, 0.6),
      n(0, 60, 0.7, 0.6),
      n(0, 62, 0.7, 0.5),
      n(0.45, 60, 0.6, 0.7),
      n(0.45, 65, 0.8, 0.7),
      n(0.45, 67, 0.6, 0.7),
    ],
    0.7,
  );

/** A door shut: A, F, D falling, then a low D minor chord, darker and slower to fade. */
const lost = () =>
  phrase(
    2.1,
    [
      n(0, 69, 0.8, 0.35),
      n(0.2, 65, 0.8, 0.35),
      n(0.4, 62, 0.85, 0.4),
      n(0.65, 50, 0.9, 0.8),
      n(0.65, 53, 0.7, 0.8),
      n(0.65, 57, 0.6, 0.8),
    ],
    0.5,
  );

/** The sting each ending plays, by the outcome the scenario gives it. */
export const STINGS: Readonly<Record<Outcome, () => Float32Array>> = { advance, continuation, lost };

/** The menu's motif: a short welcoming figure over a soft F major seventh, played once as the menu opens. */
export const motif = () =>
  phrase(2.6, [
    n(0, 53, 0.35, 1.2),
    n(0, 57, 0.3, 1.2),
    n(0, 64, 0.3, 1.2),
    n(0.05, 72, 0.7, 0.4),
    n(0.3, 69, 0.6, 0.4),
    n(0.55, 72, 0.6, 0.4),
    n(0.8, 76, 0.75, 0.8),
    n(1.3, 55, 0.3, 0.9),
    n(1.3, 59, 0.25, 0.9),
    n(1.3, 62, 0.25, 0.9),
    n(1.35, 74, 0.65, 0.5),
    n(1.6, 72, 0.7, 0.8),
  ]);
