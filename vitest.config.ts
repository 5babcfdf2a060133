import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/e2e/**'],
          environment: 'node',
          // Both cores: Vitest's default leaves one free, and these tests are CPU-bound.
          maxWorkers: 2,
          // A guard against hangs, not a timing goal: play-throughs of every scenario take seconds on
          // a busy two-core machine, more than the 5 s default.
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          // One Chromium per worker, started before the files; each file connects to it (tests/e2e/browser.ts).
          globalSetup: ['tests/e2e/global-browser.ts'],
          // Two files at a time, each worker with its own browser (so its own GPU process, where WebGL
          // is drawn in software): one file alone leaves the second core idle for about half its run.
          maxWorkers: 2,
          // Guards against hangs on a loaded machine, not timing goals.
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
