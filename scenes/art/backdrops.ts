import type Phaser from 'phaser';
import type { MeetingPlace } from '../../src/engine/index.ts';
import { paintOffice, type RoomLayout } from './office.ts';
import { PALETTE } from './palette.ts';

type Painter = (g: Phaser.GameObjects.Graphics, room: RoomLayout) => void;

/**
 * Where the meeting takes place: the wall behind the people. The phone call has a view of its own
 * (an office wall behind the player's desk, as here).
 */
export function backdropFor(place: MeetingPlace): Painter {
  switch (place) {
    case 'cafe':
      return paintCafe;
    case 'panel':
      return paintBoardroom;
    case 'corridor':
      return paintCorridor;
    case 'lift':
      return paintLift;
    default:
      return paintOffice;
  }
}

/** A corridor: a long wall with office doors, a ceiling light strip, the floor running away. */
export function paintCorridor(g: Phaser.GameObjects.Graphics, room: RoomLayout): void {
  const { width: w, height: h, unit: u } = room;
  const floor = room.visible * 0.8;
  g.clear();
  g.fillStyle(PALETTE.wall).fillRect(0, 0, w, floor);
  g.fillStyle(PALETTE.frame).fillRect(0, 0, w, h * 0.06);
  g.fillStyle(PALETTE.warmLight, 0.8).fillRect(w * 0.1, h * 0.02, w * 0.8, 6 * u);
  // Doors along the wall, each with its frame, handle and a small name plate.
  const doorW = 90 * u;
  const doorH = Math.min(floor - h * 0.12, 240 * u);
  for (let x = w * 0.08; x + doorW < w; x += doorW * 2.6) {
    g.fillStyle(PALETTE.skirting).fillRect(x - 6 * u, floor - doorH - 6 * u, doorW + 12 * u, doorH + 6 * u);
    g.fillStyle(PALETTE.tableEdge).fillRect(x, floor - doorH, doorW, doorH);
    g.fillStyle(PALETTE.ink).fillCircle(x + doorW - 14 * u, floor - doorH / 2, 4 * u);
    g.fillStyle(PALETTE.paper).fillRect(x + doorW * 0.25, floor - doorH * 0.8, doorW * 0.5, 12 * u);
  }
  g.fillStyle(PALETTE.skirting).fillRect(0, floor - 8 * u, w, 8 * u);
  g.fillStyle(PALETTE.pot).fillRect(0, floor, w, h - floor);
  g.fillStyle(PALETTE.skirting, 0.5);
  for (let x = 0; x < w; x += 120 * u) g.fillRect(x, floor, 2 * u, h - floor);
}

/** In front of the lift: brushed steel doors, the floor indicator above them, a call button. */
export function paintLift(g: Phaser.GameObjects.Graphics, room: RoomLayout): void {
  const { width: w, height: h, unit: u } = room;
  const floor = room.visible * 0.8;
  g.clear();
  g.fillStyle(PALETTE.wallShade).fillRect(0, 0, w, floor);
  const doorsW = Math.min(w * 0.36, 300 * u);
  const doorsH = Math.min(floor - h * 0.16, 300 * u);
  const x = w * 0.08;
  const y = floor - doorsH;
  g.fillStyle(PALETTE.ink).fillRect(x - 10 * u, y - 10 * u, doorsW + 20 * u, doorsH + 10 * u);
  g.fillStyle(PALETTE.city).fillRect(x, y, doorsW / 2 - 2 * u, doorsH);
  g.fillStyle(PALETTE.cityFar).fillRect(x + doorsW / 2 + 2 * u, y, doorsW / 2 - 2 * u, doorsH);
  // The floor indicator, lit, and the call button beside the doors.
  g.fillStyle(PALETTE.ink).fillRoundedRect(x + doorsW / 2 - 30 * u, y - 44 * u, 60 * u, 24 * u, 4 * u);
  g.fillStyle(PALETTE.warmLight).fillTriangle(
    x + doorsW / 2 - 6 * u,
    y - 26 * u,
    x + doorsW / 2 + 6 * u,
    y - 26 * u,
    x + doorsW / 2,
    y - 38 * u,
  );
  g.fillStyle(PALETTE.skirting).fillRoundedRect(x + doorsW + 24 * u, y + doorsH * 0.45, 20 * u, 34 * u, 4 * u);
  g.fillStyle(PALETTE.warmLight).fillCircle(x + doorsW + 34 * u, y + doorsH * 0.45 + 17 * u, 5 * u);
  g.fillStyle(PALETTE.skirting).fillRect(0, floor - 8 * u, w, 8 * u);
  g.fillStyle(PALETTE.pot).fillRect(0, floor, w, h - floor);
}

/** A café: a warm brick wall, a chalkboard menu, a counter and two pendant lamps. */
export function paintCafe(g: Phaser.GameObjects.Graphics, room: RoomLayout): void {
  const { width: w, height: h, unit: u, tableTop } = room;
  g.clear();
  g.fillStyle(PALETTE.brick).fillRect(0, 0, w, h);
  // Brick courses, offset every other row: texture without noise.
  g.fillStyle(PALETTE.brickDark);
  const course = 26 * u;
  for (let row = 0, y = 0; y < tableTop; row++, y += course) {
    for (let x = row % 2 === 0 ? 0 : -40 * u; x < w; x += 80 * u) g.fillRect(x, y + course - 3 * u, 80 * u, 3 * u);
    for (let x = row % 2 === 0 ? 0 : 40 * u; x < w; x += 80 * u) g.fillRect(x, y, 3 * u, course);
  }
  // The chalkboard with the day's menu as chalk lines.
  const bx = w * 0.07;
  const by = h * 0.1;
  const bw = Math.min(w * 0.24, 240 * u);
  const bh = Math.min(h * 0.36, tableTop - by - 120 * u);
  g.fillStyle(PALETTE.tableShadow).fillRect(bx - 8 * u, by - 8 * u, bw + 16 * u, bh + 16 * u);
  g.fillStyle(PALETTE.chalkboard).fillRect(bx, by, bw, bh);
  g.lineStyle(2.4 * u, PALETTE.paper, 0.75);
  for (let i = 1; i <= 4; i++) {
    const y = by + (i * bh) / 5.5;
    g.lineBetween(bx + bw * 0.12, y, bx + bw * (0.55 + (i % 2) * 0.2), y);
    g.lineBetween(bx + bw * 0.8, y, bx + bw * 0.88, y);
  }
  // The counter, then pendant lamps hanging from the top.
  g.fillStyle(PALETTE.counter).fillRect(0, tableTop - 70 * u, w, 70 * u);
  g.fillStyle(PALETTE.tableEdge).fillRect(0, tableTop - 74 * u, w, 6 * u);
  for (const x of [w * 0.32, w * 0.86]) {
    g.lineStyle(2 * u, PALETTE.ink).lineBetween(x, 0, x, h * 0.14);
    g.fillStyle(PALETTE.sageDark).fillTriangle(x - 26 * u, h * 0.14 + 22 * u, x + 26 * u, h * 0.14 + 22 * u, x, h * 0.14);
    g.fillStyle(PALETTE.warmLight).fillCircle(x, h * 0.14 + 24 * u, 7 * u);
  }
  // A cup on the counter, steaming a little.
  const cx = w * 0.9;
  g.fillStyle(PALETTE.paper).fillRoundedRect(cx - 14 * u, tableTop - 104 * u, 28 * u, 30 * u, 5 * u);
  g.lineStyle(2 * u, PALETTE.paper, 0.6).lineBetween(cx - 4 * u, tableTop - 112 * u, cx - 1 * u, tableTop - 126 * u);
}

/** The client's boardroom: a pale wall, a wall screen showing a chart, acoustic panels. */
export function paintBoardroom(g: Phaser.GameObjects.Graphics, room: RoomLayout): void {
  const { width: w, height: h, unit: u, tableTop } = room;
  g.clear();
  g.fillStyle(PALETTE.frame).fillRect(0, 0, w, h);
  // Acoustic panels in sage, evenly spaced.
  const panelW = 60 * u;
  for (let x = 20 * u; x < w; x += panelW * 2.4) {
    g.fillStyle(PALETTE.panelWall).fillRoundedRect(x, h * 0.06, panelW, tableTop - h * 0.06 - 80 * u, 8 * u);
  }
  // The wall screen, centred high, with a bar chart nobody is looking at.
  const sw = Math.min(w * 0.34, 340 * u);
  const sh = sw * 0.5;
  const sx = w * 0.06;
  const sy = h * 0.08;
  g.fillStyle(PALETTE.ink).fillRoundedRect(sx - 6 * u, sy - 6 * u, sw + 12 * u, sh + 12 * u, 6 * u);
  g.fillStyle(PALETTE.navy).fillRect(sx, sy, sw, sh);
  [0.42, 0.6, 0.5, 0.78, 0.66].forEach((height, i) => {
    g.fillStyle(i === 3 ? PALETTE.terracotta : PALETTE.sky).fillRect(
      sx + sw * (0.12 + i * 0.16),
      sy + sh * (0.88 - height * 0.72),
      sw * 0.09,
      sh * height * 0.72,
    );
  });
  g.fillStyle(PALETTE.skirting).fillRect(0, tableTop - 64 * u, w, 4 * u);
}
