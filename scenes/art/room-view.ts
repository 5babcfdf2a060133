import type Phaser from 'phaser';
import type { Demeanor, ProspectView } from '../../src/engine/index.ts';
import type { Frames } from '../frames.ts';
import { paintLight, paintOffice, paintTable, type RoomLayout, roomLayout } from './office.ts';
import { LOOKS, PALETTE } from './palette.ts';
import { POSTURES, paintArms, paintBody, paintHead } from './prospect.ts';

/** The drawn meeting room: call `show` with the view's prospects; it redraws on resize by itself. */
export interface RoomView {
  show(prospects: readonly ProspectView[]): void;
}

interface Figure {
  readonly seated: Phaser.GameObjects.Container;
  readonly body: Phaser.GameObjects.Graphics;
  readonly head: Phaser.GameObjects.Graphics;
  readonly arms: Phaser.GameObjects.Graphics;
  demeanor: Demeanor | null;
}

const DEPTH = { office: 0, seated: 1, table: 2, arms: 3, light: 4 } as const;

/** Where the n-th of `count` people sits, as a share of the room's width. */
function seatX(index: number, count: number): number {
  return count <= 1 ? 0.6 : 0.4 + (index * 0.44) / (count - 1);
}

export function createRoomView(scene: Phaser.Scene, frames: Frames): RoomView {
  const office = scene.add.graphics().setDepth(DEPTH.office);
  const table = scene.add.graphics().setDepth(DEPTH.table);
  const light = scene.add.graphics().setDepth(DEPTH.light);
  const emptyChair = scene.add.graphics().setDepth(DEPTH.seated);
  const figures: Figure[] = [];
  let people: readonly ProspectView[] = [];
  let shown = '';
  let room: RoomLayout = roomLayout(scene.scale.width, scene.scale.height);

  const figure = (index: number): Figure => {
    const existing = figures[index];
    if (existing) return existing;
    const body = scene.add.graphics();
    const head = scene.add.graphics();
    const seated = scene.add.container(0, 0, [body, head]).setDepth(DEPTH.seated);
    const arms = scene.add.graphics().setDepth(DEPTH.arms);
    const created: Figure = { seated, body, head, arms, demeanor: null };
    figures[index] = created;
    return created;
  };

  const place = (f: Figure, p: ProspectView, index: number, animate: boolean) => {
    const u = room.unit;
    const look = LOOKS[index % LOOKS.length] ?? LOOKS[0];
    const posture = POSTURES[p.demeanor];
    const x = room.width * seatX(index, people.length);
    const y = room.tableTop + posture.lean * 8 * u;
    const scale = 1 + posture.lean * 0.04;
    if (animate) scene.tweens.add({ targets: f.seated, y, scale, duration: 420, ease: 'Sine.easeInOut' });
    else f.seated.setPosition(x, y).setScale(scale);
    f.seated.x = x;
    f.head.setPosition(0, -216 * u + (p.demeanor === 'impatient' ? 6 * u : 0)).setRotation(posture.tilt);
    f.arms.setPosition(x, room.tableTop);
    paintHead(f.head, look, p.demeanor, u);
    paintArms(f.arms, look, p.demeanor, u);
  };

  const draw = (resized: boolean) => {
    frames.awake();
    paintOffice(office, room);
    paintTable(table, room);
    const u = room.unit;
    emptyChair.clear();
    if (people.length === 0) {
      emptyChair
        .fillStyle(PALETTE.chair)
        .fillRoundedRect(room.width * 0.6 - 82 * u, room.tableTop - 250 * u, 164 * u, 270 * u, 26 * u);
    }
    people.forEach((p, index) => {
      const f = figure(index);
      const look = LOOKS[index % LOOKS.length] ?? LOOKS[0];
      if (resized || f.demeanor === null) paintBody(f.body, look, u);
      if (resized || f.demeanor !== p.demeanor) place(f, p, index, !resized && f.demeanor !== null);
      f.demeanor = p.demeanor;
    });
    const trust = people.length > 0 ? people.reduce((sum, p) => sum + p.mood.trust, 0) / people.length : 50;
    paintLight(light, room, trust);
  };

  const onResize = (size: Phaser.Structs.Size) => {
    room = roomLayout(size.width, size.height);
    draw(true);
  };
  scene.scale.on('resize', onResize);
  scene.events.once('shutdown', () => scene.scale.off('resize', onResize));
  draw(true);

  return {
    show(prospects) {
      // Most snapshots change nothing in the room: redraw (and wake the loop) only when a mood shows.
      const key = prospects.map((p) => `${p.demeanor}:${p.mood.trust}`).join('|');
      if (key === shown) return;
      shown = key;
      people = prospects;
      draw(false);
    },
  };
}
