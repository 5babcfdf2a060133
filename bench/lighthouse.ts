import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { type Config, type Result } from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import type { ChromeChoice } from '../src/harness/chrome.ts';
import {
  LIGHTHOUSE_CATEGORIES,
  type LighthouseFigures,
  type LighthousePreset,
  lighthouseFigures,
  medianRun,
} from '../src/measure/lighthouse.ts';

/**
 * Each preset is Lighthouse's own config, as `lighthouse --preset=desktop` and a bare `lighthouse`
 * run them: the mobile one is its default (slow 4G, 4× CPU slowdown, throttling simulated).
 */
const CONFIGS: Readonly<Record<LighthousePreset, Config>> = {
  desktop: desktopConfig,
  mobile: { extends: 'lighthouse:default' },
};

/** One Lighthouse run with `preset` against the served page, in its own headless Chromium. */
async function runOnce(url: string, browser: ChromeChoice, preset: LighthousePreset): Promise<Result> {
  const chrome = await chromeLauncher.launch({
    chromePath: browser.executablePath,
    envVars: { ...process.env, ...browser.env },
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  try {
    const result = await lighthouse(
      url,
      { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...LIGHTHOUSE_CATEGORIES] },
      CONFIGS[preset],
    );
    if (!result) throw new Error('Lighthouse returned no result');
    return result.lhr;
  } finally {
    chrome.kill();
  }
}

/**
 * Lighthouse `runs` times with `preset`: the figures of the median run, and that run's whole report
 * (what each audit cost, to find out why a score is low).
 */
export async function runLighthouse(
  url: string,
  browser: ChromeChoice,
  preset: LighthousePreset,
  runs = 1,
): Promise<{ readonly figures: LighthouseFigures; readonly median: Result }> {
  const reports: Result[] = [];
  for (let i = 0; i < runs; i++) reports.push(await runOnce(url, browser, preset));
  return { figures: lighthouseFigures(preset, reports), median: medianRun(reports) };
}
