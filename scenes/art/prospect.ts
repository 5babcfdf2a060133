import type Phaser from 'phaser';
import type { Look } from '../../src/engine/index.ts';
import { CLOTHES, GREY, HAIR, PALETTE, SKIN } from './palette.ts';
import type { Arms, Face, Pose } from './pose.ts';

export function darker(color: number, factor = 0.82): number {
  const r = Math.round(((color >> 16) & 0xff) * factor);
  const g = Math.round(((color >> 8) & 0xff) * factor);
  const b = Math.round((color & 0xff) * factor);
  return (r << 16) | (g << 8) | b;
}

/** The colours of one person, from the words of their look. */
export interface Colours {
  readonly skin: number;
  readonly hair: number;
  readonly jacket: number;
}

export function coloursOf(look: Look): Colours {
  return { skin: SKIN[look.skin], hair: HAIR[look.hairColor], jacket: CLOTHES[look.clothes] };
}

/** Width and height of each face shape, in drawing units; features sit at the same places on all. */
const FACE_SIZE: Readonly<Record<Look['face'], { w: number; h: number }>> = {
  oval: { w: 74, h: 86 },
  round: { w: 82, h: 80 },
  long: { w: 66, h: 94 },
  square: { w: 78, h: 84 },
};

/**
 * The body: seated on a chair behind the table, or standing (legs down to `floor` units below the
 * origin, no chair). Origin: where the body meets the table.
 */
export function paintBody(g: Phaser.GameObjects.Graphics, look: Look, u: number, floor: number | null = null): void {
  const c = coloursOf(look);
  g.clear();
  if (floor === null) g.fillStyle(PALETTE.chair).fillRoundedRect(-82 * u, -250 * u, 164 * u, 270 * u, 26 * u);
  else {
    // Trousers to the floor, then shoes: a standing person in a corridor or a lift.
    g.fillStyle(darker(c.jacket, 0.6))
      .fillRect(-44 * u, 0, 40 * u, floor * u)
      .fillRect(4 * u, 0, 40 * u, floor * u);
    g.fillStyle(PALETTE.ink)
      .fillRoundedRect(-50 * u, (floor - 12) * u, 48 * u, 14 * u, 6 * u)
      .fillRoundedRect(2 * u, (floor - 12) * u, 48 * u, 14 * u, 6 * u);
  }
  // Long hair falls behind the shoulders, so it is drawn with the body, before the jacket.
  if (look.hair === 'long') g.fillStyle(c.hair).fillRoundedRect(-46 * u, -210 * u, 92 * u, 80 * u, 20 * u);
  g.fillStyle(c.jacket).fillRoundedRect(-70 * u, -152 * u, 140 * u, 172 * u, { tl: 44 * u, tr: 44 * u, bl: 0, br: 0 });
  g.fillStyle(c.skin).fillRect(-12 * u, -176 * u, 24 * u, 30 * u);
  g.fillStyle(PALETTE.shirt).fillTriangle(-22 * u, -152 * u, 22 * u, -152 * u, 0, -100 * u);
  g.fillStyle(c.skin).fillTriangle(-10 * u, -152 * u, 10 * u, -152 * u, 0, -136 * u);
  g.lineStyle(3 * u, darker(c.jacket, 0.7));
  g.lineBetween(-22 * u, -152 * u, -4 * u, -104 * u);
  g.lineBetween(22 * u, -152 * u, 4 * u, -104 * u);
}

function paintHairBack(g: Phaser.GameObjects.Graphics, look: Look, hair: number, u: number): void {
  const { w, h } = FACE_SIZE[look.face];
  g.fillStyle(hair);
  switch (look.hair) {
    case 'bald':
      return;
    case 'curly':
      for (const [x, y] of [
        [-34, -22],
        [-24, -40],
        [-6, -48],
        [14, -46],
        [30, -34],
        [38, -14],
        [-40, -4],
        [40, 4],
      ] as const) {
        g.fillCircle(x * u, y * u, 16 * u);
      }
      return;
    case 'bun':
      g.fillCircle(0, (-h / 2 - 18) * u, 17 * u);
      g.fillEllipse(0, -8 * u, (w + 14) * u, (h + 16) * u);
      return;
    case 'long':
      g.fillEllipse(0, -4 * u, (w + 22) * u, (h + 22) * u);
      return;
    default:
      g.fillEllipse(0, -8 * u, (w + 16) * u, (h + 18) * u);
  }
}

function paintFace(g: Phaser.GameObjects.Graphics, look: Look, skin: number, u: number): void {
  const { w, h } = FACE_SIZE[look.face];
  g.fillStyle(skin);
  if (look.face === 'square') g.fillRoundedRect((-w / 2) * u, (6 - h / 2) * u, w * u, h * u, 20 * u);
  else g.fillEllipse(0, 6 * u, w * u, h * u);
  // Ears, so a bald head still reads as a head.
  g.fillEllipse((-w / 2) * u, 8 * u, 12 * u, 20 * u).fillEllipse((w / 2) * u, 8 * u, 12 * u, 20 * u);
}

function paintHairFront(g: Phaser.GameObjects.Graphics, look: Look, hair: number, u: number): void {
  const { w, h } = FACE_SIZE[look.face];
  const top = 6 - h / 2;
  if (look.hair !== 'bald' && look.hair !== 'curly') {
    g.fillStyle(hair).fillEllipse(-8 * u, (top + 8) * u, (w - 8) * u, 20 * u);
  }
  if (look.age === 'senior' && look.hair !== 'bald') {
    g.fillStyle(GREY)
      .fillEllipse((-w / 2 + 4) * u, -6 * u, 9 * u, 24 * u)
      .fillEllipse((w / 2 - 4) * u, -6 * u, 9 * u, 24 * u);
  }
}

function paintBeard(g: Phaser.GameObjects.Graphics, look: Look, hair: number, u: number): void {
  const { w, h } = FACE_SIZE[look.face];
  const chin = 6 + h / 2;
  switch (look.beard) {
    case 'stubble':
      g.fillStyle(hair, 0.28).fillEllipse(0, (chin - 16) * u, (w - 10) * u, 34 * u);
      return;
    case 'full':
      g.fillStyle(hair).fillEllipse(0, (chin - 14) * u, (w - 6) * u, 40 * u);
      g.fillStyle(hair).fillRoundedRect(-16 * u, 15 * u, 32 * u, 8 * u, 4 * u);
      return;
    case 'moustache':
      g.fillStyle(hair).fillRoundedRect(-15 * u, 15 * u, 30 * u, 7 * u, 3.5 * u);
      return;
    default:
  }
}

function paintGlasses(g: Phaser.GameObjects.Graphics, look: Look, u: number): void {
  if (look.glasses === 'none') return;
  g.lineStyle(2.6 * u, PALETTE.ink);
  for (const side of [-1, 1] as const) {
    if (look.glasses === 'round') g.strokeCircle(side * 15 * u, 4 * u, 11 * u);
    else g.strokeRoundedRect((side * 15 - 12) * u, -4 * u, 24 * u, 16 * u, 4 * u);
  }
  g.lineBetween(-4 * u, 2 * u, 4 * u, 2 * u);
}

/** Lines that age a face: forehead creases and the folds beside the mouth. */
function paintAge(g: Phaser.GameObjects.Graphics, look: Look, skin: number, u: number): void {
  if (look.age !== 'senior') return;
  g.lineStyle(1.6 * u, darker(skin, 0.78));
  g.lineBetween(-12 * u, -22 * u, 12 * u, -22 * u);
  g.lineBetween(-9 * u, -17 * u, 9 * u, -17 * u);
  g.lineBetween(-19 * u, 16 * u, -16 * u, 26 * u);
  g.lineBetween(19 * u, 16 * u, 16 * u, 26 * u);
}

/**
 * The face. Origin: the centre of the head, so a tilt turns around it. `eyesShut` draws a blink,
 * the only idle change a face makes on its own.
 */
export function paintHead(
  g: Phaser.GameObjects.Graphics,
  look: Look,
  pose: Pick<Pose, 'face' | 'gaze'>,
  u: number,
  eyesShut = false,
): void {
  const { face, gaze } = pose;
  const c = coloursOf(look);
  g.clear();
  paintHairBack(g, look, c.hair, u);
  paintFace(g, look, c.skin, u);
  paintHairFront(g, look, c.hair, u);
  paintAge(g, look, c.skin, u);
  paintBeard(g, look, c.hair, u);
  // Eyes, following the gaze, or shut for a blink.
  if (eyesShut) {
    g.lineStyle(2.4 * u, PALETTE.ink);
    g.lineBetween(-19 * u, 5 * u, -11 * u, 5 * u).lineBetween(11 * u, 5 * u, 19 * u, 5 * u);
  } else {
    g.fillStyle(PALETTE.ink);
    g.fillCircle(-15 * u + gaze.x * u, 4 * u + gaze.y * u, 3.6 * u);
    g.fillCircle(15 * u + gaze.x * u, 4 * u + gaze.y * u, 3.6 * u);
  }
  paintGlasses(g, look, u);
  paintFeatures(g, look, face, c, u);
}

/** Brows and mouth, which carry most of an expression. */
function paintFeatures(g: Phaser.GameObjects.Graphics, look: Look, face: Face, c: Colours, u: number): void {
  g.lineStyle(3.2 * u, darker(c.hair === HAIR.blond ? darker(c.hair, 0.7) : c.hair, 0.9));
  const brow = (side: -1 | 1, inner: number, outer: number) => g.lineBetween(side * 8 * u, inner * u, side * 23 * u, outer * u);
  const brows = (inner: number, outer: number) => {
    brow(-1, inner, outer);
    brow(1, inner, outer);
  };
  const lips = look.beard === 'full' ? PALETTE.paper : 0x7a4b3a;
  const smileArc = (y: number, r: number, width: number) => {
    g.lineStyle(width * u, lips);
    g.beginPath();
    g.arc(0, y * u, r * u, 0.12 * Math.PI, 0.88 * Math.PI, false);
    g.strokePath();
  };
  const flat = (y: number, half: number, tiltRight = 0) => {
    g.lineStyle(3 * u, lips);
    g.lineBetween(-half * u, y * u, half * u, (y + tiltRight) * u);
  };
  switch (face) {
    case 'smile':
      // A broad smile: lifted brows, an open mouth showing teeth, round cheeks.
      brows(-13, -16);
      g.fillStyle(lips)
        .slice(0, 18 * u, 16 * u, 0, Math.PI, false)
        .fillPath();
      g.fillStyle(PALETTE.paper).fillRect(-11 * u, 18 * u, 22 * u, 4 * u);
      g.fillStyle(PALETTE.terracotta, 0.35)
        .fillCircle(-26 * u, 18 * u, 7 * u)
        .fillCircle(26 * u, 18 * u, 7 * u);
      return;
    case 'warm':
      brows(-12, -15);
      smileArc(16, 15, 3.4);
      return;
    case 'opening-up':
      // Brows lifted at the middle, mouth a little open: someone saying what they had kept back.
      brows(-13, -10);
      g.fillStyle(0x7a4b3a).fillEllipse(0, 25 * u, 12 * u, 8 * u);
      return;
    case 'speaking':
      brows(-10, -10);
      g.fillStyle(0x7a4b3a).fillEllipse(0, 25 * u, 14 * u, 6 * u);
      return;
    case 'listening':
      // Attentive: brows a touch raised, a calm closed mouth.
      brows(-11, -11);
      flat(25, 7);
      return;
    case 'interested':
      brows(-11, -13);
      smileArc(20, 12, 3);
      return;
    case 'cool':
      // The warmth gone: brows lowered and level, the mouth pressed and slightly down at one side.
      brows(-6, -6);
      flat(26, 10, 3);
      return;
    case 'frown':
      // Brows drawn down to the middle, the mouth turned down.
      brows(-3, -13);
      g.lineStyle(3 * u, lips);
      g.beginPath();
      g.arc(0, 34 * u, 11 * u, 1.2 * Math.PI, 1.8 * Math.PI, false);
      g.strokePath();
      return;
    case 'doubtful':
      brow(-1, -8, -8);
      brow(1, -15, -19);
      flat(27, 10, -4);
      return;
    case 'impatient':
      brows(-7, -9);
      flat(26, 9);
      return;
    case 'closed':
      brows(-5, -9);
      g.lineStyle(3 * u, lips);
      g.beginPath();
      g.arc(0, 36 * u, 11 * u, 1.2 * Math.PI, 1.8 * Math.PI, false);
      g.strokePath();
      return;
    default:
      brows(-9, -9);
      flat(25, 9);
  }
}

/** The arms, drawn over the table: resting, clasped, open, at the chin, at the watch, crossed, writing, or a hand held out. */
export function paintArms(g: Phaser.GameObjects.Graphics, look: Look, pose: Arms, u: number): void {
  const c = coloursOf(look);
  const sleeve = darker(c.jacket, 0.88);
  const arm = (x1: number, y1: number, x2: number, y2: number) => {
    g.lineStyle(24 * u, sleeve).lineBetween(x1 * u, y1 * u, x2 * u, y2 * u);
    g.fillStyle(sleeve).fillCircle(x1 * u, y1 * u, 12 * u);
  };
  const hand = (x: number, y: number, r = 11) => g.fillStyle(c.skin).fillCircle(x * u, y * u, r * u);
  g.clear();
  switch (pose) {
    case 'open':
      // Open hands, palms up, a little apart: explaining.
      arm(-74, -4, -46, -26);
      arm(74, -4, 46, -26);
      g.fillStyle(c.skin)
        .fillEllipse(-42 * u, -34 * u, 26 * u, 16 * u)
        .fillEllipse(42 * u, -34 * u, 26 * u, 16 * u);
      return;
    case 'clasped':
      arm(-70, -4, -18, 2);
      arm(70, -4, 18, 2);
      hand(-8, 0);
      hand(8, 0);
      return;
    case 'chin':
      arm(-76, -4, -30, 0);
      hand(-22, 0);
      arm(56, -2, 26, -140);
      hand(20, -160);
      return;
    case 'watch':
      arm(76, -4, 30, 0);
      hand(22, 0);
      arm(-64, -40, 6, -84);
      g.fillStyle(PALETTE.navy).fillRect(-6 * u, -96 * u, 10 * u, 22 * u);
      g.fillStyle(PALETTE.paper).fillCircle(-1 * u, -85 * u, 7 * u);
      hand(18, -92);
      return;
    case 'crossed':
      arm(-62, -52, 50, -78);
      arm(62, -50, -50, -80);
      hand(54, -80);
      hand(-54, -82);
      return;
    case 'writing':
      // A notepad on the table and a pen in the right hand, the left holding the page.
      g.fillStyle(PALETTE.paper).fillRect(-10 * u, -6 * u, 70 * u, 16 * u);
      arm(-76, -4, -24, 2);
      hand(-16, 2);
      arm(70, -4, 40, 0);
      hand(34, 0);
      g.lineStyle(3 * u, PALETTE.navy).lineBetween(30 * u, 2 * u, 18 * u, -14 * u);
      return;
    case 'hand-out':
      // The right hand held out to the player across the table: the handshake that closes a deal.
      arm(-78, -4, -32, 0);
      hand(-24, 0);
      arm(70, -40, 30, 40);
      hand(24, 52, 15);
      return;
    default:
      arm(-78, -4, -32, 0);
      arm(78, -4, 32, 0);
      hand(-24, 0);
      hand(24, 0);
  }
}
