import type Phaser from 'phaser';
import type { Frames } from '../frames.ts';
import { PALETTE } from './palette.ts';

const FADE_MS = 320;

/**
 * The room comes up out of its wall colour as the player enters, rather than appearing at once: the
 * transition between screens. Nothing fades with reduced motion (`moving` false).
 */
export function fadeRoomIn(scene: Phaser.Scene, frames: Frames, moving: boolean): void {
  if (!moving) return;
  const wall = PALETTE.wall;
  scene.cameras.main.fadeIn(FADE_MS, (wall >> 16) & 0xff, (wall >> 8) & 0xff, wall & 0xff);
  frames.awake(FADE_MS + 200);
}
