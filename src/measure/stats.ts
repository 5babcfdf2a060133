/**
 * The few statistics the benchmark reports, kept apart so that they are unit-tested: a figure
 * printed next to a target is only as honest as the way it was computed.
 */

/** The median: the middle value, or the mean of the two middle values of an even count. */
export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

/**
 * The p-th percentile by linear interpolation between closest ranks (the method of NumPy's default
 * and of spreadsheets' PERCENTILE.INC): rank = p/100 × (n − 1) over the sorted values.
 */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) throw new Error('no values to take a percentile of');
  if (!(p >= 0 && p <= 100)) throw new Error(`a percentile is between 0 and 100, not ${p}`);
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const below = Math.floor(rank);
  const low = sorted[below] ?? 0;
  const high = sorted[Math.min(below + 1, sorted.length - 1)] ?? low;
  return low + (high - low) * (rank - below);
}

/** `value / base`, refusing a base that would make the ratio meaningless. */
export function ratio(value: number, base: number): number {
  if (!(base > 0)) throw new Error(`cannot take a ratio to ${base}`);
  return value / base;
}

/** Growth from `before` to `after` as a fraction (0.1 = 10 % more). */
export function growth(before: number, after: number): number {
  return ratio(after - before, before);
}
