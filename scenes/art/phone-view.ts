import type Phaser from 'phaser';
import type { Demeanor, Lang, ProspectView } from '../../src/engine/index.ts';
import type { Frames } from '../frames.ts';
import { densityOf, fitCamera, layoutSize, roomShare } from './density.ts';
import { fadeRoomIn } from './entrance.ts';
import { paintLight, paintOffice, paintTable, type RoomLayout, roomLayout } from './office.ts';
import { PALETTE } from './palette.ts';
import type { Stage } from './pose.ts';
import type { RoomOptions, RoomView } from './room-view.ts';

/**
 * How a voice sounds on the line, since there is no face to read on a call: the height of the waveform
 * and how restless it is. A closed caller goes flat and short; an impatient one speaks fast and loud.
 */
const VOICE: Readonly<Record<Demeanor, { readonly loud: number; readonly pace: number }>> = {
  neutral: { loud: 0.55, pace: 1 },
  interested: { loud: 0.8, pace: 1.2 },
  doubtful: { loud: 0.45, pace: 0.7 },
  impatient: { loud: 0.95, pace: 2 },
  closed: { loud: 0.2, pace: 0.5 },
};

const BARS = 21;

/**
 * Where the call stands: ringing until the caller first speaks, live, then ended once they hang up
 * (the `hangs-up` gesture) or the meeting is over, when the screen goes quiet.
 */
type CallState = 'ringing' | 'live' | 'ended';

/** What the phone's screen says, as a phone says it. */
const CALL_WORDS: Readonly<Record<Exclude<CallState, 'live'>, Record<Lang, string>>> = {
  ringing: { fr: 'Appel entrant', en: 'Incoming call' },
  ended: { fr: 'Appel terminé', en: 'Call ended' },
};

/** The face of the game's text, bundled with it (see src/main.ts). */
const FONT = '"Atkinson Hyperlegible", system-ui, sans-serif';
/** Below this size (in pixels) a word on the phone would be a smudge: the role is left out, the name kept at it. */
const SMALLEST_TEXT = 10;

/**
 * The phone call: the player's own desk and, propped on it, the phone showing who calls (their name
 * and role, as a phone does) and their voice as a waveform that moves while they speak.
 */
export function createPhoneView(scene: Phaser.Scene, frames: Frames, options: RoomOptions = { idle: false }): RoomView {
  const office = scene.add.graphics();
  const table = scene.add.graphics();
  const phone = scene.add.graphics();
  const wave = scene.add.graphics();
  const textStyle = { fontFamily: FONT, color: '#fbf8f2', align: 'center' } as const;
  const name = scene.add.text(0, 0, '', { ...textStyle, fontStyle: 'bold' }).setOrigin(0.5, 0);
  const role = scene.add.text(0, 0, '', textStyle).setOrigin(0.5, 0).setAlpha(0.8);
  const status = scene.add.text(0, 0, '', textStyle).setOrigin(0.5, 0).setAlpha(0.9);
  const light = scene.add.graphics();
  fitCamera(scene);
  const size = layoutSize(scene);
  let room: RoomLayout = roomLayout(size.width, size.height, size.height * roomShare(scene));
  let caller: ProspectView | null = null;
  let speaking = false;
  let call: CallState = 'ringing';
  /** How the call ended, which the quiet screen still shows: a warm ring after an advance, grey after a lost one. */
  let outcome: Stage['closing'] = null;
  let lang: Lang = 'fr';
  let shown = '';
  const voice = { phase: 0 };
  let tween: Phaser.Tweens.Tween | null = null;

  const screen = () => {
    const u = room.unit;
    const h = Math.min(300 * u, room.tableTop * 0.9);
    const w = h * 0.52;
    return { x: room.width * 0.6 - w / 2, y: room.tableTop - h + 24 * u, w, h, u };
  };

  const paintPhone = () => {
    const s = screen();
    phone.clear();
    // The stand, then the handset and its dark screen.
    phone.fillStyle(PALETTE.tableShadow).fillRoundedRect(s.x + s.w * 0.2, s.y + s.h - 10 * s.u, s.w * 0.6, 22 * s.u, 6 * s.u);
    phone.fillStyle(PALETTE.ink).fillRoundedRect(s.x - 6 * s.u, s.y - 6 * s.u, s.w + 12 * s.u, s.h + 12 * s.u, 26 * s.u);
    phone.fillStyle(PALETTE.navy).fillRoundedRect(s.x, s.y, s.w, s.h, 20 * s.u);
    // The caller as a silhouette: on a call there is no expression to read. A ring while they speak,
    // a wider pale one while the phone rings.
    const cx = s.x + s.w / 2;
    const cy = s.y + s.h * 0.22;
    const r = s.w * 0.24;
    if (call === 'ringing') phone.fillStyle(PALETTE.sage, 0.45).fillCircle(cx, cy, r + 16 * s.u);
    if (call === 'live' && speaking) phone.fillStyle(PALETTE.terracotta).fillCircle(cx, cy, r + 8 * s.u);
    if (call === 'ended' && outcome === 'advance') phone.fillStyle(PALETTE.sage, 0.5).fillCircle(cx, cy, r + 6 * s.u);
    phone.fillStyle(call !== 'ended' ? PALETTE.sage : outcome === 'lost' ? PALETTE.ink : PALETTE.chair).fillCircle(cx, cy, r);
    phone.fillStyle(PALETTE.paper, call === 'ended' ? 0.4 : 0.85).fillCircle(cx, cy - r * 0.2, r * 0.36);
    phone.fillEllipse(cx, cy + r * 0.62, r * 1.1, r * 0.7);
    // The button: green to answer while it rings, red to end a live call (the meeting decides that,
    // never the player), none once the call is over.
    if (call === 'ringing') phone.fillStyle(PALETTE.sage).fillCircle(cx, s.y + s.h * 0.86, s.w * 0.1);
    if (call === 'live') phone.fillStyle(PALETTE.terracotta).fillCircle(cx, s.y + s.h * 0.86, s.w * 0.1);
  };

  /** Who calls, under the silhouette; wrapped to the screen, and the role only where it can be read. */
  const paintCaller = () => {
    const s = screen();
    const size = Math.max(SMALLEST_TEXT, s.w * 0.1);
    const x = s.x + s.w / 2;
    // Letters drawn at the canvas's density, like the lines: the camera magnifies them.
    const sharp = densityOf(scene);
    name
      .setResolution(sharp)
      .setText(caller?.name ?? '')
      .setFontSize(size)
      .setWordWrapWidth(s.w * 0.9)
      .setPosition(x, s.y + s.h * 0.37);
    const roleSize = s.w * 0.065;
    role
      .setResolution(sharp)
      .setText(caller && roleSize >= SMALLEST_TEXT ? caller.role : '')
      .setFontSize(Math.max(SMALLEST_TEXT, roleSize))
      .setWordWrapWidth(s.w * 0.9)
      .setPosition(x, name.y + name.height + 2 * s.u);
    status
      .setResolution(sharp)
      .setText(call === 'live' ? '' : CALL_WORDS[call][lang])
      .setFontSize(Math.max(SMALLEST_TEXT, s.w * 0.075))
      .setWordWrapWidth(s.w * 0.9)
      .setPosition(x, s.y + s.h * 0.62);
  };

  /** The voice: bars that move with the caller's words, and lie almost flat while the line is quiet; none unless the call is live. */
  const paintWave = () => {
    const s = screen();
    wave.clear();
    if (call !== 'live') return;
    const { loud: voiceLoud, pace } = VOICE[caller?.demeanor ?? 'neutral'];
    const loud = speaking ? voiceLoud : 0.08;
    const top = s.y + s.h * 0.58;
    const band = s.h * 0.18;
    const step = (s.w * 0.8) / BARS;
    wave.fillStyle(PALETTE.paper, 0.9);
    for (let i = 0; i < BARS; i++) {
      const swing = Math.abs(Math.sin(i * 0.9 + voice.phase * pace) * Math.cos(i * 0.37 - voice.phase));
      const height = Math.max(3 * s.u, band * loud * (0.25 + 0.75 * swing));
      wave.fillRoundedRect(s.x + s.w * 0.1 + i * step, top + (band - height) / 2, step * 0.55, height, step * 0.25);
    }
  };

  const draw = () => {
    frames.awake();
    paintOffice(office, room);
    paintTable(table, room);
    paintPhone();
    paintCaller();
    paintWave();
    paintLight(light, room, caller?.mood.trust ?? 50);
  };

  /**
   * The voice moves for a moment when the caller starts speaking or their mood changes, then rests so
   * the loop can sleep. With reduced motion it is drawn once, mid-word.
   */
  const speak = () => {
    tween?.stop();
    if (!options.idle || !speaking || call !== 'live') {
      voice.phase = 3;
      paintWave();
      return;
    }
    voice.phase = 0;
    tween = scene.tweens.add({ targets: voice, phase: 6, duration: 1800, ease: 'Sine.easeOut', onUpdate: paintWave });
    frames.awake(1900);
  };

  const onResize = () => {
    fitCamera(scene);
    const size = layoutSize(scene);
    room = roomLayout(size.width, size.height, size.height * roomShare(scene));
    draw();
  };
  scene.scale.on('resize', onResize);
  scene.events.once('shutdown', () => {
    scene.scale.off('resize', onResize);
    tween?.stop();
  });
  // The bundled face may arrive after the first drawing; the name is then set again in it.
  document.fonts?.ready.then(() => {
    if (name.active) draw();
  });
  draw();
  fadeRoomIn(scene, frames, options.idle);

  return {
    show(stage: Stage) {
      const next = stage.people[0] ?? null;
      const talking = next !== null && next.id === stage.speakerId && stage.speaks;
      // The call connects when the caller first speaks and ends when they hang up or the meeting does.
      if (stage.closing !== null || (talking && stage.gesture === 'hangs-up')) call = 'ended';
      else if (talking && call === 'ringing') call = 'live';
      outcome = stage.closing;
      const key = next ? `${next.demeanor}:${next.mood.trust}:${talking}:${call}:${outcome}:${stage.lang}` : '';
      if (key === shown) return;
      shown = key;
      caller = next;
      speaking = talking;
      lang = stage.lang;
      draw();
      speak();
    },
  };
}
