/**
 * In a package built for a learning platform, the menu is the course: the course's meetings with
 * what it requires and what the learner finished (from what the platform holds), each meeting's
 * best, and no file loading, facilitator mode or board. It speaks the platform's language unless the
 * learner chose their own in this package. Run as a platform runs it (lms-host.ts), for both SCORM
 * standards; screenshots of the course menu in both languages at three sizes.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildScormPackage, type ScormPackage } from '../../src/cli/build-scorm.ts';
import { playToEnd, preferMoves } from '../../src/engine/index.ts';
import { backToMenu, canvasStill, playActions, watchForErrors } from '../../src/harness/page-driver.ts';
import { serveDirectory } from '../../src/harness/static-server.ts';
import { violations } from './axe.ts';
import { launchBrowser } from './browser.ts';
import { contentPath, hostPage, launchIn, type Platform, RUNTIME_FILES, type Standard, unpack } from './lms-host.ts';
import { shippedMeeting } from './shipped.ts';

const SHOTS = 'tests/screenshots';
const CONTENT: Readonly<Record<Standard, string>> = { '1.2': contentPath(61), '2004': contentPath(62) };
/** An earlier session finished round-table: 61 overall, 70 in listening, 52 in closing. */
const EARLIER = '2;round-table:61,70,52';

let work: string;
let root: string;
const made = {} as Record<Standard, ScormPackage>;
let server: Awaited<ReturnType<typeof serveDirectory>>;
let browser: Browser;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  work = mkdtempSync(join(tmpdir(), 'rendez-vous-course-menu-'));
  root = join(work, 'lms');
  // SCORM 1.2: complete after 3 of the 5 meetings; SCORM 2004: all 5 required.
  made['1.2'] = await buildScormPackage({ required: 3, outDir: join(work, 'build-12'), zipDir: join(work, 'zip') });
  made['2004'] = await buildScormPackage({ standard: 'scorm2004', outDir: join(work, 'build-2004'), zipDir: join(work, 'zip') });
  for (const standard of ['1.2', '2004'] as const) {
    unpack(made[standard].zipPath, root, CONTENT[standard]);
    cpSync(RUNTIME_FILES[standard].path, join(root, RUNTIME_FILES[standard].served));
  }
  writeFileSync(join(root, 'index.html'), hostPage({ standard: '2004' }));
  server = await serveDirectory(root);
  browser = await launchBrowser();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

/** What the platform holds: the earlier session's progress and the learner's language, in each standard's elements. */
function platformWith(standard: Standard, language: string): Platform {
  return standard === '1.2'
    ? {
        standard,
        held: { suspend_data: EARLIER, core: { entry: 'resume', lesson_status: 'incomplete' }, student_preference: { language } },
      }
    : {
        standard,
        held: { suspend_data: EARLIER, entry: 'resume', completion_status: 'incomplete', learner_preference: { language } },
      };
}

/** Opens the platform's page in `context` and launches the package, with nothing of the game's in the address but `query`. */
async function openCourse(context: BrowserContext, platform: Platform, query = ''): Promise<{ page: Page; frame: Frame }> {
  const name = `host-${Math.random().toString(36).slice(2)}.html`;
  writeFileSync(join(root, name), hostPage(platform));
  const page = await context.newPage();
  await page.goto(`${server.url}${name}`);
  const frame = await launchIn(
    page,
    `/${CONTENT[platform.standard]}/index.html?sid=abc${query}`,
    '[data-role="menu"] .card .start',
  );
  await frame.waitForSelector('[data-role="course-standing"]:not(:empty)');
  return { page, frame };
}

const texts = (frame: Frame, selector: string) => frame.$$eval(selector, (nodes) => nodes.map((n) => n.textContent ?? ''));
const pressedLang = (frame: Frame) => frame.getAttribute('[data-role="language"] [aria-pressed="true"]', 'data-lang');

describe.each([
  ['1.2', 'fr-FR', 'Terminez 3 de ces 5 rendez-vous pour valider le parcours.', 'Rendez-vous terminé\u00a0: 1 sur 3.'],
  ['2004', 'fr', 'Terminez ces 5 rendez-vous pour valider le parcours.', 'Rendez-vous terminé\u00a0: 1 sur 5.'],
] as const)('SCORM %s', (standard, language, asks, standing) => {
  test('the menu is the course: its meetings, what it requires, what is finished and each best; no file loading, facilitator or board; the platform’s language', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
    const { page, frame } = await openCourse(context, platformWith(standard, language));
    const errors = watchForErrors(page);
    expect(await pressedLang(frame)).toBe('fr');
    expect(await frame.textContent('#practice-title')).toBe('Votre parcours');
    expect(await frame.textContent('.practice .area-help')).toBe(asks);
    expect(await frame.textContent('[data-role="course-standing"]')).toBe(standing);
    const cards = await frame.$$eval('.card[data-scenario]', (nodes) => nodes.map((n) => (n as HTMLElement).dataset.scenario));
    expect([...cards].sort()).toEqual(['full-diary', 'interview-end', 'mission-interview', 'prospect-in-a-hurry', 'round-table']);
    expect(await frame.textContent('.card[data-scenario="round-table"] [data-role="marks"]')).toBe(
      'Terminé · meilleurs scores\u00a0: écoute 70, conclusion 52',
    );
    const others = await texts(frame, '.card[data-scenario]:not([data-scenario="round-table"]) [data-role="marks"]');
    expect(others).toEqual(['Pas encore terminé', 'Pas encore terminé', 'Pas encore terminé', 'Pas encore terminé']);
    for (const absent of [
      '.workshop',
      '.authoring',
      '.import',
      '[data-action="board"]',
      '[data-action="facilitate"]',
      'input[type="file"]',
    ]) {
      expect(await frame.$$(absent), absent).toHaveLength(0);
    }
    expect(await frame.$$('[data-action="lms-finish"]')).toHaveLength(1);
    expect(await violations(frame as unknown as Page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);
});

test('a meeting finished in the course is marked on the menu the learner comes back to, and counted', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  // Seed 5: the player who interrupts and oversells scores 28 in listening and 0 in closing.
  const { page, frame } = await openCourse(context, platformWith('2004', 'en'), '&seed=5');
  const errors = watchForErrors(page);
  expect(await frame.textContent('[data-role="course-standing"]')).toBe('Meetings finished: 1 of 5.');
  await frame.click('.card[data-scenario="mission-interview"] .start');
  const { actions } = playToEnd(shippedMeeting('mission-interview'), 5, preferMoves(['interrupt', 'oversell']));
  await playActions(frame as unknown as Page, actions, 'mouse');
  await backToMenu(frame as unknown as Page);
  expect(await frame.textContent('.card[data-scenario="mission-interview"] [data-role="marks"]')).toBe(
    'Done · best scores: listening 28, closing 0',
  );
  expect(await frame.textContent('[data-role="course-standing"]')).toBe('Meetings finished: 2 of 5.');
  expect(errors).toEqual([]);
  await context.close();
}, 120_000);

test('the learner’s own language in this package wins over the platform’s at the next launch; a language the game does not speak leaves theirs', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'fr-FR' });
  const first = await openCourse(context, platformWith('2004', 'en-GB'));
  expect(await pressedLang(first.frame)).toBe('en');
  expect(await first.frame.textContent('#practice-title')).toBe('Your course');
  await first.page.close();

  // German: the game does not speak it; the browser's French stays.
  const german = await openCourse(context, platformWith('2004', 'de-DE'));
  expect(await pressedLang(german.frame)).toBe('fr');
  await german.page.close();

  const chosen = await openCourse(context, platformWith('2004', 'en-GB'));
  await chosen.frame.click('[data-role="language"] [data-lang="fr"]');
  await chosen.frame.waitForSelector('#practice-title:text("Votre parcours")');
  await chosen.page.close();
  const again = await openCourse(context, platformWith('2004', 'en-GB'));
  expect(await pressedLang(again.frame)).toBe('fr');
  expect(await again.frame.textContent('#practice-title')).toBe('Votre parcours');
  await again.page.close();

  // In the other package the learner chose nothing: it follows the platform.
  const other = await openCourse(context, platformWith('1.2', 'en'));
  expect(await pressedLang(other.frame)).toBe('en');
  await context.close();
}, 120_000);

describe('the course menu, as a learner sees it', () => {
  const SIZES = [
    { name: 'laptop', width: 1366, height: 768, ratio: 1, mobile: false },
    { name: 'projector', width: 1920, height: 1080, ratio: 1, mobile: false },
    { name: 'phone', width: 390, height: 844, ratio: 3, mobile: true },
  ] as const;
  test.each(['fr', 'en'] as const)(
    'in %s, at each size, axe clean',
    async (lang) => {
      const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, reducedMotion: 'reduce' });
      const { page, frame } = await openCourse(context, { ...platformWith('2004', lang), fill: true });
      const errors = watchForErrors(page);
      const cdp = await context.newCDPSession(page);
      for (const size of SIZES) {
        await cdp.send('Emulation.setDeviceMetricsOverride', {
          width: size.width,
          height: size.height,
          deviceScaleFactor: size.ratio,
          mobile: size.mobile,
        });
        await frame.waitForFunction((width) => window.innerWidth === width, size.width);
        await canvasStill(frame as unknown as Page);
        const shot = await cdp.send('Page.captureScreenshot', { format: 'png' });
        writeFileSync(`${SHOTS}/course-menu-${lang}-${size.name}.png`, Buffer.from(shot.data, 'base64'));
      }
      expect(await violations(frame as unknown as Page)).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    },
    120_000,
  );
});
