import { resolve } from 'node:path';
import { build } from 'vite';
import { phaserBuild } from '../vite.config.ts';

/** Where the benchmark builds: its own directories, never the shared dist/ that the tests serve. */
export const OUT = {
  game: resolve('bench/.out/game'),
  blank: resolve('bench/.out/blank'),
} as const;

/**
 * The game, built by its own vite.config.ts (service worker and all) into the bench's directory, with
 * Vite's manifest, which tells the bundle figures which file each source module became.
 */
export async function buildGame(outDir = OUT.game): Promise<void> {
  await build({
    configFile: resolve('vite.config.ts'),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, manifest: true },
  });
}

/**
 * The blank Phaser page, built with the game's build options (target, Phaser in a chunk of its own,
 * the same selection of Phaser's modules) so that the difference between the two is the game's own
 * code and nothing else.
 */
export async function buildBlank(outDir = OUT.blank): Promise<void> {
  await build({
    configFile: false,
    root: resolve('bench/blank-phaser'),
    base: './',
    logLevel: 'warn',
    // The same Phaser the game ships (its own selection of Phaser's modules, see vite.config.ts).
    plugins: [phaserBuild()],
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      chunkSizeWarningLimit: 1600,
      rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'phaser', test: /node_modules[\\/]phaser/ }] } } },
    },
  });
}
