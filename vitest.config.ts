import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'engine',
          include: ['tests/engine/**/*.test.ts', 'tests/content/**/*.test.ts', 'tests/cli/**/*.test.ts'],
          environment: 'node',
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
          // One Chromium at a time: the machine has two cores and WebGL runs in software.
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
