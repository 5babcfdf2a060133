/**
 * The SCORM 2004 packages, launched the way a learning platform launches them: unzipped under a
 * Moodle-like path, their SCO opened in a frame of a host page that carries scorm-again's
 * Scorm2004API as `window.API_1484_11` (see lms-host.ts). The expected figures are written by hand
 * from the scenario: with seed 5, the careful player of mission-interview scores 82 in listening and
 * 28 in closing (a meeting score of 55) over 16 decisions; the one who interrupts and oversells
 * scores 28 and 0 (14).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import { buildScormPackage, type ScormPackage } from '../../src/cli/build-scorm.ts';
import { METADATA_FILE } from '../../src/cli/scorm12-manifest.ts';
import { SCORM2004_SCHEMAS } from '../../src/cli/scorm2004-manifest.ts';
import { playToEnd, preferMoves } from '../../src/engine/index.ts';
import { playActions, playSteps, watchForErrors } from '../../src/harness/page-driver.ts';
import { serveDirectory } from '../../src/harness/static-server.ts';
import { launchBrowser } from './browser.ts';
import {
  contentPath,
  type Fault,
  held,
  hostPage,
  lastSet,
  launchIn,
  leave,
  lms,
  RUNTIME_FILES,
  sets,
  unpack,
} from './lms-host.ts';
import { shippedMeeting } from './shipped.ts';

const SCENARIO = 'mission-interview';
const scenario = shippedMeeting(SCENARIO);
const SEED = 5;
const CAREFUL = ['research', 'open-question', 'take-note', 'let-finish'];
const CARELESS = ['interrupt', 'oversell'];
/** The careful player's decisions, by node, and the option taken (a letter, in the scenario file's order). */
const CAREFUL_DECISIONS = [
  ['prep-evening', 'b'],
  ['prep-why', 'b'],
  ['prep-cv', 'b'],
  ['greeting', 'c'],
  ['intro-turn', 'a'],
  ['first-questions', 'd'],
  ['relaunch-point', 'd'],
  ['doubt-question', 'd'],
  ['flaw-hunt', 'b'],
  ['references', 'b'],
  ['skills', 'c'],
  ['pitch', 'd'],
  ['rate-objection', 'c'],
  ['your-questions', 'b'],
  ['take-stock', 'c'],
  ['closing', 'c'],
].map(([node, response]) => ({ id: `${SCENARIO}_${node}`, response }));

const CONTENT = { full: contentPath(51), one: contentPath(52) } as const;
type Kind = keyof typeof CONTENT;

let work: string;
let root: string;
const made = {} as Record<Kind, ScormPackage>;
const zipFiles = {} as Record<Kind, string[]>;
let server: Awaited<ReturnType<typeof serveDirectory>>;
let browser: Browser;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'rendez-vous-scorm2004-'));
  root = join(work, 'lms');
  // The whole course, complete after 3 of its 5 meetings, passed at 80; one meeting alone, as built by default.
  made.full = await buildScormPackage({
    standard: 'scorm2004',
    required: 3,
    masteryScore: 80,
    outDir: join(work, 'build-full'),
    zipDir: join(work, 'zip'),
  });
  made.one = await buildScormPackage({
    standard: 'scorm2004',
    scenario: SCENARIO,
    outDir: join(work, 'build-one'),
    zipDir: join(work, 'zip'),
  });
  for (const kind of ['full', 'one'] as const) zipFiles[kind] = unpack(made[kind].zipPath, root, CONTENT[kind]);
  cpSync(RUNTIME_FILES['2004'].path, join(root, RUNTIME_FILES['2004'].served));
  writeFileSync(join(root, 'index.html'), hostPage({ standard: '2004' }));
  server = await serveDirectory(root);
  browser = await launchBrowser();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

/** Opens the platform's page with this platform behind `API_1484_11`. */
async function openPlatform(platform: { held?: Record<string, unknown>; fault?: Fault } = {}): Promise<Page> {
  const name = `host-${Math.random().toString(36).slice(2)}.html`;
  writeFileSync(join(root, name), hostPage({ standard: '2004', ...platform }));
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${server.url}${name}`);
  return page;
}

/** Launches the package at the manifest's address with the platform's own query, and opens the meeting. */
async function launch(page: Page, kind: Kind): Promise<Frame> {
  const src = `/${CONTENT[kind]}/${made[kind].launch}?sid=abc&seed=${SEED}&lang=en`;
  const start = `.card[data-scenario="${SCENARIO}"] .start`;
  const frame = await launchIn(page, src, kind === 'one' ? '[data-role="meeting"]' : start);
  if (kind === 'full') await frame.click(start);
  await frame.waitForSelector('[data-role="meeting"]');
  return frame;
}

/** The interactions as the platform received them: ID, response, correct pattern and result. */
async function interactionsOf(page: Page) {
  const all = await sets(page);
  const field = (name: string) =>
    all.filter(([e]) => new RegExp(`^cmi\\.interactions\\.\\d+\\.${name}$`).test(e)).map(([, v]) => v);
  const [ids, responses, patterns, results, types, latencies, timestamps] = [
    'id',
    'learner_response',
    'correct_responses\\.0\\.pattern',
    'result',
    'type',
    'latency',
    'timestamp',
  ].map(field);
  return {
    decisions: (ids ?? []).map((id, n) => ({ id, response: responses?.[n] })),
    patterns: patterns ?? [],
    results: results ?? [],
    types: types ?? [],
    latencies: latencies ?? [],
    timestamps: timestamps ?? [],
  };
}

/** An objective as the platform holds it, found by its ID. */
const objective = (page: Page, id: string) =>
  lms<{ scaled: string; success: string } | undefined>(
    page,
    `window.real.cmi.objectives.childArray
      .map((o) => ({ id: o.id, scaled: o.score.scaled, success: o.success_status }))
      .find((o) => o.id === ${JSON.stringify(id)})`,
  );

describe('the packages', () => {
  test.each(['full', 'one'] as const)(
    '%s: xmllint validates the manifest against the ADL 2004 4th Edition schemas in the zip, which lists every file',
    async (kind) => {
      const dir = join(root, CONTENT[kind]);
      for (const schema of SCORM2004_SCHEMAS) expect(zipFiles[kind]).toContain(schema);
      const read = (name: string) => ({ fileName: name, contents: readFileSync(join(dir, name), 'utf8') });
      // The manifest's namespaces, each from its schema in the zip (xmllint takes one schema: this one imports them all).
      const all = `<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema">
  <xsd:import namespace="http://www.imsglobal.org/xsd/imscp_v1p1" schemaLocation="imscp_v1p1.xsd"/>
  <xsd:import namespace="http://www.adlnet.org/xsd/adlcp_v1p3" schemaLocation="adlcp_v1p3.xsd"/>
  <xsd:import namespace="http://www.adlnet.org/xsd/adlseq_v1p3" schemaLocation="adlseq_v1p3.xsd"/>
  <xsd:import namespace="http://www.adlnet.org/xsd/adlnav_v1p3" schemaLocation="adlnav_v1p3.xsd"/>
  <xsd:import namespace="http://www.imsglobal.org/xsd/imsss" schemaLocation="imsss_v1p0.xsd"/>
</xsd:schema>`;
      const validation = await validateXML({
        xml: [read('imsmanifest.xml')],
        schema: [{ fileName: 'scorm2004.xsd', contents: all }],
        preload: SCORM2004_SCHEMAS.map(read),
      });
      expect(validation.errors).toEqual([]);
      expect(validation.valid).toBe(true);
      // The catalogue metadata is well-formed (the IEEE LOM schemas are not to be had from npm).
      const metadata = await validateXML({ xml: [read(METADATA_FILE)], normalization: 'format' });
      expect(metadata.valid).toBe(true);
      expect(metadata.normalized).toContain('<string language="fr">');

      const manifest = readFileSync(join(dir, 'imsmanifest.xml'), 'utf8');
      const files = [...manifest.matchAll(/<file href="([^"]+)"\/>/g)].map((m) => m[1]);
      expect([...files, 'imsmanifest.xml', METADATA_FILE, ...SCORM2004_SCHEMAS].sort()).toEqual([...zipFiles[kind]].sort());
      expect(manifest).toContain('<schemaversion>2004 4th Edition</schemaversion>');
      expect(manifest).toContain('adlcp:scormType="sco" href="index.html"');
      expect(manifest).toContain(`identifier="${made[kind].identifier}"`);
      expect(made[kind].zipPath).toMatch(
        kind === 'full' ? /rendez-vous-scorm2004\.zip$/ : /rendez-vous-scorm2004-mission-interview\.zip$/,
      );
      if (kind === 'full') expect(manifest).toContain('<imsss:minNormalizedMeasure>0.8</imsss:minNormalizedMeasure>');
      else expect(manifest).not.toContain('imsss:sequencing');
    },
  );
});

describe.each(['one', 'full'] as const)('the %s package in a SCORM 2004 platform', (kind) => {
  test('left mid-meeting: exit suspend, the decisions so far and the time; resumed, the meeting is reported whole, completion and success apart', async () => {
    const result = playToEnd(scenario, SEED, preferMoves(CAREFUL));
    const half = result.actions.slice(0, Math.floor(result.actions.length / 2));
    // The full course's learner finished another meeting in an earlier session.
    const earlier = kind === 'full' ? '2;round-table:61,70,52' : '2';

    const first = await openPlatform({ held: { suspend_data: earlier, entry: 'resume', completion_status: 'incomplete' } });
    const errors = watchForErrors(first);
    await playSteps((await launch(first, kind)) as unknown as Page, half, 'mouse');
    await leave(first);
    expect(await lms<string[]>(first, 'window.calls')).toEqual(expect.arrayContaining(['Initialize', 'Commit', 'Terminate']));
    expect(await lastSet(first, 'cmi.exit')).toBe('suspend');
    expect(await lastSet(first, 'cmi.session_time')).toMatch(/^PT(\d+M)?\d+(\.\d{1,2})?S$/);
    expect(await held(first, 'cmi.completion_status')).toBe('incomplete');
    const before = await interactionsOf(first);
    expect(before.decisions.length).toBeGreaterThan(0);
    expect(before.decisions).toEqual(CAREFUL_DECISIONS.slice(0, before.decisions.length));
    const kept = await held(first, 'cmi.suspend_data');
    expect(kept).toBe(earlier);
    expect(errors).toEqual([]);
    await first.close();

    // The next launch: the platform resumes the learner with what it kept.
    const second = await openPlatform({ held: { suspend_data: kept, entry: 'resume', completion_status: 'incomplete' } });
    const secondErrors = watchForErrors(second);
    await playActions((await launch(second, kind)) as unknown as Page, result.actions, 'mouse');
    await expect.poll(() => held(second, 'cmi.suspend_data')).toBe(`${earlier};${SCENARIO}:55,82,28`);
    const after = await interactionsOf(second);
    expect(after.decisions).toEqual(CAREFUL_DECISIONS);
    expect(after.types.every((t) => t === 'choice')).toBe(true);
    // Each result says whether the response is the scenario's best option there.
    expect(after.results).toHaveLength(16);
    expect(after.results).toEqual(
      after.patterns.map((pattern, n) => (pattern === CAREFUL_DECISIONS[n]?.response ? 'correct' : 'incorrect')),
    );
    expect(after.results).toContain('correct');
    expect(after.latencies.every((l) => /^PT(\d+M)?\d+(\.\d{1,2})?S$/.test(l))).toBe(true);
    expect(after.timestamps.every((t) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{2}Z$/.test(t))).toBe(true);
    const meeting = await objective(second, SCENARIO);
    expect(meeting?.scaled).toBe('0.55');
    if (kind === 'one') {
      expect(await held(second, 'cmi.completion_status')).toBe('completed');
      expect(await held(second, 'cmi.success_status')).toBe('unknown');
      expect(await held(second, 'cmi.score.scaled')).toBe('0.55');
      expect(await held(second, 'cmi.score.raw')).toBe('55');
      expect(await held(second, 'cmi.progress_measure')).toBe('1');
    } else {
      // Two meetings of the three required: incomplete, and no score the passing score could turn into a fail.
      expect(await held(second, 'cmi.completion_status')).toBe('incomplete');
      expect(await held(second, 'cmi.success_status')).toBe('unknown');
      expect(await held(second, 'cmi.score.scaled')).toBe('');
      expect(await held(second, 'cmi.progress_measure')).toBe('0.67');
      // Against the course's mastery score of 80, the meeting's 55 does not pass.
      expect(meeting?.success).toBe('failed');
      expect((await objective(second, 'round-table'))?.scaled).toBe('0.61');
    }
    expect(secondErrors).toEqual([]);
    await second.close();
  }, 240_000);

  test('a learner who completed and passed comes back for a new attempt: nothing is downgraded', async () => {
    const page = await openPlatform({
      held: {
        entry: 'ab-initio',
        credit: 'credit',
        completion_status: 'completed',
        success_status: 'passed',
        score: { scaled: '0.78', raw: '78', min: '0', max: '100' },
      },
    });
    const { actions } = playToEnd(scenario, SEED, preferMoves(CARELESS));
    await playActions((await launch(page, kind)) as unknown as Page, actions, 'mouse');
    await leave(page);
    expect(await lms<string[]>(page, 'window.calls')).toContain('Terminate');
    expect(await held(page, 'cmi.completion_status')).toBe('completed');
    expect(await held(page, 'cmi.success_status')).toBe('passed');
    expect(await held(page, 'cmi.score.scaled')).toBe('0.78');
    expect(await held(page, 'cmi.score.raw')).toBe('78');
    await page.close();
  }, 120_000);
});

test('a passing score of 0.8 with one meeting of five played: incomplete, never failed, even once the platform terminates the session', async () => {
  const page = await openPlatform({
    held: { entry: 'ab-initio', credit: 'credit', mode: 'normal', scaled_passing_score: '0.8' },
  });
  const { actions } = playToEnd(scenario, SEED, preferMoves(CARELESS));
  await playActions((await launch(page, 'full')) as unknown as Page, actions, 'mouse');
  await leave(page);
  // scorm-again applies the passing score to any scaled score on Terminate, as platforms do.
  expect(await lms<string[]>(page, 'window.calls')).toContain('Terminate');
  expect(await held(page, 'cmi.completion_status')).toBe('incomplete');
  expect(await held(page, 'cmi.success_status')).toBe('unknown');
  expect(await held(page, 'cmi.score.scaled')).toBe('');
  expect(await held(page, 'cmi.progress_measure')).toBe('0.33');
  await page.close();
}, 120_000);

describe('a SCORM 2004 platform that fails: the learner is told, nothing is thrown, and trying again records', () => {
  test.each([
    ['no-api', 'Open this course from your training platform, then try again.'],
    ['init-false', 'For your administrator: Initialize: 102 '],
    ['set-false', 'For your administrator: SetValue("cmi.completion_status"): 351 '],
    ['commit-false', 'For your administrator: Commit: 391 '],
    ['set-throws', 'For your administrator: SetValue("cmi.completion_status"): the platform broke'],
  ] as const)(
    '%s',
    async (fault, words) => {
      const page = await openPlatform({ fault });
      const errors = watchForErrors(page);
      const frame = await launch(page, 'one');
      const alert = await frame.waitForSelector('[data-role="lms-alert"] .lms-headline');
      expect(await alert.textContent()).toBe('Your progress is not being recorded by the training platform.');
      expect(await frame.textContent('[data-role="lms-alert"]')).toContain(words);
      await page.evaluate(() => (window as unknown as { clearFault(): void }).clearFault());
      await frame.click('[data-action="lms-retry"]');
      await frame.waitForSelector('[data-role="lms-alert"]:empty', { state: 'attached' });
      expect(await held(page, 'cmi.completion_status')).toBe('incomplete');
      expect(await lastSet(page, 'cmi.exit')).toBe('suspend');
      expect(errors).toEqual([]);
      await page.close();
    },
    120_000,
  );
});
