import type Phaser from 'phaser';
import type { ProspectView, Scenario } from '../../src/engine/index.ts';
import type { Frames } from '../frames.ts';
import { backdropFor } from './backdrops.ts';
import { fitCamera, layoutSize } from './density.ts';
import { fadeRoomIn } from './entrance.ts';
import { paintLight, paintTable, type RoomLayout, roomLayout } from './office.ts';
import { PALETTE } from './palette.ts';
import { type Expression, expressionOf, POSTURES, paintArms, paintBody, paintHead } from './prospect.ts';

/** The drawn meeting room: call `show` with the view's prospects and who speaks; it redraws on resize by itself. */
export interface RoomView {
  /** `telling`: the speaker is telling a story in a listening window. */
  show(prospects: readonly ProspectView[], speakerId: string | null, telling: boolean): void;
}

export interface RoomOptions {
  /** Blinking and breathing; off when the player asks for reduced motion. */
  readonly idle: boolean;
  /** The room drawn behind the people (office when left out). */
  readonly setting?: Scenario['setting'];
}

interface Figure {
  readonly seated: Phaser.GameObjects.Container;
  readonly body: Phaser.GameObjects.Graphics;
  readonly head: Phaser.GameObjects.Graphics;
  readonly arms: Phaser.GameObjects.Graphics;
  expression: Expression | null;
  breath: number;
}

/** Seconds between two idle beats (a breath in or out); every few beats, a blink. */
const BEAT_MS = 2200;
const BLINK_MS = 140;
/** Head turns (radians) taken in turn, one a beat: mostly still, sometimes a glance aside. */
const HEAD_TURNS = [0, 0.035, 0, -0.025, 0.015, 0] as const;

const DEPTH = { office: 0, seated: 1, table: 2, arms: 3, light: 4, cue: 5 } as const;

/** Width a chair takes at the table, with a little air, in drawing units (the chair is 164). */
const CHAIR_SPAN = 172;

/**
 * Where the n-th of `count` people sits, as a share of the room's width: a panel sits between 40% and
 * 84%, and further left in a narrow room (a phone), where chairs side by side would overlap.
 */
function seatX(index: number, count: number, room: RoomLayout): number {
  if (count <= 1) return 0.6;
  const span = Math.min(0.7, Math.max(0.44, ((count - 1) * CHAIR_SPAN * room.unit) / room.width));
  return 0.84 - span + (index * span) / (count - 1);
}

export function createRoomView(scene: Phaser.Scene, frames: Frames, options: RoomOptions = { idle: false }): RoomView {
  const office = scene.add.graphics().setDepth(DEPTH.office);
  const table = scene.add.graphics().setDepth(DEPTH.table);
  const light = scene.add.graphics().setDepth(DEPTH.light);
  const emptyChair = scene.add.graphics().setDepth(DEPTH.seated);
  const paintBackdrop = backdropFor(options.setting ?? 'office');
  const cue = scene.add.graphics().setDepth(DEPTH.cue);
  const figures: Figure[] = [];
  let people: readonly ProspectView[] = [];
  let speaking: string | null = null;
  let telling = false;
  let shown = '';
  fitCamera(scene);
  const size = layoutSize(scene);
  let room: RoomLayout = roomLayout(size.width, size.height);

  const figure = (index: number): Figure => {
    const existing = figures[index];
    if (existing) return existing;
    const body = scene.add.graphics();
    const head = scene.add.graphics();
    const seated = scene.add.container(0, 0, [body, head]).setDepth(DEPTH.seated);
    const arms = scene.add.graphics().setDepth(DEPTH.arms);
    const created: Figure = { seated, body, head, arms, expression: null, breath: 0 };
    figures[index] = created;
    return created;
  };

  const place = (f: Figure, p: ProspectView, expression: Expression, index: number, animate: boolean) => {
    const u = room.unit;
    const look = p.look;
    const posture = POSTURES[expression];
    const x = room.width * seatX(index, people.length, room);
    const y = room.tableTop + posture.lean * 8 * u + f.breath * u;
    const scale = 1 + posture.lean * 0.04;
    // With reduced motion a new posture is simply there; otherwise the person shifts into it.
    if (animate && options.idle) scene.tweens.add({ targets: f.seated, y, scale, duration: 420, ease: 'Sine.easeInOut' });
    else f.seated.setPosition(x, y).setScale(scale);
    f.seated.x = x;
    scene.tweens.killTweensOf(f.head);
    f.head.setPosition(0, -216 * u + (expression === 'impatient' ? 6 * u : 0)).setRotation(posture.tilt);
    f.arms.setPosition(x, room.tableTop);
    paintHead(f.head, look, expression, u);
    paintArms(f.arms, look, expression, u);
  };

  const draw = (resized: boolean) => {
    frames.awake();
    paintBackdrop(office, room);
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
      const expression = expressionOf(p, telling && p.id === speaking);
      if (resized || f.expression === null) paintBody(f.body, p.look, u);
      if (resized || f.expression !== expression) place(f, p, expression, index, !resized && f.expression !== null);
      f.expression = expression;
    });
    const trust = people.length > 0 ? people.reduce((sum, p) => sum + p.mood.trust, 0) / people.length : 50;
    paintLight(light, room, trust);
    paintCue();
  };

  /** Who is talking: a small speech mark by their head, so a panel is easy to follow and a silence reads as one. */
  const paintCue = () => {
    cue.clear();
    const index = people.findIndex((p) => p.id === speaking);
    if (index < 0) return;
    const u = room.unit;
    // Beside the head, at the height of the mouth's speech bubble in comics, clear of the ceiling.
    const x = room.width * seatX(index, people.length, room) + 66 * u;
    const y = room.tableTop - 262 * u;
    cue.fillStyle(PALETTE.terracotta).fillRoundedRect(x - 22 * u, y - 14 * u, 44 * u, 28 * u, 14 * u);
    cue.fillTriangle(x - 18 * u, y + 4 * u, x - 8 * u, y + 12 * u, x - 28 * u, y + 16 * u);
    cue.fillStyle(PALETTE.paper);
    for (const dx of [-11, 0, 11]) cue.fillCircle(x + dx * u, y, 3.4 * u);
  };

  /**
   * Idle life: each beat everyone breathes in or out by a pixel or two, turns their head a little,
   * now and then blinks, and an impatient person drums on the table. The loop is woken only for the
   * beat's short tweens, so a still room still lets it sleep.
   */
  let beats = 0;
  const beat = () => {
    // An empty room (the debrief's) has no one to breathe: the loop may sleep.
    if (people.length === 0) return;
    beats += 1;
    const u = room.unit;
    frames.awake(BEAT_MS / 2);
    people.forEach((p, index) => {
      const f = figures[index];
      if (!f) return;
      f.breath = f.breath === 0 ? -1.5 : 0;
      const expression = f.expression ?? p.demeanor;
      const y = room.tableTop + POSTURES[expression].lean * 8 * u + f.breath * u;
      scene.tweens.add({ targets: f.seated, y, duration: BEAT_MS / 2 - 100, ease: 'Sine.easeInOut' });
      // A glance to one side and back, never in step with the neighbours.
      const glance = HEAD_TURNS[(beats + index) % HEAD_TURNS.length] ?? 0;
      scene.tweens.add({
        targets: f.head,
        rotation: POSTURES[expression].tilt + glance,
        duration: BEAT_MS / 2 - 100,
        ease: 'Sine.easeInOut',
      });
      if (expression === 'impatient') {
        scene.tweens.add({ targets: f.arms, y: room.tableTop - 3 * u, duration: 90, yoyo: true, repeat: 3 });
      }
      // People blink at different beats, so a panel never blinks in chorus.
      if ((beats + index * 2) % 3 === 0) {
        paintHead(f.head, p.look, expression, u, true);
        scene.time.delayedCall(BLINK_MS, () => paintHead(f.head, p.look, f.expression ?? expression, room.unit));
      }
    });
  };
  if (options.idle) {
    // A DOM timer, not the scene's clock: the scene's clock stops while the loop sleeps, so the
    // beat would never come.
    const timer = setInterval(beat, BEAT_MS);
    scene.events.once('shutdown', () => clearInterval(timer));
  }

  const onResize = () => {
    fitCamera(scene);
    const size = layoutSize(scene);
    room = roomLayout(size.width, size.height);
    draw(true);
  };
  scene.scale.on('resize', onResize);
  scene.events.once('shutdown', () => scene.scale.off('resize', onResize));
  draw(true);
  fadeRoomIn(scene, frames, options.idle);

  return {
    show(prospects, speakerId, isTelling) {
      // Most snapshots change nothing in the room: redraw (and wake the loop) only when who is there, a mood or the speaker shows.
      const key = `${prospects.map((p) => `${p.id}:${p.demeanor}:${p.reaction}:${p.mood.trust}`).join('|')}>${speakerId}:${isTelling}`;
      if (key === shown) return;
      shown = key;
      people = prospects;
      speaking = speakerId;
      telling = isTelling;
      draw(false);
    },
  };
}
