/**
 * How the bench reads Lighthouse: the runs of one preset summed up as figures, and those figures
 * as rows of its table. Kept apart from running Lighthouse (bench/lighthouse.ts) so that it is
 * unit-tested on made-up reports.
 */
import type { Result } from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { atLeast, info, plain, type Row } from './report.ts';

/**
 * Lighthouse's two presets: `desktop` is its desktop config (a wide screen, a lightly throttled
 * network, no CPU slowdown); `mobile` is its default (a phone's screen, slow 4G and a CPU four times
 * slower, simulated from an unthrottled load).
 */
export type LighthousePreset = 'desktop' | 'mobile';

export interface LighthouseFigures {
  readonly preset: LighthousePreset;
  /** How many times Lighthouse ran; the scores are those of the median run. */
  readonly runs: number;
  /** Null when Lighthouse could not score the category (a page that paints no content has no FCP). */
  readonly performance: number | null;
  /** The lowest and highest performance score over the runs, to show how much it moved. */
  readonly performanceRange: readonly [number, number] | null;
  readonly accessibility: number | null;
  readonly bestPractices: number | null;
  /** Audits of those categories that did not pass in the median run, to know what to fix. */
  readonly failing: readonly string[];
}

/** The categories the bench asks Lighthouse for. */
export const LIGHTHOUSE_CATEGORIES = ['performance', 'accessibility', 'best-practices'] as const;

const scoreOf = (lhr: Result, id: string) => {
  const value = lhr.categories[id]?.score;
  return typeof value === 'number' ? Math.round(value * 100) : null;
};

/**
 * The median run as Lighthouse itself picks it (the run nearest the median first paint and time to
 * interactive), the way its authors advise reading a score that moves from run to run with the
 * machine's load.
 */
export function medianRun(results: readonly Result[]): Result {
  const painted = results.every((lhr) => typeof lhr.audits['first-contentful-paint']?.numericValue === 'number');
  // A page that paints nothing has no first paint to take a median of: its last run is as good as any.
  const median = results.length > 1 && painted ? computeMedianRun([...results]) : results.at(-1);
  if (!median) throw new Error('Lighthouse did not run');
  return median;
}

/** The scores of the median run, the audits it did not pass, and the range of performance scores over every run. */
export function lighthouseFigures(preset: LighthousePreset, results: readonly Result[]): LighthouseFigures {
  const median = medianRun(results);
  const performances = results.map((lhr) => scoreOf(lhr, 'performance')).filter((s): s is number => s !== null);
  const failing = LIGHTHOUSE_CATEGORIES.flatMap((id) =>
    (median.categories[id]?.auditRefs ?? []).flatMap((ref) => {
      const audit = median.audits[ref.id];
      return audit && ref.weight > 0 && audit.score !== null && audit.score < 0.9
        ? [`${id}: ${audit.id} (${Math.round(audit.score * 100)}) ${audit.displayValue ?? ''}`.trim()]
        : [];
    }),
  );
  return {
    preset,
    runs: results.length,
    performance: scoreOf(median, 'performance'),
    performanceRange: performances.length > 0 ? [Math.min(...performances), Math.max(...performances)] : null,
    accessibility: scoreOf(median, 'accessibility'),
    bestPractices: scoreOf(median, 'best-practices'),
    failing,
  };
}

/**
 * A preset's performance row, held to `target` (a score that could not be computed misses it), and
 * the spread of its runs beside it.
 */
export function performanceRows(figures: LighthouseFigures, target: number): Row[] {
  return [
    atLeast(
      `Lighthouse performance (${figures.preset}), median of ${figures.runs} runs`,
      figures.performance ?? 0,
      target,
      plain,
    ),
    info(
      `Lighthouse performance (${figures.preset}), lowest – highest run`,
      figures.performanceRange ? figures.performanceRange.join(' – ') : 'not scored',
    ),
  ];
}
