import type { Look } from '../../src/engine/index.ts';

/** The room's few colours: a calm, flat, editorial palette. One registry, shared by every drawing. */
export const PALETTE = {
  wall: 0xe9e1d3,
  wallShade: 0xdfd5c4,
  skirting: 0xcfc3ae,
  frame: 0xf7f3ec,
  sky: 0xbfd7e6,
  skyLow: 0xd7e6ee,
  city: 0xa3bccb,
  cityFar: 0xb6cbd7,
  table: 0xa57f5e,
  tableEdge: 0xc49c78,
  tableShadow: 0x8a6849,
  chair: 0x3d4f5c,
  navy: 0x1f3a5f,
  terracotta: 0xd9734e,
  sage: 0x7fa38a,
  sageDark: 0x5e8169,
  pot: 0xc9b79c,
  paper: 0xfbf8f2,
  ink: 0x2b2b2b,
  shirt: 0xf2efe9,
  warmLight: 0xffd9a8,
  coolLight: 0x8ea3b5,
  brick: 0xc98b6b,
  brickDark: 0xb67a5c,
  chalkboard: 0x2f3b36,
  counter: 0x6e4f3a,
  panelWall: 0xc9d6cc,
} as const;

/** The colours behind the words a scenario uses for a prospect's appearance (src/engine/scenario/appearance-words.ts). */
export const SKIN: Readonly<Record<Look['skin'], number>> = {
  porcelain: 0xf6d9c4,
  light: 0xefc4a1,
  olive: 0xd7a77e,
  tan: 0xc68e6b,
  brown: 0x9a6446,
  deep: 0x6b4330,
};

export const HAIR: Readonly<Record<Look['hairColor'], number>> = {
  black: 0x1e1b18,
  brown: 0x4a3222,
  chestnut: 0x7a4a2a,
  blond: 0xc9a25f,
  red: 0xa8502a,
  grey: 0x9b9b97,
};

export const CLOTHES: Readonly<Record<Look['clothes'], number>> = {
  navy: 0x1f3a5f,
  slate: 0x2f4858,
  plum: 0x5b4a6b,
  forest: 0x44624f,
  terracotta: 0xb5603f,
  charcoal: 0x3a3a3c,
  camel: 0xa8865a,
};

/** The greying of a senior's temples. */
export const GREY = 0xb9b7b1;
