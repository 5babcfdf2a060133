/** A finished meeting's replay code, opened in a fresh page, replays the same meeting to the same debrief. */
import { mkdirSync, readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { parseReplayCode, playToEnd, preferMoves } from '../../src/engine/index.ts';
import { openReplay, playActions, readDebrief, watchForErrors, watchReplayToDebrief } from '../../src/harness/page-driver.ts';
import { serveDirectory } from '../../src/harness/static-server.ts';
import { launchBrowser } from './browser.ts';
import { shippedMeeting } from './shipped.ts';

const SHOTS = 'tests/screenshots';
const scenario = shippedMeeting('prospect-in-a-hurry');
const SEED = 11;

let server: Awaited<ReturnType<typeof serveDirectory>>;
let browser: Browser;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await serveDirectory('dist');
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test('the code in the debrief opens the same meeting in a fresh page, step by step, to the same debrief', async () => {
  const result = playToEnd(scenario, SEED, preferMoves(['qualify', 'take-note', 'let-finish', 'work-for-free', 'oversell']));
  const player = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await player.newPage();
  await page.goto(`${server.url}?lang=fr&seed=${SEED}&scenario=${scenario.id}`);
  await playActions(page, result.actions, 'mouse');
  const played = await readDebrief(page);
  const code = (await page.getAttribute('[data-role="debrief"] .replay', 'data-code')) ?? '';
  expect(code.startsWith('RV2.')).toBe(true);
  const decoded = parseReplayCode(code);
  expect(decoded.ok && decoded.value.actions).toEqual(result.actions);
  const link = (await page.getAttribute('.replay a', 'href')) ?? '';
  expect(new URL(link).searchParams.get('replay')).toBe(code);
  await player.close();

  // The coach: another browser context, no seed in the address, only the code.
  const coach = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const watch = await coach.newPage();
  const errors = watchForErrors(watch);
  await openReplay(watch, `${server.url}?lang=fr&replay=${encodeURIComponent(code)}`);
  await watch.screenshot({ path: `${SHOTS}/fr-replay.png` });
  const steps = await watchReplayToDebrief(watch);
  expect(steps).toHaveLength(result.actions.length);
  const replayed = await readDebrief(watch);
  expect(replayed.outcome).toBe(played.outcome);
  expect(replayed.skills.map((s) => [s.skill, s.score, s.moments.length])).toEqual(
    played.skills.map((s) => [s.skill, s.score, s.moments.length]),
  );
  expect(errors).toEqual([]);
  await coach.close();
});

test('a damaged code or one for an unknown scenario is explained in the menu, in the game’s language', async () => {
  const result = playToEnd(scenario, SEED, preferMoves(['take-note']));
  const { makeReplayCode } = await import('../../src/engine/index.ts');
  const good = makeReplayCode({
    scenarioId: scenario.id,
    scenarioVersion: scenario.version,
    lang: 'en',
    seed: SEED,
    actions: result.actions,
  });
  const page = await browser.newPage();
  const errors = watchForErrors(page);
  await page.goto(`${server.url}?lang=en&replay=${encodeURIComponent(`${good.slice(0, -2)}zz`)}`);
  await page.waitForSelector('[data-role="menu"] .notice');
  expect(await page.textContent('[data-role="menu"] .notice')).toContain('damaged');

  const elsewhere = makeReplayCode({ scenarioId: 'not-here', scenarioVersion: 1, lang: 'en', seed: 1, actions: [] });
  await page.fill('#watch-code', elsewhere);
  await page.click('[data-action="watch"]');
  await page.waitForSelector('[data-role="menu"] .notice:text("load that scenario")');

  // The menu's field with a good code starts the replay.
  await page.fill('#watch-code', good);
  await page.keyboard.press('Enter');
  await page.waitForSelector('[data-role="replay"]');
  expect(errors).toEqual([]);
  await page.close();
});

test('a code made on an earlier version of the meeting is refused, saying so, rather than replayed to another result', async () => {
  // Made by the game at commit ee3abe9 on version 1 of the meeting; the meeting is now at a later
  // version, whose rules changed (the node tests replay these codes on version 1 exactly).
  const fixture = JSON.parse(readFileSync('tests/fixtures/replay/rv1-codes.json', 'utf8')) as {
    codes: { scenario: string; code: string }[];
  };
  const recorded = fixture.codes.find((c) => c.scenario === scenario.id);
  if (!recorded) throw new Error(`no RV1 code of ${scenario.id} in the fixture`);
  expect(scenario.version).toBeGreaterThan(1);
  const page = await browser.newPage();
  const errors = watchForErrors(page);
  await page.goto(`${server.url}?lang=fr&replay=${encodeURIComponent(recorded.code)}`);
  await page.waitForSelector('[data-role="menu"] .notice');
  expect(await page.textContent('[data-role="menu"] .notice')).toContain('autre version du scénario');
  expect(await page.$('[data-role="replay"]')).toBeNull();
  expect(errors).toEqual([]);
  await page.close();
});
