/**
 * The benchmark's figures as rows of a table: each with its target when it has one, so that the
 * printed table, bench/results.json and `--check` all judge a figure the same way.
 */

export interface Row {
  readonly figure: string;
  readonly value: string;
  /** The target as written, or "—" for a figure reported for context only. */
  readonly target: string;
  /** Whether the target is met; null when there is no target (or the figure could not be measured). */
  readonly ok: boolean | null;
}

/** A figure held to an upper bound. */
export function atMost(figure: string, value: number, limit: number, unit: (n: number) => string): Row {
  return { figure, value: unit(value), target: `≤ ${unit(limit)}`, ok: value <= limit };
}

/** A figure held to a lower bound. */
export function atLeast(figure: string, value: number, floor: number, unit: (n: number) => string): Row {
  return { figure, value: unit(value), target: `≥ ${unit(floor)}`, ok: value >= floor };
}

export function info(figure: string, value: string): Row {
  return { figure, value, target: '—', ok: null };
}

export const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
export const ms = (n: number) => `${n.toFixed(n < 10 ? 1 : 0)} ms`;
export const times = (n: number) => `× ${n.toFixed(2)}`;
export const percent = (fraction: number) => `${(fraction * 100).toFixed(1)} %`;
export const plain = (n: number) => String(Math.round(n));

/** The rows whose target was missed. */
export function missed(rows: readonly Row[]): Row[] {
  return rows.filter((row) => row.ok === false);
}

/** A Markdown table (it reads as well in a terminal as in the README). */
export function table(rows: readonly Row[]): string {
  const mark = (ok: boolean | null) => (ok === null ? '' : ok ? 'yes' : 'NO');
  const lines = [['Figure', 'Value', 'Target', 'Met'], ...rows.map((r) => [r.figure, r.value, r.target, mark(r.ok)])];
  const widths = [0, 1, 2, 3].map((i) => Math.max(...lines.map((l) => (l[i] ?? '').length)));
  const format = (cells: readonly string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  const [head, ...body] = lines;
  return [format(head ?? []), format(widths.map((w) => '-'.repeat(w))), ...body.map(format)].join('\n');
}
