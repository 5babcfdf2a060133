import type Phaser from 'phaser';
import type { MeetingPlace, ProspectView } from '../../src/engine/index.ts';
import type { Frames } from '../frames.ts';
import { backdropFor } from './backdrops.ts';
import { fitCamera, layoutSize, roomShare } from './density.ts';
import { fadeRoomIn } from './entrance.ts';
import { paintLight, paintTable, type RoomLayout, roomLayout } from './office.ts';
import { PALETTE } from './palette.ts';
import { type Pose, poseOf, type Stage, standsIn } from './pose.ts';
import { paintArms, paintBody, paintHead } from './prospect.ts';

/** The drawn meeting room: call `show` with the stage of each moment; it redraws on resize by itself. */
export interface RoomView {
  show(stage: Stage): void;
}

export interface RoomOptions {
  /** Blinking, breathing and people walking in and out; off when the player asks for reduced motion. */
  readonly idle: boolean;
  /** Where the meeting begins (office when left out); the stage moves it to a corridor or a lift. */
  readonly setting?: MeetingPlace;
}

interface Figure {
  readonly person: ProspectView;
  readonly seated: Phaser.GameObjects.Container;
  readonly body: Phaser.GameObjects.Graphics;
  readonly head: Phaser.GameObjects.Graphics;
  readonly arms: Phaser.GameObjects.Graphics;
  /** The pose drawn, so a redraw happens only when it changes. */
  pose: Pose | null;
  breath: number;
}

/** Seconds between two idle beats (a breath in or out); every few beats, a blink. */
const BEAT_MS = 2200;
const BLINK_MS = 140;
/** Lips open and close at this pace while someone speaks, for about this long per character said. */
const LIPS_MS = 170;
const LIPS_PER_CHARACTER_MS = 45;
const LIPS_MOST_MS = 5000;
/** How long it takes to walk in from the door, or out of it. */
const WALK_MS = 650;
/** Head turns (radians) taken in turn, one a beat: mostly still, sometimes a glance aside. */
const HEAD_TURNS = [0, 0.035, 0, -0.025, 0.015, 0] as const;
/** A standing person's legs, from the waist to the floor, and the top of their hair above the waist, in drawing units. */
const LEGS = 120;
const HEAD_TOP = 270;

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
  const cue = scene.add.graphics().setDepth(DEPTH.cue);
  const figures = new Map<string, Figure>();
  /** Those who walked out at the end: a redraw (a resize) does not bring them back. */
  const departed = new Set<string>();
  let stage: Stage = {
    people: [],
    speakerId: null,
    telling: false,
    speaks: false,
    spoken: 0,
    gesture: null,
    place: options.setting ?? 'office',
    closing: null,
    lang: 'fr',
  };
  let painted: MeetingPlace | null = null;
  let shown = '';
  let first = true;
  fitCamera(scene);
  const size = layoutSize(scene);
  let room: RoomLayout = roomLayout(size.width, size.height, size.height * roomShare(scene));
  const moving = options.idle;

  /**
   * Where a person's waist is and how large they are drawn: seated, at the table's edge; standing,
   * their feet on the floor near the bottom of the room, a little smaller so the head stays in view.
   */
  const placement = (pose: Pose, breath: number) => {
    const u = room.unit;
    if (!pose.standing) {
      return { y: room.tableTop + pose.lean * 8 * u + breath * u, scale: 1 + pose.lean * 0.04 };
    }
    const floor = room.visible - 6 * u;
    const scale = Math.min(0.9, (floor - 8) / ((HEAD_TOP + LEGS) * u));
    return { y: floor - LEGS * u * scale + breath * u, scale };
  };

  const seatOf = (id: string) => {
    const index = stage.people.findIndex((p) => p.id === id);
    return room.width * seatX(Math.max(0, index), stage.people.length, room);
  };

  /** Around a table, those listening look at whoever of them speaks; when the player speaks, at the player. */
  const lookingAtSpeaker = (id: string, pose: Pose): Pose => {
    const speaker = stage.speakerId;
    if (pose.face !== 'listening' || !speaker || speaker === id || !stage.people.some((p) => p.id === speaker)) return pose;
    return { ...pose, gaze: { x: Math.sign(seatOf(speaker) - seatOf(id)) * 3, y: 0 } };
  };

  const createFigure = (person: ProspectView): Figure => {
    const body = scene.add.graphics();
    const head = scene.add.graphics();
    const arms = scene.add.graphics();
    // The arms are a layer of their own, drawn over the table.
    const seated = scene.add.container(0, 0, [body, head]).setDepth(DEPTH.seated);
    arms.setDepth(DEPTH.arms);
    return { person, seated, body, head, arms, pose: null, breath: 0 };
  };

  const paintFigure = (f: Figure, pose: Pose, resized: boolean) => {
    const u = room.unit;
    if (!resized && f.pose !== null && JSON.stringify(f.pose) === JSON.stringify(pose)) return;
    const bodyChanged = resized || f.pose === null || f.pose.standing !== pose.standing;
    if (bodyChanged) paintBody(f.body, f.person.look, u, pose.standing ? LEGS : null);
    paintHead(f.head, f.person.look, pose, u);
    paintArms(f.arms, f.person.look, pose.arms, u);
    scene.tweens.killTweensOf(f.head);
    f.head.setPosition(0, -216 * u + (pose.face === 'impatient' ? 6 * u : 0)).setRotation(pose.tilt);
    f.pose = pose;
  };

  /** Moves a figure to where its pose puts it: at once, or shifting into it. */
  const settle = (f: Figure, pose: Pose, animate: boolean) => {
    const x = seatOf(f.person.id);
    const { y, scale } = placement(pose, f.breath);
    if (animate && moving) {
      scene.tweens.add({ targets: [f.seated, f.arms], x, y, scale, duration: 420, ease: 'Sine.easeInOut' });
    } else {
      f.seated.setPosition(x, y).setScale(scale);
      f.arms.setPosition(x, y).setScale(scale);
    }
    playMotion(f, pose);
  };

  /** A nod (the head dips twice) or a sigh (the shoulders drop and rise): played once, never under reduced motion. */
  const playMotion = (f: Figure, pose: Pose) => {
    if (!moving || pose.motion === 'none') return;
    const u = room.unit;
    frames.awake(900);
    if (pose.motion === 'nod') {
      scene.tweens.add({ targets: f.head, y: f.head.y + 7 * u, duration: 160, yoyo: true, repeat: 1, ease: 'Sine.easeInOut' });
    } else {
      scene.tweens.add({ targets: [f.seated, f.arms], y: `+=${5 * u}`, duration: 380, yoyo: true, ease: 'Sine.easeInOut' });
    }
  };

  /**
   * The speaker's lips move while they say their words (about the time the line takes to read
   * aloud), closing between syllables; a speaking face only, and never under reduced motion.
   */
  let lips: Phaser.Tweens.Tween | null = null;
  const moveLips = () => {
    lips?.stop();
    lips = null;
    const f = stage.speakerId ? figures.get(stage.speakerId) : undefined;
    const pose = f?.pose;
    if (!moving || !f || !pose || pose.face !== 'speaking' || !stage.speaks) return;
    const duration = Math.min(LIPS_MOST_MS, stage.spoken * LIPS_PER_CHARACTER_MS);
    const beat = { t: 0 };
    let shut = false;
    lips = scene.tweens.add({
      targets: beat,
      t: duration,
      duration,
      onUpdate: () => {
        const now = Math.floor(beat.t / LIPS_MS) % 2 === 1;
        if (now === shut || f.pose !== pose) return;
        shut = now;
        paintHead(f.head, f.person.look, shut ? { ...pose, face: 'listening' } : pose, room.unit);
      },
      onComplete: () => {
        if (f.pose === pose) paintHead(f.head, f.person.look, pose, room.unit);
      },
    });
    frames.awake(duration + 100);
  };

  /** Someone comes in from the door on the left and takes their place; with reduced motion they are simply there. */
  const walkIn = (f: Figure, pose: Pose) => {
    settle(f, pose, false);
    if (!moving || first) return;
    const x = f.seated.x;
    f.seated.setX(-120 * room.unit).setAlpha(0);
    f.arms.setX(-120 * room.unit).setAlpha(0);
    scene.tweens.add({ targets: [f.seated, f.arms], x, alpha: 1, duration: WALK_MS, ease: 'Sine.easeOut' });
    frames.awake(WALK_MS + 100);
  };

  /** Someone leaves by the door on the left; the figure is gone once out of sight. */
  const walkOut = (f: Figure) => {
    figures.delete(f.person.id);
    const gone = () => {
      f.seated.destroy();
      f.arms.destroy();
    };
    if (!moving) return gone();
    scene.tweens.killTweensOf([f.seated, f.arms, f.head]);
    scene.tweens.add({
      targets: [f.seated, f.arms],
      x: -160 * room.unit,
      alpha: 0,
      duration: WALK_MS,
      ease: 'Sine.easeIn',
      onComplete: gone,
    });
    frames.awake(WALK_MS + 100);
  };

  const draw = (resized: boolean) => {
    frames.awake();
    if (resized || painted !== stage.place) {
      backdropFor(stage.place)(office, room);
      painted = stage.place;
    }
    // In a corridor or a lift there is no table: people stand in front of the wall.
    if (standsIn(stage.place)) table.clear();
    else paintTable(table, room);
    const u = room.unit;
    emptyChair.clear();
    const present = new Set(stage.people.map((p) => p.id));
    for (const f of [...figures.values()]) if (!present.has(f.person.id)) walkOut(f);
    for (const person of stage.people) {
      const pose = lookingAtSpeaker(person.id, poseOf(person, stage));
      if (pose.leaving && departed.has(person.id)) continue;
      const existing = figures.get(person.id);
      const f = existing ?? createFigure(person);
      if (!existing) figures.set(person.id, f);
      paintFigure(f, pose, resized || !existing);
      if (!existing) walkIn(f, pose);
      else settle(f, pose, !resized);
      if (pose.leaving) {
        departed.add(person.id);
        walkOut(f);
      }
    }
    // An empty room shows an empty chair; so does the seat of one who walked out at the end.
    const chairAt = (x: number) =>
      emptyChair.fillStyle(PALETTE.chair).fillRoundedRect(x - 82 * u, room.tableTop - 250 * u, 164 * u, 270 * u, 26 * u);
    if (!standsIn(stage.place)) {
      if (stage.people.length === 0) chairAt(room.width * 0.6);
      for (const id of departed) if (stage.people.some((p) => p.id === id)) chairAt(seatOf(id));
    }
    const people = stage.people.filter((p) => figures.has(p.id));
    const trust = people.length > 0 ? people.reduce((sum, p) => sum + p.mood.trust, 0) / people.length : 50;
    paintLight(light, room, trust);
    paintCue();
  };

  /**
   * Who is talking: a small speech mark by their head, so a panel is easy to follow. Only for words:
   * a silence written as a direction ("(Sonia says nothing.)") shows no mark.
   */
  const paintCue = () => {
    cue.clear();
    if (!stage.speaks || stage.closing === 'lost') return;
    const f = stage.speakerId ? figures.get(stage.speakerId) : undefined;
    if (!f?.pose) return;
    const u = room.unit;
    // Beside the head, at the height of the mouth's speech bubble in comics, clear of the ceiling.
    const x = seatOf(f.person.id) + 66 * u;
    const { y: waist, scale } = placement(f.pose, 0);
    const y = waist - 262 * u * scale;
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
    if (figures.size === 0) return;
    beats += 1;
    const u = room.unit;
    frames.awake(BEAT_MS / 2);
    [...figures.values()].forEach((f, index) => {
      const pose = f.pose;
      if (!pose || pose.leaving) return;
      f.breath = f.breath === 0 ? -1.5 : 0;
      scene.tweens.add({
        targets: f.seated,
        y: placement(pose, f.breath).y,
        duration: BEAT_MS / 2 - 100,
        ease: 'Sine.easeInOut',
      });
      // A glance to one side and back, never in step with the neighbours.
      const glance = HEAD_TURNS[(beats + index) % HEAD_TURNS.length] ?? 0;
      scene.tweens.add({ targets: f.head, rotation: pose.tilt + glance, duration: BEAT_MS / 2 - 100, ease: 'Sine.easeInOut' });
      if (pose.face === 'impatient' && !pose.standing) {
        scene.tweens.add({ targets: f.arms, y: room.tableTop - 3 * u, duration: 90, yoyo: true, repeat: 3 });
      }
      // People blink at different beats, so a panel never blinks in chorus.
      if ((beats + index * 2) % 3 === 0) {
        paintHead(f.head, f.person.look, pose, u, true);
        scene.time.delayedCall(BLINK_MS, () => {
          if (f.pose) paintHead(f.head, f.person.look, f.pose, room.unit);
        });
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
    room = roomLayout(size.width, size.height, size.height * roomShare(scene));
    draw(true);
  };
  scene.scale.on('resize', onResize);
  scene.events.once('shutdown', () => scene.scale.off('resize', onResize));
  draw(true);
  fadeRoomIn(scene, frames, options.idle);

  return {
    show(next) {
      // Most snapshots change nothing in the room: redraw (and wake the loop) only when what is drawn changes.
      const people = next.people.map((p) => `${p.id}:${p.demeanor}:${p.reaction}:${p.mood.trust}`).join('|');
      const key = `${people}>${next.speakerId}:${next.telling}:${next.speaks}:${next.spoken}:${next.gesture}:${next.place}:${next.closing}`;
      if (key === shown) return;
      shown = key;
      const newWords = next.speaks && (next.spoken !== stage.spoken || next.speakerId !== stage.speakerId || !stage.speaks);
      stage = next;
      draw(false);
      if (newWords) moveLips();
      // Those in the room when the player arrives are already seated; later arrivals walk in.
      first = false;
    },
  };
}
