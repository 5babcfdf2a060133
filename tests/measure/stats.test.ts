import { describe, expect, test } from 'vitest';
import { growth, median, percentile, ratio } from '../../src/measure/stats.ts';

describe('benchmark statistics', () => {
  test.each([
    { values: [7], expected: 7 },
    { values: [3, 1, 2], expected: 2 },
    // Even count: the mean of the two middle values, (2 + 3) / 2.
    { values: [4, 1, 3, 2], expected: 2.5 },
    { values: [10, 10, 1, 1000, 10], expected: 10 },
  ])('median of $values is $expected', ({ values, expected }) => {
    expect(median(values)).toBe(expected);
  });

  test('the median does not reorder the caller’s array', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });

  test.each([
    // 1..20: rank = 0.95 × 19 = 18.05, between the 19th (19) and 20th (20) values: 19.05.
    { values: Array.from({ length: 20 }, (_, i) => i + 1), p: 95, expected: 19.05 },
    // 1..101: rank = 0.95 × 100 = 95 exactly, the 96th value: 96.
    { values: Array.from({ length: 101 }, (_, i) => i + 1), p: 95, expected: 96 },
    // [10, 20, 30, 40]: rank = 0.5 × 3 = 1.5, halfway between 20 and 30.
    { values: [40, 10, 30, 20], p: 50, expected: 25 },
    { values: [5, 9, 1], p: 0, expected: 1 },
    { values: [5, 9, 1], p: 100, expected: 9 },
    // [1, 2, 3, 100]: rank = 0.95 × 3 = 2.85 → 3 + 0.85 × 97 = 85.45: one slow sample shows.
    { values: [1, 2, 3, 100], p: 95, expected: 85.45 },
  ])('p$p of $values is $expected', ({ values, p, expected }) => {
    expect(percentile(values, p)).toBeCloseTo(expected, 10);
  });

  test('no values, or a percentile out of range, is an error rather than a number', () => {
    expect(() => percentile([], 50)).toThrow(/no values/);
    expect(() => percentile([1], 101)).toThrow(/between 0 and 100/);
    expect(() => percentile([1], Number.NaN)).toThrow(/between 0 and 100/);
  });

  test('ratios and growth', () => {
    expect(ratio(1250, 1000)).toBe(1.25);
    expect(() => ratio(1, 0)).toThrow(/ratio/);
    // 100 MB → 110 MB is 10 % growth; shrinking is negative growth.
    expect(growth(100, 110)).toBeCloseTo(0.1, 10);
    expect(growth(100, 90)).toBeCloseTo(-0.1, 10);
  });
});
