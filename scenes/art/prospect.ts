import type Phaser from 'phaser';
import type { Demeanor } from '../../src/engine/index.ts';
import type { Look } from './palette.ts';
import { PALETTE } from './palette.ts';

/** How each demeanor holds the body: a lean (forward is positive), a head tilt and where the eyes look. */
export const POSTURES = {
  neutral: { lean: 0, tilt: 0, gaze: { x: 0, y: 0 } },
  interested: { lean: 1, tilt: 0, gaze: { x: 0, y: 0.5 } },
  doubtful: { lean: 0, tilt: -0.09, gaze: { x: 1.5, y: -0.5 } },
  impatient: { lean: 0, tilt: 0.05, gaze: { x: -2.5, y: 2.5 } },
  closed: { lean: -1, tilt: 0, gaze: { x: 0, y: 0 } },
} as const satisfies Record<Demeanor, { lean: number; tilt: number; gaze: { x: number; y: number } }>;

function darker(color: number, factor = 0.82): number {
  const r = Math.round(((color >> 16) & 0xff) * factor);
  const g = Math.round(((color >> 8) & 0xff) * factor);
  const b = Math.round((color & 0xff) * factor);
  return (r << 16) | (g << 8) | b;
}

/** The seated body and chair (behind the table). Origin: where the body meets the table. */
export function paintBody(g: Phaser.GameObjects.Graphics, look: Look, u: number): void {
  g.clear();
  g.fillStyle(PALETTE.chair).fillRoundedRect(-82 * u, -250 * u, 164 * u, 270 * u, 26 * u);
  g.fillStyle(look.jacket).fillRoundedRect(-70 * u, -152 * u, 140 * u, 172 * u, { tl: 44 * u, tr: 44 * u, bl: 0, br: 0 });
  g.fillStyle(look.skin).fillRect(-12 * u, -176 * u, 24 * u, 30 * u);
  g.fillStyle(PALETTE.shirt).fillTriangle(-22 * u, -152 * u, 22 * u, -152 * u, 0, -100 * u);
  g.fillStyle(look.skin).fillTriangle(-10 * u, -152 * u, 10 * u, -152 * u, 0, -136 * u);
  g.lineStyle(3 * u, darker(look.jacket, 0.7));
  g.lineBetween(-22 * u, -152 * u, -4 * u, -104 * u);
  g.lineBetween(22 * u, -152 * u, 4 * u, -104 * u);
}

/** The face. Origin: the centre of the head, so a tilt turns around it. */
export function paintHead(g: Phaser.GameObjects.Graphics, look: Look, demeanor: Demeanor, u: number): void {
  const { gaze } = POSTURES[demeanor];
  g.clear();
  g.fillStyle(look.hair).fillEllipse(0, -8 * u, 90 * u, 104 * u);
  g.fillStyle(look.skin).fillEllipse(0, 6 * u, 74 * u, 86 * u);
  g.fillStyle(look.hair).fillEllipse(-8 * u, -36 * u, 66 * u, 20 * u);
  // Eyes, following the gaze.
  g.fillStyle(PALETTE.ink);
  g.fillCircle(-15 * u + gaze.x * u, 4 * u + gaze.y * u, 3.6 * u);
  g.fillCircle(15 * u + gaze.x * u, 4 * u + gaze.y * u, 3.6 * u);
  // Brows and mouth carry most of the expression.
  g.lineStyle(3.2 * u, darker(look.hair, 0.9));
  const brow = (side: -1 | 1, inner: number, outer: number) => g.lineBetween(side * 8 * u, inner * u, side * 23 * u, outer * u);
  g.lineStyle(3 * u, 0x7a4b3a);
  switch (demeanor) {
    case 'interested':
      brow(-1, -11, -13);
      brow(1, -11, -13);
      g.beginPath();
      g.arc(0, 20 * u, 12 * u, 0.15 * Math.PI, 0.85 * Math.PI, false);
      g.strokePath();
      break;
    case 'doubtful':
      brow(-1, -8, -8);
      brow(1, -15, -19);
      g.lineBetween(-10 * u, 27 * u, 10 * u, 23 * u);
      break;
    case 'impatient':
      brow(-1, -7, -9);
      brow(1, -7, -9);
      g.lineBetween(-9 * u, 26 * u, 9 * u, 26 * u);
      break;
    case 'closed':
      brow(-1, -5, -9);
      brow(1, -5, -9);
      g.beginPath();
      g.arc(0, 36 * u, 11 * u, 1.2 * Math.PI, 1.8 * Math.PI, false);
      g.strokePath();
      break;
    default:
      brow(-1, -9, -9);
      brow(1, -9, -9);
      g.lineBetween(-9 * u, 25 * u, 9 * u, 25 * u);
  }
}

/** The arms, drawn over the table: resting, clasped, at the chin, at the watch, or crossed. */
export function paintArms(g: Phaser.GameObjects.Graphics, look: Look, demeanor: Demeanor, u: number): void {
  const sleeve = darker(look.jacket, 0.88);
  const arm = (x1: number, y1: number, x2: number, y2: number) => {
    g.lineStyle(24 * u, sleeve).lineBetween(x1 * u, y1 * u, x2 * u, y2 * u);
    g.fillStyle(sleeve).fillCircle(x1 * u, y1 * u, 12 * u);
  };
  const hand = (x: number, y: number) => g.fillStyle(look.skin).fillCircle(x * u, y * u, 11 * u);
  g.clear();
  switch (demeanor) {
    case 'interested':
      arm(-70, -4, -18, 2);
      arm(70, -4, 18, 2);
      hand(-8, 0);
      hand(8, 0);
      break;
    case 'doubtful':
      arm(-76, -4, -30, 0);
      hand(-22, 0);
      arm(56, -2, 26, -140);
      hand(20, -160);
      break;
    case 'impatient':
      arm(76, -4, 30, 0);
      hand(22, 0);
      arm(-64, -40, 6, -84);
      g.fillStyle(PALETTE.navy).fillRect(-6 * u, -96 * u, 10 * u, 22 * u);
      g.fillStyle(PALETTE.paper).fillCircle(-1 * u, -85 * u, 7 * u);
      hand(18, -92);
      break;
    case 'closed':
      arm(-62, -52, 50, -78);
      arm(62, -50, -50, -80);
      hand(54, -80);
      hand(-54, -82);
      break;
    default:
      arm(-78, -4, -32, 0);
      arm(78, -4, 32, 0);
      hand(-24, 0);
      hand(24, 0);
  }
}
