import type Phaser from 'phaser';

/**
 * How many device pixels the canvas draws for each CSS pixel. A phone has three to each: drawn at
 * one, the people are smudged beside the crisp text of the page. The scenes lay everything out in
 * CSS pixels and their camera magnifies by the density, so no drawing needs to know about it.
 */

/** The sharpest the canvas is drawn: three device pixels to a CSS pixel, as the densest phones have. */
export const MOST_DENSITY = 3;
/** At most this many device pixels in all (a 4K screen): past it every frame costs a phone's GPU, or software WebGL, too much. */
export const MOST_PIXELS = 3840 * 2160;

/** Device pixels per CSS pixel for a canvas of this CSS size on a screen of this pixel ratio. */
export function canvasDensity(devicePixelRatio: number, width: number, height: number): number {
  const wanted = Math.min(Math.max(devicePixelRatio || 1, 1), MOST_DENSITY);
  const fits = Math.sqrt(MOST_PIXELS / Math.max(width * height, 1));
  return Math.max(1, Math.min(wanted, fits));
}

/** The game's density, as the scale manager holds it: its zoom shows the canvas at 1/density of its pixels. */
export function densityOf(scene: Phaser.Scene): number {
  return 1 / scene.scale.zoom;
}

/** The size of the scene in CSS pixels, the units every drawing is laid out in. */
export function layoutSize(scene: Phaser.Scene): { width: number; height: number } {
  return { width: scene.scale.width * scene.scale.zoom, height: scene.scale.height * scene.scale.zoom };
}

/** The scene's camera magnifies CSS pixels to the canvas's, from the top left corner. */
export function fitCamera(scene: Phaser.Scene): void {
  scene.cameras.main.setOrigin(0, 0).setZoom(densityOf(scene));
}

/**
 * The share of the canvas's height the room is composed in: the page's layout says it (the CSS
 * property `--room-visible` on the stage), since only the layout knows how far the dialogue box
 * lies over the canvas's foot. All of it when the layout says nothing.
 */
export function roomShare(scene: Phaser.Scene): number {
  const stage = scene.game.canvas.parentElement;
  const share = stage ? Number.parseFloat(getComputedStyle(stage).getPropertyValue('--room-visible')) : Number.NaN;
  return Number.isFinite(share) ? Math.min(1, Math.max(0.3, share)) : 1;
}
