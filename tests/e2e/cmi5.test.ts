/**
 * The cmi5 package, launched as a cmi5 platform launches it, against a real LRS on 127.0.0.1
 * (tests/e2e/cmi5-lrs.ts): the launch data written and "launched" recorded first, the course opened
 * with cmi5's five launch parameters, a meeting played in Chromium, then every statement read back
 * from the LRS, checked by `xapi-validation` and against the cmi5 rules a statement shows.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import validateStatement from 'xapi-validation';
import { buildCmi5Package, type Cmi5Package } from '../../src/cli/build-cmi5.ts';
import { playToEnd, preferMoves } from '../../src/engine/index.ts';
import { canvasStill, playActions, returningPlayer, watchForErrors } from '../../src/harness/page-driver.ts';
import { serveDirectory } from '../../src/harness/static-server.ts';
import { launchBrowser } from './browser.ts';
import { type Launch, startTestPlatform, type TestPlatform } from './cmi5-lrs.ts';
import { shippedMeeting } from './shipped.ts';

const SCENARIO = 'mission-interview';
const scenario = shippedMeeting(SCENARIO);
const SEED = 5;
const SHOTS = 'tests/screenshots';
const CMI5 = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
const MOVEON = 'https://w3id.org/xapi/cmi5/context/categories/moveon';
const SESSION = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';
const SIZES = [
  { name: 'laptop', width: 1366, height: 768, ratio: 1, mobile: false },
  { name: 'projector', width: 1920, height: 1080, ratio: 1, mobile: false },
  { name: 'phone', width: 390, height: 844, ratio: 3, mobile: true },
] as const;
const verb = (name: string) => `http://adlnet.gov/expapi/verbs/${name}`;

/** A careful learner (92 with seed 5): the options of mission-interview.yaml it takes, read in the file (`a` is the first). */
const CAREFUL = ['research', 'open-question', 'take-note', 'let-finish', 'admit-weakness', 'propose-next-step'];
const CAREFUL_ANSWERS = [
  ['prep-evening', 'b'], // research
  ['prep-why', 'b'], // research
  ['prep-cv', 'b'],
  ['greeting', 'c'], // research
  ['intro-turn', 'b'], // introduce, admit-weakness
  ['first-questions', 'd'], // open-question
  ['relaunch-point', 'd'], // open-question
  ['doubt-question', 'c'], // admit-weakness
  ['references', 'b'],
  ['skills', 'c'],
  ['pitch', 'd'], // pitch
  ['rate-objection', 'c'], // open-question
  ['your-questions', 'b'], // open-question
  ['take-stock', 'c'],
  ['closing', 'c'], // propose-next-step
];
/** A careless one (14): interrupts and oversells. */
const CARELESS = ['interrupt', 'oversell'];
const CARELESS_ANSWERS = [
  ['prep-evening', 'a'],
  ['prep-why', 'b'],
  ['prep-cv', 'b'],
  ['greeting', 'b'],
  ['intro-turn', 'c'], // introduce, oversell
  ['first-questions', 'a'],
  ['first-questions-again', 'b'],
  ['relaunch-point', 'a'],
  ['doubt-question', 'b'], // deny-weakness, oversell
  ['flaw-hunt', 'b'], // oversell
  ['references', 'b'], // cite-reference, oversell
];

let work: string;
let made: Cmi5Package;
let course: Awaited<ReturnType<typeof serveDirectory>>;
/** The whole course, every shipped meeting, opened on its menu. */
let fullCourse: Awaited<ReturnType<typeof serveDirectory>>;
let platform: TestPlatform;
let browser: Browser;

/** What the platform does on import: unzips the package and serves its files. */
async function servePackage(zipPath: string, root: string, policy?: string): Promise<Awaited<ReturnType<typeof serveDirectory>>> {
  for (const [name, bytes] of Object.entries(unzipSync(new Uint8Array(readFileSync(zipPath))))) {
    if (name.endsWith('/')) continue;
    mkdirSync(dirname(join(root, name)), { recursive: true });
    writeFileSync(join(root, name), bytes);
  }
  return serveDirectory(root, policy ? { headers: () => ({ 'content-security-policy': policy }) } : {});
}

/** The policy README asks a platform that knows its endpoint to serve with the course's files. */
const platformPolicy = (endpoint: string, fetchBase: string) =>
  `default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; media-src 'self' data: blob:; connect-src 'self' data: blob: ${endpoint} ${fetchBase}`;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'rendez-vous-cmi5-'));
  platform = await startTestPlatform();
  made = await buildCmi5Package({ scenario: SCENARIO, masteryScore: 80, outDir: join(work, 'build'), zipDir: join(work, 'zip') });
  // The meeting is served under the platform's own policy, as README asks.
  course = await servePackage(made.zipPath, join(work, 'content'), platformPolicy(platform.endpoint, platform.fetchBase));
  const full = await buildCmi5Package({ outDir: join(work, 'build-full'), zipDir: join(work, 'zip') });
  fullCourse = await servePackage(full.zipPath, join(work, 'content-full'));
  browser = await launchBrowser();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await course?.close();
  await fullCourse?.close();
  await platform?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

async function open(
  launch: Launch,
  lang: 'fr' | 'en' = 'en',
  opensOn = '[data-role="meeting"]',
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, reducedMotion: 'reduce' });
  await returningPlayer(context);
  const page = await context.newPage();
  await page.goto(`${launch.url}&seed=${SEED}&lang=${lang}`);
  await page.waitForSelector(opensOn);
  return { context, page };
}

const verbOf = (s: Record<string, unknown>) => (s.verb as { id: string }).id;
const categories = (s: Record<string, unknown>) =>
  ((s.context as { contextActivities?: { category?: { id: string }[] } }).contextActivities?.category ?? []).map((a) => a.id);
const answersOf = (statements: Record<string, unknown>[]) =>
  statements
    .filter((s) => verbOf(s) === verb('answered'))
    .map((s) => [
      String((s.object as { id: string }).id)
        .split(':')
        .at(-1),
      (s.result as { response: string }).response,
    ]);

/** The cmi5 rules a stored statement shows, for the course's session. */
function expectCmi5(statement: Record<string, unknown>, launch: Launch): void {
  expect(validateStatement(statement)).toEqual([]);
  const context = statement.context as { registration: string; extensions: Record<string, unknown> };
  expect(context.registration).toBe(launch.registration);
  expect(context.extensions[SESSION]).toBe(launch.sessionId);
  expect(statement.actor).toEqual(launch.actor);
  const defined = ['initialized', 'completed', 'passed', 'failed', 'terminated'].map(verb).includes(verbOf(statement));
  expect(categories(statement).includes(CMI5)).toBe(defined);
  if (defined) expect((statement.object as { id: string }).id).toBe(launch.activityId);
  const judged = ['completed', 'passed', 'failed'].map(verb).includes(verbOf(statement));
  expect(categories(statement).includes(MOVEON)).toBe(judged);
  if (judged || verbOf(statement) === verb('terminated'))
    expect((statement.result as { duration: string }).duration).toMatch(/^PT/);
}

describe('the package', () => {
  test('cmi5.xml at the zip’s root: one AU opened at index.html, moveOn and mastery as built, French and English', () => {
    const xml = readFileSync(join(work, 'content', 'cmi5.xml'), 'utf8');
    expect(made.files[0]).toBe('cmi5.xml');
    expect(xml).toContain('<courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">');
    expect(xml).toContain(
      `<au id="urn:rendez-vous:au:${SCENARIO}" moveOn="CompletedAndPassed" masteryScore="0.8" launchMethod="AnyWindow">`,
    );
    expect(xml).toContain('<url>index.html</url>');
    expect(xml).toContain(`<langstring lang="fr">Rendez-vous — ${scenario.title.fr}</langstring>`);
    expect(xml).toContain(`<langstring lang="en">Rendez-vous — ${scenario.title.en}</langstring>`);
    expect(made.courseId).toMatch(/^urn:rendez-vous:course:mission-interview:\d{8}T\d{6}-[0-9a-f]{8}$/);
  });
});

describe('a learner in a cmi5 platform', () => {
  let first: Launch;

  test('plays a meeting under the platform’s policy: initialized first, one answered per decision, completed and passed at 92 over 80, terminated last, all valid', async () => {
    first = await platform.launch(`${course.url}index.html`, { masteryScore: 0.8 });
    const { context, page } = await open(first);
    const errors = watchForErrors(page);
    const refused: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) refused.push(message.text());
    });
    await playActions(page, playToEnd(scenario, SEED, preferMoves(CAREFUL)).actions, 'mouse');
    await page.click('[data-action="lms-finish"]');
    await page.waitForSelector('[data-role="lms-status"] p');
    expect(await page.textContent('[data-role="lms-status"]')).toContain('Your progress is saved.');

    const stored = await platform.statements(first.registration);
    expect(stored.map(verbOf)[0]).toBe(verb('launched'));
    const ours = stored.slice(1);
    expect(ours.map(verbOf)[0]).toBe(verb('initialized'));
    expect(ours.map(verbOf).at(-1)).toBe(verb('terminated'));
    expect(answersOf(ours)).toEqual(CAREFUL_ANSWERS);
    expect(ours.filter((s) => verbOf(s) === verb('completed'))).toHaveLength(1);
    const passed = ours.filter((s) => verbOf(s) === verb('passed'));
    expect(passed).toHaveLength(1);
    expect(passed[0]?.result).toMatchObject({ success: true, score: { scaled: 0.92, raw: 92, min: 0, max: 100 } });
    expect(passed[0]?.context).toMatchObject({
      extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore': 0.8 },
    });
    expect(ours.some((s) => verbOf(s) === verb('failed'))).toBe(false);
    for (const statement of ours) expectCmi5(statement, first);
    // The first answer, in full: the decision as a choice, its options described, the best one correct.
    const answer = ours.find((s) => verbOf(s) === verb('answered'));
    expect(answer?.object).toMatchObject({
      id: 'urn:rendez-vous:decision:mission-interview:prep-evening',
      definition: { interactionType: 'choice', correctResponsesPattern: ['b'] },
    });
    expect((answer?.object as { definition?: { choices: unknown[] } } | undefined)?.definition?.choices).toHaveLength(3);
    expect(answer?.result).toMatchObject({ response: 'b', success: true });
    // The progress kept for the next launch: the compact text SCORM keeps as suspend data.
    expect(platform.state(first, 'https://rendez-vous.invalid/state/progress')).toBe(`2;${SCENARIO}:92,95,88`);
    expect(refused).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  }, 240_000);

  test('launched again in the same registration: nothing completed or passed twice, the progress kept', async () => {
    const again = await platform.launch(`${course.url}index.html`, { masteryScore: 0.8, registration: first.registration });
    const { context, page } = await open(again);
    const errors = watchForErrors(page);
    const inSession = async () =>
      (await platform.statements(first.registration)).filter(
        (s) => (s.context as { extensions: Record<string, unknown> }).extensions[SESSION] === again.sessionId,
      );
    await expect.poll(async () => (await inSession()).map(verbOf)).toContain(verb('initialized'));
    // The learner closes the course mid-meeting: the session ends as the page goes.
    await page.goto(`${course.url}icons/icon.svg`);
    await expect.poll(async () => (await inSession()).map(verbOf).at(-1)).toBe(verb('terminated'));
    const session = await inSession();
    expect(session.map(verbOf)).toEqual([verb('launched'), verb('initialized'), verb('terminated')]);
    for (const statement of session.slice(1)) expectCmi5(statement, again);
    expect(platform.state(again, 'https://rendez-vous.invalid/state/progress')).toBe(`2;${SCENARIO}:92,95,88`);
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);

  test('the page may connect to the LRS and its own files only: the policy is written at launch', async () => {
    // The whole course is served with no policy of the platform's: what holds here is the package's own.
    const launch = await platform.launch(`${fullCourse.url}index.html`, {});
    const { context, page } = await open(launch, 'en', `.card[data-scenario="${SCENARIO}"] .start`);
    const policies = await page.$$eval('meta[http-equiv="Content-Security-Policy"]', (metas) =>
      metas.map((meta) => meta.getAttribute('content') ?? ''),
    );
    const fetchUrl = new URL(new URL(launch.url).searchParams.get('fetch') ?? '');
    // The package's own, open to any web address, then the launch's, which narrows it.
    expect(policies[0]).toContain("connect-src 'self' data: blob: https: http:;");
    expect(policies[1]).toBe(`connect-src 'self' data: blob: ${platform.endpoint} ${fetchUrl.origin}${fetchUrl.pathname}`);
    // Refused by the policy (a violation reported), not merely unanswered.
    const violation = await page.evaluate(
      () =>
        new Promise<string>((done) => {
          document.addEventListener('securitypolicyviolation', (event) =>
            done(`${event.effectiveDirective} ${event.blockedURI}`),
          );
          void fetch('http://localhost:9/elsewhere').catch(() => undefined);
        }),
    );
    expect(violation).toBe('connect-src http://localhost:9/elsewhere');
    await context.close();
  }, 120_000);
});

test('the whole course opens on its menu; Finish and save there ends the session, nothing judged', async () => {
  const launch = await platform.launch(`${fullCourse.url}index.html`, {});
  const { context, page } = await open(launch, 'fr', `.card[data-scenario="${SCENARIO}"] .start`);
  const errors = watchForErrors(page);
  await expect.poll(async () => (await platform.statements(launch.registration)).length).toBe(2);
  await page.click('[data-action="lms-finish"]');
  await page.waitForSelector('[data-role="lms-status"] p');
  expect(await page.textContent('[data-role="lms-status"]')).toContain('Votre progression est enregistrée.');
  const stored = await platform.statements(launch.registration);
  expect(stored.map(verbOf)).toEqual([verb('launched'), verb('initialized'), verb('terminated')]);
  for (const statement of stored.slice(1)) expectCmi5(statement, launch);
  // A first launch asks for the learner's progress and preferences, which the xAPI answers with a
  // 404 while none is written (the browser logs each): anything else is an error.
  const absent = /agents\/profile\?|activities\/state\?|status of 404/;
  expect(errors.filter((e) => !absent.test(e))).toEqual([]);
  await context.close();
}, 120_000);

describe('an LRS that refuses', () => {
  test.each(['en', 'fr'] as const)(
    'in %s: the notice with its retry, no uncaught error; once it accepts again, every statement is sent and the careless learner has failed',
    async (lang) => {
      // The French platform asks to have its learner back once the session is over.
      const back = `${course.url}icons/icon.svg?back=1`;
      const launch = await platform.launch(`${course.url}index.html`, {
        masteryScore: 0.8,
        ...(lang === 'fr' ? { returnURL: back } : {}),
      });
      const { context, page } = await open(launch, lang);
      const errors = watchForErrors(page);
      // Initialized is stored; from now on the LRS refuses the course's token.
      await expect.poll(async () => (await platform.statements(launch.registration)).length).toBe(2);
      platform.refuse();
      await playActions(page, playToEnd(scenario, SEED, preferMoves(CARELESS)).actions, 'mouse');
      const headline = await page.waitForSelector('[data-role="lms-alert"] .lms-headline');
      expect(await headline.textContent()).toBe(
        lang === 'en'
          ? 'Your progress is not being recorded by the training platform.'
          : 'Votre progression n’est pas enregistrée par la plateforme de formation.',
      );
      expect(await page.textContent('[data-role="lms-alert"]')).toContain('POST statements');
      // As the learner sees it, at each size: the LRS's words for the administrator wrap in the notice.
      const cdp = await context.newCDPSession(page);
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
        writeFileSync(`${SHOTS}/cmi5-refused-${lang}-${size.name}.png`, Buffer.from(shot.data, 'base64'));
      }
      await cdp.send('Emulation.clearDeviceMetricsOverride');
      expect(errors.filter((e) => e.startsWith('page error'))).toEqual([]);

      platform.mend();
      await page.click('[data-action="lms-retry"]');
      await page.waitForSelector('[data-role="lms-alert"]:empty', { state: 'attached' });
      await page.click('[data-action="lms-finish"]');
      if (lang === 'fr') await page.waitForURL(back);
      else await page.waitForSelector('[data-role="lms-status"] p');
      const ours = (await platform.statements(launch.registration)).slice(1);
      expect(ours.map(verbOf)[0]).toBe(verb('initialized'));
      expect(ours.map(verbOf).at(-1)).toBe(verb('terminated'));
      expect(answersOf(ours)).toEqual(CARELESS_ANSWERS);
      const failed = ours.filter((s) => verbOf(s) === verb('failed'));
      expect(failed).toHaveLength(1);
      expect(failed[0]?.result).toMatchObject({ success: false, score: { raw: 14 } });
      expect(ours.some((s) => verbOf(s) === verb('passed'))).toBe(false);
      for (const statement of ours) expectCmi5(statement, launch);
      await context.close();
    },
    240_000,
  );
});
