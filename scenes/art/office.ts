import type Phaser from 'phaser';
import { PALETTE } from './palette.ts';

/** Where things stand in a room of a given size; the figures sit behind `tableTop`. */
export interface RoomLayout {
  readonly width: number;
  readonly height: number;
  /** The height the room is composed in, from the top: below it the dialogue box may lie over the canvas. */
  readonly visible: number;
  readonly tableTop: number;
  /** One unit of the drawings: figures and furniture scale with the room. */
  readonly unit: number;
}

/** The room for a canvas of this size, composed in its top `visible` pixels (all of it by default); walls and floor still fill it all. */
export function roomLayout(width: number, height: number, visible = height): RoomLayout {
  const tableTop = Math.round(visible * 0.74);
  return { width, height, visible, tableTop, unit: Math.max(0.3, Math.min(tableTop / 300, width / 600)) };
}

/** Wall, window on the city, a picture, a plant: the office in which the meeting takes place. */
export function paintOffice(g: Phaser.GameObjects.Graphics, room: RoomLayout): void {
  const { width: w, height: h, unit: u } = room;
  g.clear();
  g.fillStyle(PALETTE.wall).fillRect(0, 0, w, h);
  g.fillStyle(PALETTE.wallShade).fillRect(0, room.tableTop - 60 * u, w, 60 * u);
  g.fillStyle(PALETTE.skirting).fillRect(0, room.tableTop - 64 * u, w, 4 * u);

  // The window, on the left: sky, two rows of buildings, a mullion.
  const wx = w * 0.06;
  const wy = h * 0.08;
  const ww = Math.min(w * 0.3, 320 * u);
  const wh = Math.min(h * 0.46, room.tableTop - wy - 90 * u);
  g.fillStyle(PALETTE.frame).fillRect(wx - 8 * u, wy - 8 * u, ww + 16 * u, wh + 16 * u);
  g.fillGradientStyle(PALETTE.sky, PALETTE.sky, PALETTE.skyLow, PALETTE.skyLow, 1).fillRect(wx, wy, ww, wh);
  const blocks = [0.05, 0.22, 0.37, 0.55, 0.7, 0.86];
  blocks.forEach((x, i) => {
    const bh = wh * (0.25 + ((i * 37) % 5) * 0.07);
    g.fillStyle(PALETTE.cityFar).fillRect(wx + ww * x, wy + wh - bh - wh * 0.08, ww * 0.14, bh + wh * 0.08);
  });
  blocks.forEach((x, i) => {
    const bh = wh * (0.15 + ((i * 53) % 4) * 0.06);
    g.fillStyle(PALETTE.city).fillRect(wx + ww * (x + 0.06), wy + wh - bh, ww * 0.12, bh);
  });
  g.fillStyle(PALETTE.frame).fillRect(wx + ww / 2 - 3 * u, wy, 6 * u, wh);
  g.fillRect(wx, wy + wh * 0.45 - 3 * u, ww, 6 * u);

  // A framed print on the right: navy and terracotta shapes.
  const px = w * 0.8;
  const py = h * 0.14;
  const pw = 90 * u;
  const ph = 120 * u;
  if (px + pw < w - 8) {
    g.fillStyle(PALETTE.frame).fillRect(px - 6 * u, py - 6 * u, pw + 12 * u, ph + 12 * u);
    g.fillStyle(PALETTE.paper).fillRect(px, py, pw, ph);
    g.fillStyle(PALETTE.navy).fillCircle(px + pw * 0.42, py + ph * 0.4, pw * 0.24);
    g.fillStyle(PALETTE.terracotta).fillRect(px + pw * 0.2, py + ph * 0.62, pw * 0.6, ph * 0.16);
  }

  // A plant in the corner.
  const plantX = w * 0.93;
  const potTop = room.tableTop - 40 * u;
  g.fillStyle(PALETTE.sageDark).fillEllipse(plantX - 16 * u, potTop - 50 * u, 26 * u, 80 * u);
  g.fillStyle(PALETTE.sage).fillEllipse(plantX + 12 * u, potTop - 44 * u, 24 * u, 70 * u);
  g.fillEllipse(plantX - 2 * u, potTop - 62 * u, 20 * u, 84 * u);
  g.fillStyle(PALETTE.pot).fillRect(plantX - 22 * u, potTop, 44 * u, 40 * u);
}

/** The table in front of everyone, drawn over the figures' laps. */
export function paintTable(g: Phaser.GameObjects.Graphics, room: RoomLayout): void {
  const { width: w, height: h, unit: u, tableTop } = room;
  g.clear();
  g.fillStyle(PALETTE.table).fillRect(0, tableTop, w, h - tableTop);
  g.fillStyle(PALETTE.tableEdge).fillRect(0, tableTop, w, 8 * u);
  g.fillStyle(PALETTE.tableShadow).fillRect(0, tableTop + 8 * u, w, 3 * u);
  // The player's notebook and pen, at the bottom edge.
  const nx = w * 0.16;
  const ny = tableTop + 26 * u;
  g.fillStyle(PALETTE.paper).fillRect(nx, ny, 110 * u, 70 * u);
  g.lineStyle(2 * u, PALETTE.skirting);
  for (let i = 1; i < 4; i++) g.lineBetween(nx + 10 * u, ny + i * 16 * u, nx + 100 * u, ny + i * 16 * u);
  g.fillStyle(PALETTE.navy).fillRect(nx + 120 * u, ny + 6 * u, 8 * u, 60 * u);
}

/**
 * The room's light follows the mood, barely: warmer as trust grows, cooler and greyer as it fades.
 * It is felt more than seen; numbers never appear during play.
 */
export function paintLight(g: Phaser.GameObjects.Graphics, room: RoomLayout, trust: number): void {
  g.clear();
  const warm = trust >= 50;
  const strength = Math.min(1, Math.abs(trust - 50) / 50) * 0.12;
  g.fillStyle(warm ? PALETTE.warmLight : PALETTE.coolLight, strength).fillRect(0, 0, room.width, room.height);
}
