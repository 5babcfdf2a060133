import { describe, expect, test } from 'vitest';
import { pageAssets, staticImports } from '../../src/measure/bundle.ts';
import { atLeast, atMost, info, kib, missed, ms, table } from '../../src/measure/report.ts';

describe('what the benchmark counts as the first load', () => {
  test('static imports are followed, dynamic imports are not', () => {
    const code =
      'import{r as e}from"./schema-Qu4.js";import"./side-effect.js";const d=()=>import("./dialogues-py.js");export{e}from "./re-export.js";';
    expect(staticImports(code)).toEqual(['./schema-Qu4.js', './side-effect.js', './re-export.js']);
  });

  test('the page’s scripts, module preloads and style sheets, not its icons, manifest or other origins', () => {
    const html = `
      <link rel="icon" type="image/svg+xml" href="./icons/icon.svg" />
      <script type="module" crossorigin src="./assets/index-B.js"></script>
      <link rel="modulepreload" crossorigin href="./assets/phaser-C.js">
      <link rel="stylesheet" crossorigin href="./assets/index-D.css">
      <link rel="manifest" href="./manifest.webmanifest"><script id="sw" src="./registerSW.js"></script>
      <script src="https://example.org/tracker.js"></script>`;
    expect(pageAssets(html)).toEqual(['assets/index-B.js', 'assets/phaser-C.js', 'assets/index-D.css', 'registerSW.js']);
  });
});

describe('the benchmark’s table', () => {
  test('a figure is judged against its bound, inclusive; a figure without a target is never missed', () => {
    const rows = [
      atMost('JS above the blank page', 60 * 1024, 60 * 1024, kib),
      atMost('p95', 50.5, 50, ms),
      atLeast('Lighthouse', 94, 95, String),
      info('context', '12 ms'),
    ];
    expect(rows.map((r) => r.ok)).toEqual([true, false, false, null]);
    expect(missed(rows).map((r) => r.figure)).toEqual(['p95', 'Lighthouse']);
    expect(rows[1]).toMatchObject({ value: '51 ms', target: '≤ 50 ms' });
  });

  test('the table has a header, a rule and one aligned line per figure, with the missed ones marked', () => {
    const lines = table([atMost('a', 2, 1, String), info('longer figure', 'x')]).split('\n');
    expect(lines).toEqual([
      '| Figure        | Value | Target | Met |',
      '| ------------- | ----- | ------ | --- |',
      '| a             | 2     | ≤ 1    | NO  |',
      '| longer figure | x     | —      |     |',
    ]);
  });
});
