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
} as const;

/** Each prospect of a panel gets a look of their own. */
export const LOOKS = [
  { skin: 0xe3b591, hair: 0x3b2a20, jacket: 0x2f4858 },
  { skin: 0xc68e6b, hair: 0x1e1b18, jacket: 0x5b4a6b },
  { skin: 0xf0c9a8, hair: 0x9a6a3a, jacket: 0x44624f },
] as const;

export type Look = (typeof LOOKS)[number];
