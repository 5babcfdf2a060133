import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { type Result } from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import type { ChromeChoice } from '../src/harness/chrome.ts';

export interface LighthouseFigures {
  readonly preset: 'desktop';
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

type Lhr = Result;

const CATEGORIES = ['performance', 'accessibility', 'best-practices'] as const;

/** One Lighthouse run with the desktop preset against the served page, in its own headless Chromium. */
async function runOnce(url: string, browser: ChromeChoice): Promise<Lhr> {
  const chrome = await chromeLauncher.launch({
    chromePath: browser.executablePath,
    envVars: { ...process.env, ...browser.env },
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  try {
    const result = await lighthouse(
      url,
      { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] },
      desktopConfig,
    );
    if (!result) throw new Error('Lighthouse returned no result');
    return result.lhr;
  } finally {
    chrome.kill();
  }
}

const scoreOf = (lhr: Lhr, id: string) => {
  const value = lhr.categories[id]?.score;
  return typeof value === 'number' ? Math.round(value * 100) : null;
};

/**
 * Lighthouse `runs` times; the figures are those of the median run as Lighthouse itself picks it
 * (the run nearest the median first paint and time to interactive), the way its authors advise
 * reading a score that moves from run to run with the machine's load.
 */
export async function runLighthouse(url: string, browser: ChromeChoice, runs = 1): Promise<LighthouseFigures> {
  const results: Lhr[] = [];
  for (let i = 0; i < runs; i++) results.push(await runOnce(url, browser));
  const painted = results.every((lhr) => typeof lhr.audits['first-contentful-paint']?.numericValue === 'number');
  // A page that paints nothing has no first paint to take a median of: its last run is as good as any.
  const median: Lhr | undefined = runs > 1 && painted ? computeMedianRun(results) : results.at(-1);
  if (!median) throw new Error('Lighthouse did not run');
  const performances = results.map((lhr) => scoreOf(lhr, 'performance')).filter((s): s is number => s !== null);
  const failing = CATEGORIES.flatMap((id) =>
    (median.categories[id]?.auditRefs ?? []).flatMap((ref) => {
      const audit = median.audits[ref.id];
      return audit && ref.weight > 0 && audit.score !== null && audit.score < 0.9
        ? [`${id}: ${audit.id} (${Math.round(audit.score * 100)}) ${audit.displayValue ?? ''}`.trim()]
        : [];
    }),
  );
  return {
    preset: 'desktop',
    runs,
    performance: scoreOf(median, 'performance'),
    performanceRange: performances.length > 0 ? [Math.min(...performances), Math.max(...performances)] : null,
    accessibility: scoreOf(median, 'accessibility'),
    bestPractices: scoreOf(median, 'best-practices'),
    failing,
  };
}
