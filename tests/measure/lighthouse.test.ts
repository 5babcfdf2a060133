import type { Result } from 'lighthouse';
import { describe, expect, test } from 'vitest';
import { type LighthouseFigures, lighthouseFigures, medianRun, performanceRows } from '../../src/measure/lighthouse.ts';

interface Made {
  readonly performance: number | null;
  /** First contentful paint and time to interactive, in ms; left out for a page that paints nothing. */
  readonly fcp?: number;
  readonly tti?: number;
  /** Performance audits: id → [weight, score]. */
  readonly audits?: Readonly<Record<string, readonly [number, number | null]>>;
}

/** A made-up report holding only what the bench reads of one (Lighthouse's reports have many more fields). */
function report({ performance, fcp, tti, audits = {} }: Made): Result {
  const audit = (id: string, score: number | null, numericValue?: number) => ({
    id,
    title: id,
    description: '',
    score,
    scoreDisplayMode: 'numeric',
    numericValue,
    displayValue: numericValue === undefined ? undefined : `${numericValue / 1000} s`,
  });
  return {
    categories: {
      performance: {
        id: 'performance',
        title: 'Performance',
        score: performance === null ? null : performance / 100,
        auditRefs: Object.entries(audits).map(([id, [weight]]) => ({ id, weight })),
      },
      accessibility: { id: 'accessibility', title: 'Accessibility', score: 1, auditRefs: [{ id: 'color-contrast', weight: 7 }] },
    },
    audits: {
      ...(fcp === undefined ? {} : { 'first-contentful-paint': audit('first-contentful-paint', 1, fcp) }),
      ...(tti === undefined ? {} : { interactive: audit('interactive', 1, tti) }),
      ...Object.fromEntries(Object.entries(audits).map(([id, [, score]]) => [id, audit(id, score)])),
      'color-contrast': audit('color-contrast', 1),
    },
  } as unknown as Result;
}

describe('Lighthouse runs read as the bench reads them', () => {
  // Medians: first paint 1,500 ms, time to interactive 6,000 ms; the third run sits on both.
  const runs = [
    report({ performance: 95, fcp: 1000, tti: 5000 }),
    report({ performance: 70, fcp: 2000, tti: 9000 }),
    report({
      performance: 93,
      fcp: 1500,
      tti: 6000,
      audits: { 'largest-contentful-paint': [25, 0.5], 'total-blocking-time': [30, 0.95], 'unused-javascript': [0, 0] },
    }),
    report({ performance: 50, fcp: 3000, tti: 12000 }),
    report({ performance: 92, fcp: 1200, tti: 5500 }),
  ];

  test('the median run is the one nearest the median first paint and time to interactive, not the median score', () => {
    expect(medianRun(runs)).toBe(runs[2]);
    const figures = lighthouseFigures('mobile', runs);
    // The scores sorted are 50, 70, 92, 93, 95: their median would be 92; the median run scored 93.
    expect(figures).toMatchObject({ preset: 'mobile', runs: 5, performance: 93, performanceRange: [50, 95], accessibility: 100 });
  });

  test('the audits listed as not passed are the median run’s weighted ones under 90', () => {
    // Total blocking time passes (95); unused JavaScript weighs nothing in the score.
    expect(lighthouseFigures('mobile', runs).failing).toEqual(['performance: largest-contentful-paint (50)']);
  });

  test('a page that paints nothing is read from its last run and has no performance score', () => {
    const blank = [report({ performance: null }), report({ performance: null })];
    expect(medianRun(blank)).toBe(blank[1]);
    expect(lighthouseFigures('desktop', blank)).toMatchObject({ performance: null, performanceRange: null });
  });
});

describe('a preset’s performance rows', () => {
  const figures = (performance: number | null): LighthouseFigures => ({
    preset: 'mobile',
    runs: 5,
    performance,
    performanceRange: performance === null ? null : [81, 92],
    accessibility: 100,
    bestPractices: 100,
    failing: [],
  });

  test.each([
    { performance: 89, ok: false },
    // The bound is inclusive.
    { performance: 90, ok: true },
    { performance: 97, ok: true },
    // A score Lighthouse could not compute misses the target rather than passing unseen.
    { performance: null, ok: false },
  ])('mobile $performance against a target of 90: met is $ok', ({ performance, ok }) => {
    const [score] = performanceRows(figures(performance), 90);
    expect(score).toMatchObject({ figure: 'Lighthouse performance (mobile), median of 5 runs', target: '≥ 90', ok });
  });

  test('the spread of the runs is reported beside the score, with no target', () => {
    expect(performanceRows(figures(85), 90)[1]).toEqual({
      figure: 'Lighthouse performance (mobile), lowest – highest run',
      value: '81 – 92',
      target: '—',
      ok: null,
    });
    expect(performanceRows(figures(null), 90)[1]?.value).toBe('not scored');
  });
});
