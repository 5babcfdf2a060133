/**
 * Renders the app icon (assets/static/icons/icon.svg, drawn by hand for the project) to the PNG
 * sizes that browsers ask of an installable web app, with the same headless Chromium the tests use.
 * Run `npm run icons` after changing the SVG; the PNGs are committed.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { launchBrowser } from '../harness/chrome.ts';

const DIR = 'assets/static/icons';
/** 192 and 512 are what Chromium's install prompt and Android need; maskable icons keep a safe zone. */
const SIZES = [192, 512] as const;

const svg = readFileSync(`${DIR}/icon.svg`, 'utf8');
const browser = await launchBrowser();
try {
  for (const size of SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
    );
    writeFileSync(`${DIR}/icon-${size}.png`, await page.screenshot({ omitBackground: true }));
    await page.close();
    console.log(`wrote ${DIR}/icon-${size}.png`);
  }
} finally {
  await browser.close();
}
