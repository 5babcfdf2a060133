import Phaser from 'phaser';
import { canvasDensity } from '../scenes/art/density.ts';
import { BoardScene } from '../scenes/board-scene.ts';
import { BootScene } from '../scenes/boot-scene.ts';
import { DebriefScene } from '../scenes/debrief-scene.ts';
import type { Loop } from '../scenes/frames.ts';
import { MeetingScene } from '../scenes/meeting-scene.ts';
import { MenuScene } from '../scenes/menu-scene.ts';
import { ProgressScene } from '../scenes/progress-scene.ts';
import { RoomScene } from '../scenes/room-scene.ts';
import type { GameServices } from '../scenes/services.ts';
import { softwareWebGl } from '../scenes/software-gl.ts';
import type { LiveCards } from './ui/live-card.ts';
import { yieldToPage } from './ui/page-turns.ts';

/**
 * Phaser and the scenes: the part of the game the page reaches by a dynamic import, so that the
 * composition root, the catalog and the first menu come before Phaser's long start-up, not after it.
 */
export async function startGame(stage: HTMLElement, services: GameServices): Promise<Phaser.Game> {
  // Phaser's own start-up (evaluating its code, then the game below) is one long task each: the page
  // gets a turn in between, and before the probe of WebGL, which takes a context of its own.
  await yieldToPage();
  // Smooth edges cost little on a GPU but most of each frame where WebGL is drawn in software.
  const antialiasGL = !softwareWebGl(document);
  await yieldToPage();
  const density = () => canvasDensity(window.devicePixelRatio, stage.clientWidth, stage.clientHeight);
  const first = density();
  const game = new Phaser.Game({
    type: Phaser.AUTO,
    parent: stage,
    backgroundColor: '#e9e1d3',
    banner: false,
    autoFocus: false,
    audio: { noAudio: true },
    input: { keyboard: false, mouse: false, touch: false, gamepad: false },
    fps: { limit: 30 },
    render: { antialiasGL },
    // Phaser's own blank, missing and white textures, as files in the build rather than its data:
    // URIs: a learning platform that serves the course under `Content-Security-Policy: default-src
    // 'self'` refuses data: images, and then every texture fails.
    images: { default: 'phaser/default.png', missing: 'phaser/missing.png', white: 'phaser/white.png' },
    // The canvas has `density` pixels to each CSS pixel of the stage (see scenes/art/density.ts); the
    // stage is followed below rather than by Phaser's own RESIZE mode, which draws at one to one.
    scale: {
      mode: Phaser.Scale.NONE,
      width: stage.clientWidth * first,
      height: stage.clientHeight * first,
      zoom: 1 / first,
    },
    // Phaser opens the first scene. With no meeting, replay or introduction due, that is the menu itself: its
    // room is drawn while the catalog downloads, and its choices show the moment the catalog is there
    // (through the boot screen they waited a scene switch more).
    scene: [
      ...(services.requestedScenario || services.requestedReplay || services.introduction.due
        ? [new BootScene(services), new MenuScene(services)]
        : [new MenuScene(services), new BootScene(services)]),
      new MeetingScene(services),
      new DebriefScene(services),
      new BoardScene(services),
      new RoomScene(services),
      new ProgressScene(services),
    ],
  });
  game.events.on('visible', () => services.frames.awake());
  followTheStage(game, stage, density);
  return game;
}

/**
 * Keeps the canvas the size of the stage, at the density of the screen it is on: a resized window,
 * a turned phone, a browser zoom (which changes both the stage's CSS size and the pixel ratio).
 */
function followTheStage(game: Phaser.Game, stage: HTMLElement, density: () => number): void {
  const follow = () => {
    const { clientWidth: width, clientHeight: height } = stage;
    if (width === 0 || height === 0) return;
    const d = density();
    game.scale.setZoom(1 / d);
    game.scale.resize(Math.round(width * d), Math.round(height * d));
    // Phaser sets the canvas's CSS size only when it differs from its pixel size: at density 1 the
    // size of an earlier density would stay.
    game.canvas.style.width = `${width}px`;
    game.canvas.style.height = `${height}px`;
  };
  new ResizeObserver(follow).observe(stage);
}

/** Phaser's loop as the frames see it: it moves while a running scene has a tween or a camera fade. */
export function gameLoop(game: Phaser.Game): Loop {
  return {
    sleep: () => game.loop.sleep(),
    wake: () => game.loop.wake(),
    get frame() {
      return game.loop.frame;
    },
    moving: () =>
      game.scene
        .getScenes(true)
        .some((scene) => scene.tweens.getTweens().length > 0 || scene.cameras.main?.fadeEffect.isRunning === true),
  };
}

/**
 * The live room's card, loaded (and its room opened) from this chunk rather than from the page's:
 * the scenes are always there before it, so the code both use (the discussion card, the strings)
 * stays in the scenes' chunk instead of being split into chunks of its own that every visit loads.
 */
export function loadLiveCards(base: string, storage: Storage | null): Promise<LiveCards> {
  return import('./ui/live-card.ts').then((m) => m.liveCards(base, storage));
}
