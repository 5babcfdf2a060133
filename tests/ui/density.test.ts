import { expect, test } from 'vitest';
import { canvasDensity } from '../../scenes/art/density.ts';

test.each([
  ['a phone of ratio 3, its stage 390 × 287', 3, 390, 287, 3],
  ['a laptop of ratio 1', 1, 1366, 384, 1],
  ['a 4K laptop of ratio 2, its stage 1920 × 540 (4.1 million pixels)', 2, 1920, 540, 2],
  // 3 would be 5760 × 1620, 9.3 million pixels: the density that gives 3840 × 2160 in all.
  ['ratio 3 on a 1920 × 540 stage, held to 8.3 million pixels', 3, 1920, 540, Math.sqrt((3840 * 2160) / (1920 * 540))],
  ['a ratio of 4, held to 3', 4, 300, 200, 3],
  ['a browser zoomed out (ratio 0.5) still draws one pixel a pixel', 0.5, 800, 600, 1],
  ['no ratio known', 0, 800, 600, 1],
])('%s', (_, ratio, width, height, density) => {
  expect(canvasDensity(ratio, width, height)).toBeCloseTo(density, 6);
});
