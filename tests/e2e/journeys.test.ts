/**
 * Two journeys across the features, as their users live them, each in one browser context so that
 * what the game keeps survives every reload: a consultant's week of practice (debriefs, a retry
 * from the costliest decision, the progress chart, a coach watching the code), and a workshop
 * (facilitator mode on a projector, the room's debrief, the results board, the SCORM package in a
 * learning platform's run-time).
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildScormPackage } from '../../src/cli/build-scorm.ts';
import {
  type Lang,
  type MeetingResult,
  parseReplayCode,
  playToEnd,
  preferMoves,
  roadNotTaken,
  type Scenario,
} from '../../src/engine/index.ts';
import {
  downloadedText,
  openDebriefSection,
  openReplay,
  playActions,
  pressAndWait,
  returningPlayer,
  watchForErrors,
  watchReplayToDebrief,
} from '../../src/harness/page-driver.ts';
import { serveDirectory } from '../../src/harness/static-server.ts';
import { meetingScore } from '../../src/lms/course.ts';
import { launchBrowser } from './browser.ts';
import { expectDebrief } from './debrief-check.ts';
import { shippedMeeting } from './shipped.ts';

const SHOTS = 'tests/screenshots';
const load = shippedMeeting;
const interview = load('mission-interview');
const hurry = load('prospect-in-a-hurry');

const HASTY = ['interrupt', 'oversell', 'monologue', 'deny-weakness', 'force-decision'];
const CAREFUL = ['research', 'open-question', 'take-note', 'let-finish', 'admit-weakness', 'propose-next-step'];
const PATIENT = ['take-note', 'let-finish'];

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

/** Checks that the debrief on screen explains the engine's result moment by moment, in the page's language. */
/** Something specific to learn every time (the words chosen, the lesson and why), exactly as the engine computed it. */
async function expectDebriefTeaches(page: Page, scenario: Scenario, result: MeetingResult, lang: Lang): Promise<void> {
  expect(result.skills.flatMap((s) => s.moments).length).toBeGreaterThan(0);
  await expectDebrief(page, scenario, result, lang);
}

describe('a week of practice', () => {
  /** Monday 2 March 2026, 9:00 UTC: the first day of the week the consultant practises. */
  const MONDAY = Date.UTC(2026, 2, 2, 9, 0, 0);
  const DAY = 86_400_000;

  /** Opens the game as on another day of the week: the page's clock is moved, nothing else. */
  async function openOnDay(page: Page, day: number, address: string): Promise<void> {
    await page.evaluate((d) => sessionStorage.setItem('journey.day', String(d)), day);
    await page.goto(`${server.url}${address}`);
  }

  test('debriefs that teach, a retry from the costliest decision, skills rising on the chart, a coach replaying the code', async () => {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'en-GB',
      timezoneId: 'Europe/Paris',
    });
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    // Every page of this tab lives on the day the test last chose (kept in the tab's session storage).
    await context.addInitScript(
      ({ monday, day }) => {
        const chosen = Number(sessionStorage.getItem('journey.day') ?? 'NaN');
        if (!Number.isInteger(chosen)) return;
        const RealDate = Date;
        const shift = monday + chosen * day - RealDate.now();
        class DayDate extends RealDate {
          constructor(...args: ConstructorParameters<DateConstructor> | []) {
            if (args.length === 0) super(RealDate.now() + shift);
            else super(...(args as ConstructorParameters<DateConstructor>));
          }
          static override now() {
            return RealDate.now() + shift;
          }
        }
        globalThis.Date = DayDate as DateConstructor;
      },
      { monday: MONDAY, day: DAY },
    );
    const page = await context.newPage();
    const errors = watchForErrors(page);
    await page.goto(server.url);
    // A first launch opens on the introduction: this consultant skips it, by its own button.
    await page.click('[data-role="meeting"] [data-action="skip"]');
    // The menu has its meetings and the room is drawn (nothing is still loading: the menu now comes
    // before Phaser, whose download a new address would cut short) before the first day begins.
    await page.waitForSelector('.card[data-scenario] .start');
    await page.waitForSelector('#stage canvas');

    // Monday, in English: a hasty first meeting, lost; the debrief says why, moment by moment.
    const SEED = 7;
    const monday = playToEnd(interview, SEED, preferMoves(HASTY));
    await openOnDay(page, 0, `?lang=en&seed=${SEED}`);
    await page.click(`.card[data-scenario="${interview.id}"] .start`);
    await playActions(page, monday.actions, 'keyboard');
    await expectDebriefTeaches(page, interview, monday, 'en');
    await openDebriefSection(page, 'road');
    await page.waitForSelector('[data-role="road-not-taken"][data-ready="true"]', { timeout: 30_000 });
    await page.screenshot({ path: `${SHOTS}/journey-1-monday-debrief-en.png`, fullPage: true });

    // Try again from the decision that cost most, play its best option, and finish better.
    const road = roadNotTaken(interview, SEED, monday.actions);
    const [costliest] = road.kind === 'weighed' ? road.decisions : [];
    if (!costliest) throw new Error('a hasty meeting should leave a road not taken');
    expect(await page.getAttribute('.road', 'data-node')).toBe(costliest.nodeId);
    await page.click('.road [data-action="try-from-here"]');
    await page.waitForSelector(`[data-role="meeting"][data-node="${costliest.nodeId}"][data-phase="decision"]`);
    const retry = costliest.best.result;
    await playActions(page, retry.actions.slice(costliest.step), 'mouse');
    await expectDebriefTeaches(page, interview, retry, 'en');
    expect(retry.scores.listening + retry.scores.closing).toBeGreaterThan(monday.scores.listening + monday.scores.closing);
    await page.screenshot({ path: `${SHOTS}/journey-2-monday-retry-en.png`, fullPage: true });

    // Wednesday, in French: another meeting, the prospect in a hurry.
    const wednesday = playToEnd(hurry, SEED, preferMoves(PATIENT));
    await openOnDay(page, 2, `?lang=fr&seed=${SEED}`);
    await page.click(`.card[data-scenario="${hurry.id}"] .start`);
    await playActions(page, wednesday.actions, 'mouse');
    await expectDebriefTeaches(page, hurry, wednesday, 'fr');
    await page.screenshot({ path: `${SHOTS}/journey-3-wednesday-debrief-fr.png`, fullPage: true });

    // Sunday, in French: the first meeting again, played carefully this time.
    const sunday = playToEnd(interview, SEED, preferMoves(CAREFUL));
    await openOnDay(page, 6, `?lang=fr&seed=${SEED}`);
    await page.click(`.card[data-scenario="${interview.id}"] .start`);
    const seen: string[] = [];
    await playActions(page, sunday.actions, 'keyboard', async (state) => {
      seen.push(state.node);
    });
    await expectDebriefTeaches(page, interview, sunday, 'fr');
    // The code, copied as the consultant would to send it to their coach (from its folded section).
    await openDebriefSection(page, 'replay');
    await page.click('[data-action="copy-code"]');
    await page.waitForSelector('.copy-status:not(:empty)');
    const code = await page.evaluate(() => navigator.clipboard.readText());
    expect(code).toBe(await page.getAttribute('[data-role="debrief"] .replay', 'data-code'));
    const decoded = parseReplayCode(code);
    expect(decoded.ok && decoded.value).toMatchObject({ scenarioId: interview.id, seed: SEED, actions: sunday.actions });

    // The progress screen, in English: every attempt on its day, both skills rising on this meeting.
    await openOnDay(page, 6, '?lang=en');
    await page.click('[data-action="progress"]');
    await page.waitForSelector('[data-role="progress"] table.history', { state: 'attached' });
    await page.click('[data-role="progress"] details summary');
    await page.screenshot({ path: `${SHOTS}/journey-4-progress-en.png`, fullPage: true });
    const rows = await page.$$eval('table.history tbody tr', (trs) =>
      trs.map((tr) => Array.from(tr.children).map((c) => (c.textContent ?? '').trim())),
    );
    const week = [
      ['02/03/2026', interview, monday],
      ['02/03/2026', interview, retry],
      ['04/03/2026', hurry, wednesday],
      ['08/03/2026', interview, sunday],
    ] as const;
    expect(rows.map((r) => [r[1], r[2], Number(r[3]), Number(r[4])])).toEqual(
      week.map(([date, scenario, result]) => [date, scenario.title.en, result.scores.listening, result.scores.closing]),
    );
    const onInterview = week.filter(([, scenario]) => scenario === interview).map(([, , r]) => r.scores);
    for (const skill of ['listening', 'closing'] as const) {
      const scores = onInterview.map((s) => s[skill]);
      expect(scores, skill).toEqual([...scores].sort((a, b) => a - b));
      expect(scores.at(-1), skill).toBeGreaterThan(scores[0] ?? 100);
    }
    // The chart is drawn: both skill colours are on the canvas.
    const colours = await page.$eval('[data-role="progress"] canvas', (canvas) => {
      const c = canvas as HTMLCanvasElement;
      const data = c.getContext('2d')?.getImageData(0, 0, c.width, c.height).data ?? new Uint8ClampedArray();
      const near = (r: number, g: number, b: number) => {
        for (let i = 0; i < data.length; i += 4) {
          if (Math.abs((data[i] ?? 0) - r) < 12 && Math.abs((data[i + 1] ?? 0) - g) < 12 && Math.abs((data[i + 2] ?? 0) - b) < 12)
            return true;
        }
        return false;
      };
      return { listening: near(0x1f, 0x3a, 0x5f), closing: near(0xb9, 0x53, 0x2f) };
    });
    expect(colours).toEqual({ listening: true, closing: true });
    expect(errors).toEqual([]);
    await context.close();

    // The coach: another browser, nothing kept, only the link. They watch the same meeting step by step.
    const coach = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'fr-FR' });
    await returningPlayer(coach);
    const watch = await coach.newPage();
    const coachErrors = watchForErrors(watch);
    await openReplay(watch, `${server.url}?replay=${encodeURIComponent(code)}`);
    await watch.screenshot({ path: `${SHOTS}/journey-5-coach-replay-fr.png` });
    const watched = await watchReplayToDebrief(watch);
    // The nodes the coach stepped through are the ones the consultant stood at, in order.
    expect(watched).toEqual(seen.slice(0, sunday.actions.length));
    await expectDebriefTeaches(watch, interview, sunday, 'fr');
    await watch.screenshot({ path: `${SHOTS}/journey-6-coach-debrief-fr.png`, fullPage: true });
    // Watching someone else's meeting is not the coach's own practice.
    await watch.goto(`${server.url}?lang=fr`);
    await watch.waitForSelector('.card[data-scenario] .start');
    await watch.click('[data-action="progress"]');
    await watch.waitForSelector('[data-role="progress"] .path li');
    await watch.screenshot({ path: `${SHOTS}/journey-6b-coach-progress-fr.png` });
    expect(await watch.$$('table.history tbody tr')).toHaveLength(0);
    expect(coachErrors).toEqual([]);
    await coach.close();
  }, 300_000);
});

describe('a workshop', () => {
  /** Option indexes shown on the open discussion card, in letter order. */
  const cardOptions = (page: Page) =>
    page.$$eval('dialog[data-role="discussion"] .discussion-options li', (items) =>
      items.map((li) => Number((li as HTMLElement).dataset.index)),
    );

  /** A trainee on their own device plays a meeting to its debrief. */
  async function trainee(context: BrowserContext, lang: Lang, seed: number, scenario: Scenario, style: string[]) {
    const page = await context.newPage();
    const result = playToEnd(scenario, seed, preferMoves(style));
    await page.goto(`${server.url}?lang=${lang}&seed=${seed}`);
    await page.click(`.card[data-scenario="${scenario.id}"] .start`);
    await playActions(page, result.actions, 'mouse');
    return { page, result };
  }

  test('the room votes on a projector, the trainees’ codes make the board, and the platform sees completion and score', async () => {
    // The facilitator's laptop on a 1920×1080 projector, in French.
    const facilitator = await browser.newContext({
      viewport: { width: 1920, height: 1080 },
      acceptDownloads: true,
      locale: 'fr-FR',
    });
    await returningPlayer(facilitator);
    const room = await facilitator.newPage();
    const errors = watchForErrors(room);
    await room.goto(`${server.url}?lang=fr&seed=3`);
    await room.selectOption('#facilitate-scenario', interview.id);
    await room.click('[data-action="facilitate"]');
    await room.waitForSelector('[data-role="meeting"]');
    expect(await room.getAttribute('#app', 'data-mode')).toBe('facilitator');

    const played: { nodeId: string; option: number; divided: boolean }[] = [];
    for (let step = 0; step < 400 && !(await room.$('[data-action="debrief"]')); step++) {
      if (!(await room.$('dialog[data-role="discussion"][open]'))) {
        await pressAndWait(room, 'Enter');
        continue;
      }
      const nodeId = (await room.getAttribute('[data-role="meeting"]', 'data-node')) ?? '';
      const options = await cardOptions(room);
      if (played.length === 0) {
        // Eight hands: five for A, three for B; the room's majority is played.
        for (const key of ['a', 'a', 'a', 'a', 'a', 'b', 'b', 'b']) await room.keyboard.press(key);
        await room.screenshot({ path: `${SHOTS}/journey-7-projector-card-fr.png` });
        // Read from the back of the room: the options are larger than a player's text.
        const size = await room.$eval('dialog[data-role="discussion"] .discussion-options li', (li) =>
          Number.parseFloat(getComputedStyle(li).fontSize),
        );
        expect(size).toBeGreaterThanOrEqual(20);
        expect(await room.textContent('[data-action="majority"]')).toContain('(A)');
        await room.keyboard.press('Enter');
        played.push({ nodeId, option: options[0] ?? -1, divided: false });
      } else if (played.length === 1) {
        // Four and four: the room is split, the facilitator plays B.
        for (const key of ['a', 'a', 'a', 'a', 'b', 'b', 'b', 'b']) await room.keyboard.press(key);
        await room.click(`[data-action="play"][data-index="${options[1]}"]`);
        played.push({ nodeId, option: options[1] ?? -1, divided: true });
      } else {
        await room.keyboard.press('a');
        await room.keyboard.press('Enter');
        played.push({ nodeId, option: options[0] ?? -1, divided: false });
      }
      await room.waitForSelector('dialog[data-role="discussion"]', { state: 'detached' });
    }
    expect(played.length).toBeGreaterThan(2);
    await room.click('[data-action="debrief"]');
    await room.waitForSelector('[data-role="room-debrief"]');
    await room.screenshot({ path: `${SHOTS}/journey-8-room-debrief-fr.png`, fullPage: true });
    const decisions = await room.$$eval('.room-decision', (items) =>
      items.map((li) => ({
        node: (li as HTMLElement).dataset.node ?? '',
        divided: li.classList.contains('divided'),
        votes: li.querySelector('.votes')?.textContent ?? '',
      })),
    );
    expect(decisions.map((d) => [d.node, d.divided])).toEqual(played.map((p) => [p.nodeId, p.divided]));
    expect(decisions[0]?.votes).toMatch(/A 5 · B 3/);

    // Three trainees on their own devices, in either language; each hands in their code.
    const phones: BrowserContext[] = [];
    const phone = async () => {
      const context = await browser.newContext({ viewport: { width: 390, height: 800 }, acceptDownloads: true });
      await returningPlayer(context);
      // Trainees who set the text to appear at once (typed lines and their skipping are the week's).
      await context.addInitScript(() => localStorage.setItem('rendez-vous.text-speed', 'instant'));
      phones.push(context);
      return context;
    };
    const lea = await trainee(await phone(), 'fr', 21, interview, CAREFUL);
    const tom = await trainee(await phone(), 'en', 22, interview, HASTY);
    const max = await trainee(await phone(), 'fr', 23, interview, PATIENT);
    const codeOn = async (page: Page) => (await page.getAttribute('[data-role="debrief"] .replay', 'data-code')) ?? '';
    // Max hands in the file the debrief offers (with the replay code, in its folded section), and
    // writes his name in it; the others read out their codes.
    await openDebriefSection(max.page, 'replay');
    const [download] = await Promise.all([max.page.waitForEvent('download'), max.page.click('[data-action="download-code"]')]);
    const maxFile = `Max ${await downloadedText(download)}`;
    const pasted = [`Léa : ${await codeOn(lea.page)}`, `Tom : ${await codeOn(tom.page)}`, `Tom : ${await codeOn(tom.page)}`];
    await Promise.all(phones.map((p) => p.close()));

    await room.goto(`${server.url}?lang=fr`);
    await room.click('[data-action="board"]');
    await room.waitForSelector('[data-role="board"]');
    await room.fill('#board-paste', pasted.join('\n'));
    await room.click('[data-action="add-codes"]');
    await room.setInputFiles('#board-files', { name: 'max.txt', mimeType: 'text/plain', buffer: Buffer.from(maxFile) });
    await room.waitForSelector('.board-table tbody tr:nth-child(3)');
    await room.screenshot({ path: `${SHOTS}/journey-9-board-fr.png`, fullPage: true });
    const rows = await room.$$eval('.board-table tbody tr', (trs) =>
      trs.map((tr) => Array.from(tr.children).map((cell) => (cell.textContent ?? '').trim())),
    );
    expect(rows.map((r) => [r[0], Number(r[3]), Number(r[4])])).toEqual(
      [
        ['Léa', lea.result],
        ['Tom', tom.result],
        ['Max', max.result],
      ].map(([name, result]) => [name, (result as MeetingResult).scores.listening, (result as MeetingResult).scores.closing]),
    );
    expect(await room.textContent('.board-summary')).toContain('1 en double');
    expect(await room.$$('.board-problems li')).toHaveLength(0);
    expect(errors).toEqual([]);
    await facilitator.close();
  }, 300_000);

  test('the training department’s package: imported, launched by the platform, completion and score reported', async () => {
    const work = mkdtempSync(join(tmpdir(), 'rendez-vous-journey-'));
    try {
      const made = await buildScormPackage({ outDir: join(work, 'build'), zipDir: join(work, 'zip') });
      // The platform unzips the package, serves it and launches the course under its SCORM run-time.
      const root = join(work, 'lms');
      for (const [name, bytes] of Object.entries(unzipSync(new Uint8Array(readFileSync(made.zipPath))))) {
        if (name.endsWith('/')) continue;
        mkdirSync(dirname(join(root, 'course', name)), { recursive: true });
        writeFileSync(join(root, 'course', name), bytes);
      }
      cpSync(createRequire(import.meta.url).resolve('scorm-again/scorm12/min'), join(root, 'scorm12.min.js'));
      const course = made.rules.meetings;
      expect(course).toContain(interview.id);
      // A learner who finished every other meeting of the course in earlier sessions, with 60 each.
      const earlier = Object.fromEntries(course.filter((id) => id !== interview.id).map((id) => [id, 60]));
      writeFileSync(
        join(root, 'index.html'),
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>LMS</title><link rel="icon" href="data:,">
<script src="scorm12.min.js"></script>
<script>
window.API = new Scorm12API({ autocommit: false, logLevel: 5 });
window.API.loadFromJSON({ core: { lesson_status: 'incomplete' }, suspend_data: ${JSON.stringify(JSON.stringify({ version: 1, best: earlier }))} });
</script></head><body><iframe id="course" title="course" style="width:1200px;height:800px"></iframe></body></html>`,
      );
      const lms = await serveDirectory(root);
      try {
        // The platform's window holds the whole 1200 × 800 course frame, as a learner's screen would.
        const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
        const errors = watchForErrors(page);
        await page.goto(lms.url);
        await page.evaluate((src) => {
          (document.getElementById('course') as HTMLIFrameElement).src = `course/${src}?seed=9&lang=en`;
        }, made.launch);
        const frame = await (await page.waitForSelector('#course')).contentFrame();
        if (!frame) throw new Error('the course frame did not load');
        await frame.click(`.card[data-scenario="${interview.id}"] .start`);
        const result = playToEnd(interview, 9, preferMoves(CAREFUL));
        await playActions(frame as unknown as Page, result.actions, 'mouse');
        await page.screenshot({ path: `${SHOTS}/journey-10-lms-debrief-en.png` });
        const value = (name: string) =>
          page.evaluate((n) => (window as unknown as { API: { LMSGetValue(e: string): string } }).API.LMSGetValue(n), name);
        expect(await value('cmi.core.lesson_status')).toBe('completed');
        const bests = [...Object.values(earlier), meetingScore(result.scores)];
        expect(Number(await value('cmi.core.score.raw'))).toBe(Math.round(bests.reduce((a, b) => a + b, 0) / course.length));
        // The first package's progress (one score a meeting) is read and kept, in the compact form of today's.
        const { listening, closing } = result.scores;
        expect(await value('cmi.suspend_data')).toBe(
          `2${Object.entries(earlier)
            .map(([id, score]) => `;${id}:${score},${score},${score}`)
            .join('')};${interview.id}:${meetingScore(result.scores)},${listening},${closing}`,
        );
        expect(errors).toEqual([]);
        await page.close();
      } finally {
        await lms.close();
      }
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }, 300_000);
});
