import type { Scenario } from '../engine/index.ts';

/** Which volume slider a sound answers to. */
export type SoundCategory = 'ambience' | 'effects' | 'voice';

interface SoundSpec {
  readonly category: SoundCategory;
  /** Its loudness before the player's sliders, 0–1: they accompany, they do not announce. */
  readonly volume: number;
  readonly loop?: true;
}

/** Every sound of the game, one file each in assets/sounds/ (`npm run sounds` writes them). */
export const SOUNDS = {
  'room-office': { category: 'ambience', volume: 0.25, loop: true },
  'room-cafe': { category: 'ambience', volume: 0.25, loop: true },
  'room-phone': { category: 'ambience', volume: 0.2, loop: true },
  'room-panel': { category: 'ambience', volume: 0.25, loop: true },
  click: { category: 'effects', volume: 0.5 },
  note: { category: 'effects', volume: 0.6 },
  interrupt: { category: 'effects', volume: 0.6 },
  // How the meeting ended, in a few notes: an agreed next step, nothing decided yet, a door shut.
  'ending-advance': { category: 'effects', volume: 0.6 },
  'ending-continuation': { category: 'effects', volume: 0.6 },
  'ending-lost': { category: 'effects', volume: 0.6 },
  // The menu's few bars belong to the atmosphere, as the room tones do: the ambience slider sets them.
  motif: { category: 'ambience', volume: 0.4 },
  ring: { category: 'effects', volume: 0.45 },
  door: { category: 'effects', volume: 0.6 },
  chair: { category: 'effects', volume: 0.5 },
  blip: { category: 'voice', volume: 0.35 },
} as const satisfies Record<string, SoundSpec>;

export type SoundKey = keyof typeof SOUNDS;
export const SOUND_KEYS = Object.keys(SOUNDS) as SoundKey[];

/** Sounds played once (cues, UI, the motif); the room tones loop and the blip is the voice. */
export type EffectKey = {
  [K in SoundKey]: (typeof SOUNDS)[K] extends { loop: true } ? never : K extends 'blip' ? never : K;
}[SoundKey];

/** The room tone under each meeting setting. */
export const ROOM_TONES = {
  office: 'room-office',
  cafe: 'room-cafe',
  phone: 'room-phone',
  panel: 'room-panel',
} as const satisfies Record<Scenario['setting'], SoundKey>;

/** The file a sound is kept in. */
export const soundFile = (key: SoundKey) => `${key}.wav`;
