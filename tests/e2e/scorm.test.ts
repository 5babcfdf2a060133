/**
 * The SCORM 1.2 packages, launched the way a learning platform launches them: unzipped under a
 * Moodle-like path, their SCO opened in a frame of a host page that carries scorm-again's
 * Scorm12API, a real SCORM run-time from npm, as `window.API` (lms-host.ts). The host page can make the platform
 * misbehave (no API, a refusal, an exception) and can save each commit by synchronous request, as
 * older platforms do; a server can serve the course under the platform's own Content-Security-Policy.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import { buildScormPackage, type ScormPackage } from '../../src/cli/build-scorm.ts';
import { METADATA_FILE, SCORM12_SCHEMAS } from '../../src/cli/scorm12-manifest.ts';
import { type MeetingResult, playToEnd, preferMoves, replayWithChoices, type Scenario } from '../../src/engine/index.ts';
import { canvasStill, playActions, playSteps, watchForErrors } from '../../src/harness/page-driver.ts';
import { serveDirectory } from '../../src/harness/static-server.ts';
import { meetingScore } from '../../src/lms/course.ts';
import { violations } from './axe.ts';
import { launchBrowser } from './browser.ts';
import {
  contentPath,
  hostPage,
  lastSet,
  launchIn,
  leave,
  lms,
  type Platform,
  RUNTIME_FILES,
  sets,
  unpack,
  held as value,
} from './lms-host.ts';
import { SHIPPED, shippedMeeting } from './shipped.ts';

const SCENARIO = 'mission-interview';
const scenario = shippedMeeting(SCENARIO);
const SEED = 5;
const CAREFUL = ['research', 'open-question', 'take-note', 'let-finish'];
const SHOTS = 'tests/screenshots';

/** Where a Moodle site serves an imported package's files. */
const CONTENT = { full: contentPath(41), one: contentPath(42) } as const;
type Kind = keyof typeof CONTENT;

let work: string;
const made = {} as Record<Kind, ScormPackage>;
const zipFiles = {} as Record<Kind, string[]>;
let root: string;
let server: Awaited<ReturnType<typeof serveDirectory>>;
/** The same files under the platform's own `Content-Security-Policy: default-src 'self'`. */
let strict: Awaited<ReturnType<typeof serveDirectory>>;
/** What the synchronous platform's saves brought to the server. */
const saved: { event: string; cmi: { core: Record<string, unknown>; suspend_data: string } }[] = [];
let browser: Browser;

/** The platform's window, tall enough for its 800-px course frame (the dialogue box sits at its foot). */
const LMS_WINDOW = { width: 1280, height: 900 };

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'rendez-vous-scorm-'));
  root = join(work, 'lms');
  // The whole course with a mastery score of 80 written in its manifest; one meeting alone, as built by default.
  made.full = await buildScormPackage({ masteryScore: 80, outDir: join(work, 'build-full'), zipDir: join(work, 'zip') });
  made.one = await buildScormPackage({ scenario: SCENARIO, outDir: join(work, 'build-one'), zipDir: join(work, 'zip') });
  // What the platform does on import: unzip the package and serve its files.
  for (const kind of ['full', 'one'] as const) zipFiles[kind] = unpack(made[kind].zipPath, root, CONTENT[kind]);
  cpSync(RUNTIME_FILES['1.2'].path, join(root, RUNTIME_FILES['1.2'].served));
  writeFileSync(join(root, 'index.html'), hostPage({ standard: '1.2' }));
  const onPost = (path: string, body: string) => {
    if (path === '/save') saved.push(JSON.parse(body));
  };
  server = await serveDirectory(root, { onPost });
  strict = await serveDirectory(root, {
    onPost,
    headers: (path): Record<string, string> =>
      path.startsWith('/pluginfile.php/') ? { 'content-security-policy': "default-src 'self'" } : {},
  });
  browser = await launchBrowser();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await strict?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

/** Opens the platform's page (on `host`, by default the plain server) with this platform behind `API`. */
async function openPlatform(platform: Omit<Platform, 'standard'>, host = server.url): Promise<Page> {
  const name = `host-${Math.random().toString(36).slice(2)}.html`;
  writeFileSync(join(root, name), hostPage({ standard: '1.2', ...platform }));
  const page = await browser.newPage({ viewport: LMS_WINDOW });
  await page.goto(`${host}${name}`);
  return page;
}

/**
 * Launches the package at the manifest's own address, with nothing of the game's in the query: the
 * platform's `sid` and, for the test's sake, the seed and language the oracle plays with.
 */
async function launch(page: Page, kind: Kind, origin = ''): Promise<Frame> {
  const src = `${origin}/${CONTENT[kind]}/${made[kind].launch}?sid=abc&seed=${SEED}&lang=en`;
  const start = `.card[data-scenario="${SCENARIO}"] .start`;
  const frame = await launchIn(page, src, kind === 'one' ? '[data-role="meeting"]' : start);
  if (kind === 'full') await frame.click(start);
  await frame.waitForSelector('[data-role="meeting"]');
  return frame;
}

/** The decisions of a session, by node and option, as the board replays them: the oracle of the interactions. */
function decisionsOf(result: MeetingResult, of: Scenario = scenario) {
  const replayed = replayWithChoices(of, { ...result, scenarioId: of.id, scenarioVersion: of.version, lang: 'en' });
  if (!replayed) throw new Error('the session does not replay');
  return replayed.choices.map((c) => ({ id: `${of.id}_${c.nodeId}`, response: 'abcdefghijklmnopqrstuvwxyz'[c.option] }));
}

async function interactionsOf(page: Page) {
  const all = await sets(page);
  const field = (name: string) =>
    all.filter(([e]) => new RegExp(`^cmi\\.interactions\\.\\d+\\.${name}$`).test(e)).map(([, v]) => v);
  const ids = field('id');
  const responses = field('student_response');
  return ids.map((id, n) => ({ id, response: responses[n] }));
}

describe('the packages', () => {
  test.each(['full', 'one'] as const)(
    '%s: xmllint validates the manifest against the ADL schemas in the zip, which lists every file',
    async (kind) => {
      const dir = join(root, CONTENT[kind]);
      for (const schema of SCORM12_SCHEMAS) expect(zipFiles[kind]).toContain(schema);
      const read = (name: string) => ({ fileName: name, contents: readFileSync(join(dir, name), 'utf8') });
      // The manifest's two namespaces, each from its schema in the zip (xmllint takes one schema: this one imports both).
      const both = `<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema">
  <xsd:import namespace="http://www.imsproject.org/xsd/imscp_rootv1p1p2" schemaLocation="imscp_rootv1p1p2.xsd"/>
  <xsd:import namespace="http://www.adlnet.org/xsd/adlcp_rootv1p2" schemaLocation="adlcp_rootv1p2.xsd"/>
</xsd:schema>`;
      const validation = await validateXML({
        xml: [read('imsmanifest.xml')],
        schema: [{ fileName: 'scorm12.xsd', contents: both }],
        preload: [read('imscp_rootv1p1p2.xsd'), read('adlcp_rootv1p2.xsd'), read('ims_xml.xsd')],
      });
      expect(validation.valid).toBe(true);
      // The catalogue metadata is well-formed (libxml2 cannot compile IMS's own LOM 1.2 schema: its content models are not deterministic).
      const metadata = await validateXML({ xml: [read(METADATA_FILE)], normalization: 'format' });
      expect(metadata.valid).toBe(true);
      expect(metadata.normalized).toContain('<langstring xml:lang="fr">');

      const manifest = readFileSync(join(dir, 'imsmanifest.xml'), 'utf8');
      const files = [...manifest.matchAll(/<file href="([^"]+)"\/>/g)].map((m) => m[1]);
      expect([...files, 'imsmanifest.xml', METADATA_FILE, ...SCORM12_SCHEMAS].sort()).toEqual([...zipFiles[kind]].sort());
      expect(manifest).toContain(`href="${made[kind].launch}"`);
      expect(made[kind].launch).toBe('index.html');
      expect(manifest).toContain(`identifier="${made[kind].identifier}"`);
      expect(made[kind].version).toMatch(/^\d+\.\d+\.\d+\+\d{12}$/);
      expect(manifest).toContain(`<adlcp:location>${METADATA_FILE}</adlcp:location>`);
      expect(readFileSync(join(dir, METADATA_FILE), 'utf8')).toMatch(/<typicallearningtime>\s*<datetime>PT\d+M<\/datetime>/);
      if (kind === 'full') expect(manifest).toContain('<adlcp:masteryscore>80</adlcp:masteryscore>');
      else expect(manifest).not.toContain('masteryscore');
    },
  );

  test('each build has its own identifier', () => {
    expect(made.full.identifier).not.toBe(made.one.identifier);
    expect(made.full.identifier).toMatch(/^rendez-vous-course-\d{8}T\d{6}-[0-9a-f]{8}$/);
  });
});

describe.each(['one', 'full'] as const)('the %s package in the platform', (kind) => {
  test('launched at its address with a query the platform added: tracked from the first call, exit suspend before any meeting ends', async () => {
    const page = await openPlatform({});
    const errors = watchForErrors(page);
    await launch(page, kind);
    await expect.poll(() => lms<string[]>(page, 'window.calls')).toContain('LMSCommit');
    expect(await value(page, 'cmi.core.lesson_status')).toBe('incomplete');
    expect(await lastSet(page, 'cmi.core.exit')).toBe('suspend');
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  test('left mid-meeting: exit suspend, the decisions so far and the time; resumed, the meeting finished is reported whole', async () => {
    const result = playToEnd(scenario, SEED, preferMoves(CAREFUL));
    const half = result.actions.slice(0, Math.floor(result.actions.length / 2));
    // The full course's learner finished another meeting in an earlier session.
    const other = [...SHIPPED.keys()].find((id) => id !== SCENARIO) ?? '';
    const earlier = kind === 'full' ? `2;${other}:61,70,52` : '2';

    const first = await openPlatform({ held: { suspend_data: earlier, core: { entry: 'resume', lesson_status: 'incomplete' } } });
    const errors = watchForErrors(first);
    await playSteps((await launch(first, kind)) as unknown as Page, half, 'mouse');
    await leave(first);
    expect(await lms<string[]>(first, 'window.calls')).toContain('LMSFinish');
    expect(await lastSet(first, 'cmi.core.exit')).toBe('suspend');
    expect(await lastSet(first, 'cmi.core.session_time')).toMatch(/^\d{4}:\d{2}:\d{2}\.\d{2}$/);
    const decided = decisionsOf(result);
    const before = await interactionsOf(first);
    expect(before.length).toBeGreaterThan(0);
    expect(before).toEqual(decided.slice(0, before.length));
    const kept = await value(first, 'cmi.suspend_data');
    expect(kept).toBe(earlier);
    expect(errors).toEqual([]);
    await first.close();

    // The next launch: the platform resumes the learner with what it kept.
    const second = await openPlatform({
      held: { suspend_data: kept, core: { entry: 'resume', lesson_status: 'incomplete' }, interactions: {} },
    });
    await playActions((await launch(second, kind)) as unknown as Page, result.actions, 'mouse');
    const score = meetingScore(result.scores);
    expect(await value(second, 'cmi.suspend_data')).toBe(
      `${earlier};${SCENARIO}:${score},${result.scores.listening},${result.scores.closing}`,
    );
    expect(await interactionsOf(second)).toEqual(decided);
    if (kind === 'one') {
      expect(await value(second, 'cmi.core.lesson_status')).toBe('completed');
      expect(await value(second, 'cmi.core.score.raw')).toBe(String(score));
    } else {
      // Two of five meetings: incomplete, and no score that the mastery score could turn into a fail.
      expect(await value(second, 'cmi.core.lesson_status')).toBe('incomplete');
      expect(await value(second, 'cmi.core.score.raw')).toBe('');
    }
    await second.close();
  }, 240_000);

  test('a learner who completed the course comes back for a new attempt: nothing is downgraded', async () => {
    const page = await openPlatform({
      held: { core: { entry: 'ab-initio', lesson_status: 'completed', credit: 'credit', score: { raw: '78' } } },
    });
    const { actions } = playToEnd(scenario, SEED, preferMoves(['interrupt', 'oversell']));
    await playActions((await launch(page, kind)) as unknown as Page, actions, 'mouse');
    await leave(page);
    expect(await value(page, 'cmi.core.lesson_status')).toBe('completed');
    expect(await value(page, 'cmi.core.score.raw')).toBe('78');
    await page.close();
  }, 120_000);
});

test('mastery score 80 with one meeting of five played: incomplete, never failed, even once the platform closes the session', async () => {
  const page = await openPlatform({
    held: { core: { entry: 'ab-initio', credit: 'credit', lesson_mode: 'normal' }, student_data: { mastery_score: '80' } },
  });
  const { actions } = playToEnd(scenario, SEED, preferMoves(['interrupt', 'oversell']));
  await playActions((await launch(page, 'full')) as unknown as Page, actions, 'mouse');
  await leave(page);
  // scorm-again applies the mastery score to any raw score on LMSFinish, as platforms do.
  expect(await lms<string[]>(page, 'window.calls')).toContain('LMSFinish');
  expect(await value(page, 'cmi.core.lesson_status')).toBe('incomplete');
  expect(await value(page, 'cmi.core.score.raw')).toBe('');
  await page.close();
}, 120_000);

test('suspend data at the limit: a learner with the old package’s 4,000 characters of progress loses nothing of the course', async () => {
  // The first package kept every meeting played, the learner's own imported ones too: 60 with long
  // IDs bring it to 4,078 characters, and one more meeting took it past 4,096 (it then wrote nothing).
  const imported = Object.fromEntries(
    Array.from({ length: 60 }, (_, i) => [`${'my-own-meeting-'.padEnd(58, 'x')}-${String(i).padStart(2, '0')}`, 40]),
  );
  const other = [...SHIPPED.keys()].find((id) => id !== SCENARIO) ?? '';
  const old = JSON.stringify({ version: 1, best: { ...imported, [other]: 66, 'my-own-extra-1': 1 } });
  expect(old.length).toBeGreaterThan(4_096 - `"${SCENARIO}":100,`.length);
  expect(old.length).toBeLessThanOrEqual(4_096);
  const page = await openPlatform({ held: { suspend_data: old, core: { entry: 'resume', lesson_status: 'incomplete' } } });
  const result = playToEnd(scenario, SEED, preferMoves(CAREFUL));
  await playActions((await launch(page, 'full')) as unknown as Page, result.actions, 'mouse');
  const kept = await value(page, 'cmi.suspend_data');
  expect(kept).toBe(
    `2;${other}:66,66,66;${SCENARIO}:${meetingScore(result.scores)},${result.scores.listening},${result.scores.closing}`,
  );
  await page.close();
}, 120_000);

test('a platform that saves by synchronous request gets the finish and the time when the learner finishes', async () => {
  saved.length = 0;
  const page = await openPlatform({ sync: true, held: { core: { entry: 'ab-initio' } } });
  const errors = watchForErrors(page);
  const { actions } = playToEnd(scenario, SEED, preferMoves(CAREFUL));
  const frame = await launch(page, 'one');
  await playActions(frame as unknown as Page, actions, 'mouse');
  // The meeting's end was committed at once, before any finish.
  await expect.poll(() => saved.map((s) => s.event)).toContain('commit');
  await page.screenshot({ path: `${SHOTS}/scorm-finish-en-laptop.png` });
  await frame.click('[data-action="lms-finish"]');
  await frame.waitForSelector('[data-role="lms-status"] p');
  const finish = saved.find((s) => s.event === 'finish');
  expect(finish?.cmi.core.exit).toBe('suspend');
  expect(finish?.cmi.core.lesson_status).toBe('completed');
  expect(finish?.cmi.core.session_time).toMatch(/^\d{2,4}:\d{2}:\d{2}/);
  expect(finish?.cmi.core.session_time).not.toBe('00:00:00');
  await page.screenshot({ path: `${SHOTS}/scorm-finished-en-laptop.png` });
  expect(errors).toEqual([]);
  await page.close();
}, 120_000);

test('under the platform’s Content-Security-Policy default-src self, a meeting plays to its end with nothing refused', async () => {
  const page = await openPlatform({}, strict.url);
  const errors = watchForErrors(page);
  const refused: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) refused.push(message.text());
  });
  const { actions } = playToEnd(scenario, SEED, preferMoves(CAREFUL));
  const frame = await launch(page, 'one');
  await playActions(frame as unknown as Page, actions, 'mouse');
  expect(await value(page, 'cmi.core.lesson_status')).toBe('completed');
  expect(refused).toEqual([]);
  expect(errors).toEqual([]);
  await page.close();
}, 120_000);

describe('a platform that fails: the learner is told, nothing is thrown, and trying again records', () => {
  test.each([
    ['no-api', ''],
    ['init-false', 'LMSInitialize: 101'],
    ['set-false', 'LMSSetValue("cmi.core.lesson_status"): 101'],
    ['commit-false', 'LMSCommit: 101'],
    ['set-throws', 'LMSSetValue("cmi.core.lesson_status"): the platform broke'],
  ] as const)(
    '%s',
    async (fault, detail) => {
      const page = await openPlatform({ fault });
      const errors = watchForErrors(page);
      const frame = await launch(page, 'one');
      const alert = await frame.waitForSelector('[data-role="lms-alert"] .lms-headline');
      expect(await alert.textContent()).toBe('Your progress is not being recorded by the training platform.');
      expect(await frame.textContent('[data-role="lms-alert"]')).toContain(
        fault === 'no-api'
          ? 'Open this course from your training platform, then try again.'
          : `For your administrator: ${detail}`,
      );
      expect(await frame.getAttribute('[data-role="lms-alert"]', 'role')).toBe('alert');
      // The platform mends (the learner opens it properly, the network comes back): retry records.
      await page.evaluate(() => (window as unknown as { clearFault(): void }).clearFault());
      await frame.click('[data-action="lms-retry"]');
      await frame.waitForSelector('[data-role="lms-alert"]:empty', { state: 'attached' });
      expect(await value(page, 'cmi.core.lesson_status')).toBe('incomplete');
      expect(await lastSet(page, 'cmi.core.exit')).toBe('suspend');
      expect(errors).toEqual([]);
      await page.close();
    },
    120_000,
  );

  test('a course served from another origin than the platform says so', async () => {
    const page = await openPlatform({});
    const errors = watchForErrors(page);
    const frame = await launch(page, 'one', server.url.replace('127.0.0.1', 'localhost').replace(/\/$/, ''));
    await frame.waitForSelector('[data-role="lms-alert"] .lms-headline');
    expect(await frame.textContent('[data-role="lms-alert"]')).toContain('from an address other than its own');
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);
});

describe('the notice, as a learner sees it', () => {
  const SIZES = [
    { name: 'laptop', width: 1366, height: 768, ratio: 1, mobile: false },
    { name: 'projector', width: 1920, height: 1080, ratio: 1, mobile: false },
    { name: 'phone', width: 390, height: 844, ratio: 3, mobile: true },
  ] as const;
  test.each(['fr', 'en'] as const)(
    'opened outside a platform, in %s, at each size',
    async (lang) => {
      const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, reducedMotion: 'reduce' });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      const errors = watchForErrors(page);
      await page.goto(`${server.url}${CONTENT.full}/index.html?lang=${lang}`);
      await page.waitForSelector('[data-role="lms-alert"] .lms-headline');
      const words = {
        fr: 'Votre progression n’est pas enregistrée par la plateforme de formation.',
        en: 'Your progress is not being recorded by the training platform.',
      };
      expect(await page.textContent('[data-role="lms-alert"] .lms-headline')).toBe(words[lang]);
      // The bar sits at the menu's foot: the menu's last lines scroll clear of it.
      expect(await page.$eval('#ui', (ui) => getComputedStyle(ui).paddingBottom)).not.toBe('0px');
      for (const size of SIZES) {
        await cdp.send('Emulation.setDeviceMetricsOverride', {
          width: size.width,
          height: size.height,
          deviceScaleFactor: size.ratio,
          mobile: size.mobile,
        });
        await page.waitForFunction((width) => window.innerWidth === width, size.width);
        await canvasStill(page);
        const shot = await cdp.send('Page.captureScreenshot', { format: 'png' });
        writeFileSync(`${SHOTS}/scorm-notice-${lang}-${size.name}.png`, Buffer.from(shot.data, 'base64'));
      }
      expect(await violations(page)).toEqual([]);
      // By keyboard: a retry that fails again keeps the focus on it; the notice folds to its retry
      // (a small screen needs the room), which keeps the focus too.
      const focusedAction = () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.action);
      await page.focus('[data-action="lms-retry"]');
      await page.keyboard.press('Enter');
      await page.waitForSelector('[data-role="lms-alert"] .lms-headline');
      expect(await focusedAction()).toBe('lms-retry');
      await page.keyboard.press('Tab');
      expect(await focusedAction()).toBe('lms-fold');
      await page.keyboard.press('Enter');
      await page.waitForSelector('[data-role="lms-alert"] .lms-headline', { state: 'detached' });
      expect(await focusedAction()).toBe('lms-retry');
      const folded = { fr: 'Progression non enregistrée\u00a0: réessayer', en: 'Progress not recorded: try again' };
      expect(await page.textContent('[data-action="lms-retry"]')).toBe(folded[lang]);
      const shot = await cdp.send('Page.captureScreenshot', { format: 'png' });
      writeFileSync(`${SHOTS}/scorm-notice-folded-${lang}-phone.png`, Buffer.from(shot.data, 'base64'));
      expect(await violations(page)).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    },
    120_000,
  );
});
