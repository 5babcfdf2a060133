/**
 * The SCORM 1.2 package, launched the way a learning platform launches it: its manifest read, its
 * SCO opened in a frame of a host page that carries scorm-again, a real SCORM run-time from npm.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { buildScormPackage, type ScormPackage } from '../../src/cli/build-scorm.ts';
import { playToEnd, preferMoves } from '../../src/engine/index.ts';
import { playActions, watchForErrors } from '../../src/harness/page-driver.ts';
import { serveDirectory } from '../../src/harness/static-server.ts';
import { meetingScore } from '../../src/lms/course.ts';
import { launchBrowser } from './browser.ts';
import { shippedMeeting } from './shipped.ts';

const SCENARIO = 'mission-interview';
const scenario = shippedMeeting(SCENARIO);
const SEED = 5;
const RUNTIME = createRequire(import.meta.url).resolve('scorm-again/scorm12/min');

let work: string;
let made: ScormPackage;
let zipFiles: string[];
let server: Awaited<ReturnType<typeof serveDirectory>>;
let browser: Browser;

/**
 * The platform's window, tall enough for its 800-px course frame: the dialogue box sits at the
 * frame's foot, in a fixed layout that the outer page's scrolling cannot bring into view.
 */
const LMS_WINDOW = { width: 1280, height: 900 };

/** A platform's page: the run-time as `window.API`, optionally holding a previous session's data, and the course in a frame. */
function hostPage(suspendData: string | null): string {
  const preload = suspendData === null ? '' : `window.API.loadFromJSON({ suspend_data: ${JSON.stringify(suspendData)} });`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>LMS</title><link rel="icon" href="data:,">
<script src="scorm12.min.js"></script>
<script>
window.API = new Scorm12API({ autocommit: false, logLevel: 5 }); ${preload}
// Write-only elements (session time) can only be seen as they are set.
window.sets = [];
window.API.on('LMSSetValue.cmi.*', (element, value) => window.sets.push([element, value]));
</script>
</head><body><iframe id="course" title="course" style="width:1200px;height:800px"></iframe></body></html>`;
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'rendez-vous-scorm-'));
  made = await buildScormPackage({ scenario: SCENARIO, outDir: join(work, 'build'), zipDir: join(work, 'zip') });
  // What the platform does on import: unzip the package and serve its files.
  const root = join(work, 'lms');
  const entries = unzipSync(new Uint8Array(readFileSync(made.zipPath)));
  zipFiles = Object.keys(entries).filter((name) => !name.endsWith('/'));
  for (const [name, bytes] of Object.entries(entries)) {
    if (name.endsWith('/')) continue;
    mkdirSync(dirname(join(root, 'course', name)), { recursive: true });
    writeFileSync(join(root, 'course', name), bytes);
  }
  cpSync(RUNTIME, join(root, 'scorm12.min.js'));
  writeFileSync(join(root, 'index.html'), hostPage(null));
  server = await serveDirectory(root);
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

test('the manifest is well-formed SCORM 1.2 and lists exactly the files in the zip', async () => {
  const page = await browser.newPage({ viewport: LMS_WINDOW });
  await page.goto(server.url);
  const manifest = await page.evaluate(async () => {
    const text = await (await fetch('course/imsmanifest.xml')).text();
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    const resource = doc.querySelector('resource');
    return {
      broken: doc.querySelector('parsererror') !== null,
      version: doc.querySelector('metadata > schemaversion')?.textContent,
      scormType: resource?.getAttribute('adlcp:scormtype'),
      href: resource?.getAttribute('href'),
      itemRef: doc.querySelector('organization > item')?.getAttribute('identifierref'),
      resourceId: resource?.getAttribute('identifier'),
      files: Array.from(doc.querySelectorAll('resource > file')).map((f) => f.getAttribute('href') ?? ''),
    };
  });
  expect(manifest.broken).toBe(false);
  expect(manifest.version).toBe('1.2');
  expect(manifest.scormType).toBe('sco');
  expect(manifest.itemRef).toBe(manifest.resourceId);
  expect(manifest.href).toBe(made.launch);
  expect(zipFiles).toContain('imsmanifest.xml');
  expect(zipFiles).toContain((manifest.href ?? '').split('?')[0]);
  expect([...manifest.files, 'imsmanifest.xml'].sort()).toEqual([...zipFiles].sort());
  await page.close();
});

async function launch(page: Page): Promise<Frame> {
  const href = made.launch;
  // The seed and language are added for the test's sake, so the oracle below plays the same meeting.
  await page.evaluate((src) => {
    (document.getElementById('course') as HTMLIFrameElement).src = `course/${src}&seed=5&lang=en`;
  }, href);
  const handle = await page.waitForSelector('#course');
  const frame = await handle.contentFrame();
  if (!frame) throw new Error('the course frame did not load');
  await frame.waitForSelector('[data-role="meeting"]');
  return frame;
}

const lmsValue = (page: Page, element: string) =>
  page.evaluate((name) => (window as unknown as { API: { LMSGetValue(n: string): string } }).API.LMSGetValue(name), element);

test('a finished meeting reaches the platform: completion, its score, time and progress to resume', async () => {
  const page = await browser.newPage({ viewport: LMS_WINDOW });
  const errors = watchForErrors(page);
  await page.goto(server.url);
  const frame = await launch(page);
  expect(await lmsValue(page, 'cmi.core.lesson_status')).toBe('incomplete');

  const result = playToEnd(scenario, SEED, preferMoves(['research', 'open-question', 'take-note', 'let-finish']));
  // The driver speaks to a page; a frame answers the same calls for a mouse player.
  await playActions(frame as unknown as Page, result.actions, 'mouse');

  expect(await lmsValue(page, 'cmi.core.lesson_status')).toBe('completed');
  expect(Number(await lmsValue(page, 'cmi.core.score.raw'))).toBe(meetingScore(result.scores));
  expect(await lmsValue(page, 'cmi.core.score.max')).toBe('100');
  expect(JSON.parse(await lmsValue(page, 'cmi.suspend_data'))).toEqual({
    version: 1,
    best: { [SCENARIO]: meetingScore(result.scores) },
  });
  const sets = await page.evaluate(() => (window as unknown as { sets: [string, string][] }).sets);
  const time = sets.filter(([element]) => element === 'cmi.core.session_time').at(-1)?.[1];
  expect(time).toMatch(/^\d{4}:\d{2}:\d{2}(\.\d{1,2})?$/);
  expect(errors).toEqual([]);
  await page.close();
});

test('a course resumed with a better earlier score keeps it, and an unreadable one starts afresh', async () => {
  const page = await browser.newPage({ viewport: LMS_WINDOW });
  await page.setContent('');
  await page.goto(server.url);
  // A second session whose platform kept a best of 99 from an earlier attempt.
  await page.evaluate(() => {
    (window as unknown as { API: { loadFromJSON(j: object): void } }).API.loadFromJSON({
      suspend_data: JSON.stringify({ version: 1, best: { 'mission-interview': 99 } }),
    });
  });
  const frame = await launch(page);
  const { actions } = playToEnd(scenario, SEED, preferMoves(['interrupt', 'oversell']));
  await playActions(frame as unknown as Page, actions, 'mouse');
  expect(await lmsValue(page, 'cmi.core.score.raw')).toBe('99');
  expect(await lmsValue(page, 'cmi.core.lesson_status')).toBe('completed');
  await page.close();
});
