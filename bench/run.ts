/**
 * `npm run bench [-- --check]`: builds the game and a blank Phaser page into bench/.out, measures
 * both in a headless Chromium, times the engine in Node, runs Lighthouse, prints a table of every
 * figure next to its target and writes bench/results.json. With --check, exits 1 when a target is
 * missed. A benchmark, not a test: the figures move with the machine's load.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, platform, release, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { loadScenarioOrThrow } from '../src/engine/index.ts';
import { findChrome, launchOptions } from '../src/harness/chrome.ts';
import { serveDirectory } from '../src/harness/static-server.ts';
import { wideMeeting } from '../src/harness/wide-meeting.ts';
import { firstLoad, sizeOfFiles } from '../src/measure/bundle.ts';
import { performanceRows } from '../src/measure/lighthouse.ts';
import { atLeast, atMost, info, kib, missed, ms, percent, plain, type Row, table, times } from '../src/measure/report.ts';
import { growth, median, ratio } from '../src/measure/stats.ts';
import { buildBlank, buildGame, OUT } from './build.ts';
import type { EngineFigures } from './engine.ts';
import { runLighthouse } from './lighthouse.ts';
import { blankFirstFrame, choiceLatency, debriefOfImported, frameTime, memoryOverMeetings, menuInteractive } from './page.ts';
import { benchRoom, ROOM_TARGET_MS, roomRows } from './room.ts';

const TARGETS = {
  firstLoadJsGzipAboveBlank: 60 * 1024,
  menuRatio: 1.25,
  choiceP95Ms: 50,
  /** Issue 15: on any valid file the debrief is drawn within 2 s (the road follows, a slice at a time). */
  debriefMs: 2_000,
  heapGrowth: 0.1,
  validateMs: 500,
  sessionsMs: 1_000,
  /** Issue 15: the exact report of each shipped scenario within a minute. */
  reportMs: 60_000,
  lighthouse: 95,
  /** Issue 17: Lighthouse's mobile preset (slow 4G, 4× CPU slowdown) is a harder test than the desktop one. */
  lighthouseMobile: 90,
  /** Issue 20: a phone's vote shows on the projector within 200 ms (p95) on 127.0.0.1. */
  roomVoteMs: ROOM_TARGET_MS,
} as const;
/**
 * Phaser and the scenes: imported dynamically so that the first menu comes before them, but fetched
 * by every visit right after it, so they count in the first load. The scenario content (the catalog's
 * chunk) does not: the issue asks for content to be loaded apart.
 */
const STARTED_WITH_THE_PAGE = ['src/game.ts'];
const LOAD_RUNS = 7;
/** Lighthouse's score moves with the machine's load; its authors advise the median of five runs. */
const LIGHTHOUSE_RUNS = 5;
const MEETINGS = 20;
const FRAME_MS = 5_000;
/** Play styles for the scripted playthroughs, as move preferences (as in the browser tests). */
const STYLES = {
  listener: ['take-note', 'let-finish', 'relaunch', 'open-question', 'summarize', 'admit-weakness', 'propose-next-step'],
  hasty: ['interrupt', 'oversell', 'monologue', 'deny-weakness', 'force-decision'],
} as const;

const say = (message: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);
const scenarioFile = (id: string) => {
  const file = `dialogues/${id}.yaml`;
  return loadScenarioOrThrow(readFileSync(file, 'utf8'), file);
};

async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  const chrome = await findChrome();
  const rows: Row[] = [];

  say('building the game and the blank Phaser page into bench/.out');
  await buildGame();
  await buildBlank();
  const game = firstLoad(OUT.game, STARTED_WITH_THE_PAGE);
  const blank = firstLoad(OUT.blank);
  say(`first load: game ${game.files.join(', ')}; blank ${blank.files.join(', ')}`);

  const gameServer = await serveDirectory(OUT.game);
  const blankServer = await serveDirectory(OUT.blank);
  const browser = await chromium.launch(launchOptions(chrome));
  const chromiumVersion = browser.version();
  try {
    say(`time to interactive menu: ${LOAD_RUNS} cold loads of each page, alternated`);
    const menuRuns = [];
    const blankRuns = [];
    for (let i = 0; i < LOAD_RUNS; i++) {
      menuRuns.push(await menuInteractive(browser, gameServer.url));
      blankRuns.push(await blankFirstFrame(browser, blankServer.url));
      say(`  run ${i + 1}: menu ${ms(menuRuns[i]?.ms ?? 0)}, blank first frame ${ms(blankRuns[i]?.ms ?? 0)}`);
    }
    const menuMs = median(menuRuns.map((r) => r.ms));
    const blankMs = median(blankRuns.map((r) => r.ms));
    const toMenu = sizeOfFiles(OUT.game, menuRuns[0]?.files ?? []);

    const interview = scenarioFile('mission-interview');
    say('choice → next line: mission-interview played through by keyboard in two styles');
    const latency = await choiceLatency(browser, gameServer.url, interview, 7, [STYLES.listener, STYLES.hasty]);
    say(`  slowest: ${latency.slowest.join('; ')}`);

    say(`frame time: ${FRAME_MS / 1000} s of the meeting scene, then of the blank page`);
    const frames = await frameTime(browser, gameServer.url, blankServer.url, interview.id, FRAME_MS);

    const diary = scenarioFile('full-diary');
    say(`memory: ${MEETINGS} meetings of ${diary.id} in one page`);
    const memory = await memoryOverMeetings(browser, gameServer.url, diary, STYLES.hasty, MEETINGS, (done) => {
      if (done === 1 || done % 5 === 0) say(`  ${done} meetings played`);
    });
    // The meetings of wide-meeting.ts: the one of issue 15 (20 decisions of 12 options, each looping
    // on itself), then 6 such decisions remembered to the end, more states than the road explores.
    say('debrief of a wide meeting: imported, played by mouse, its road weighed or too large');
    const wide = { issue: wideMeeting(), remembered: wideMeeting({ decisions: 6, remembered: true }) };
    const wideStyle = ['open-question', 'propose-next-step'];
    const debriefs = {
      issue: await debriefOfImported(
        browser,
        gameServer.url,
        wide.issue,
        loadScenarioOrThrow(wide.issue, 'wide.yaml'),
        5,
        wideStyle,
      ),
      remembered: await debriefOfImported(
        browser,
        gameServer.url,
        wide.remembered,
        loadScenarioOrThrow(wide.remembered, 'wide.yaml'),
        5,
        wideStyle,
      ),
    };
    await browser.close();

    say(`Lighthouse (desktop preset): ${LIGHTHOUSE_RUNS} runs on the built game, then one on the blank Phaser page`);
    const desktopRun = await runLighthouse(gameServer.url, chrome, 'desktop', LIGHTHOUSE_RUNS);
    const lighthouse = desktopRun.figures;
    const lighthouseBlank = (await runLighthouse(blankServer.url, chrome, 'desktop')).figures;
    say(`Lighthouse (mobile preset: slow 4G, 4× CPU slowdown, simulated): ${LIGHTHOUSE_RUNS} runs on the built game`);
    const mobileRun = await runLighthouse(gameServer.url, chrome, 'mobile', LIGHTHOUSE_RUNS);
    const lighthouseMobile = mobileRun.figures;
    // The median runs' whole reports, to read what each audit cost (open in the Lighthouse viewer).
    writeFileSync('bench/.out/lighthouse-desktop.json', JSON.stringify(desktopRun.median));
    writeFileSync('bench/.out/lighthouse-mobile.json', JSON.stringify(mobileRun.median));

    say(
      'engine in Node: validating a generated 5,000-node scenario, playing 1,000 seeded random sessions, the exact report of each shipped scenario',
    );
    const engine: EngineFigures = JSON.parse(
      execFileSync(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('./engine-process.ts', import.meta.url))], {
        encoding: 'utf8',
        maxBuffer: 16 * 1024 * 1024,
      }),
    );
    say('live room (issue 20): the workshop server in a process of its own, a projector and 40 phones voting');
    const room = await benchRoom(say);

    const aboveBlank = game.js.gzip - blank.js.gzip;
    rows.push(
      atMost('First load JS gzip, above the blank Phaser page', aboveBlank, TARGETS.firstLoadJsGzipAboveBlank, kib),
      info('First load JS, game (raw / gzip)', `${kib(game.js.raw)} / ${kib(game.js.gzip)}`),
      info('First load JS, blank Phaser page (raw / gzip)', `${kib(blank.js.raw)} / ${kib(blank.js.gzip)}`),
      info('First load total, game (raw / gzip)', `${kib(game.total.raw)} / ${kib(game.total.gzip)}`),
      info('First load total, blank Phaser page (raw / gzip)', `${kib(blank.total.raw)} / ${kib(blank.total.gzip)}`),
      info('JS fetched until the menu is interactive (raw / gzip)', `${kib(toMenu.js.raw)} / ${kib(toMenu.js.gzip)}`),
      info(`Menu interactive, median of ${LOAD_RUNS} cold loads`, ms(menuMs)),
      info(`Blank page first frame, median of ${LOAD_RUNS} cold loads`, ms(blankMs)),
      atMost('Menu interactive ÷ blank first frame', ratio(menuMs, blankMs), TARGETS.menuRatio, times),
      info(`Choice → next line painted, p50 (${latency.samples} key presses)`, ms(latency.frameP50)),
      atMost('Choice → next line painted, p95', latency.frameP95, TARGETS.choiceP95Ms, ms),
      info('Choice → next line in the DOM, p50 / p95', `${ms(latency.domP50)} / ${ms(latency.domP95)}`),
      atMost('Wide meeting (issue 15): last click → debrief drawn', debriefs.issue.drawnMs, TARGETS.debriefMs, ms),
      info('Wide meeting: last click → road not taken weighed', ms(debriefs.issue.roadMs)),
      atMost('Wide meeting, remembered: last click → debrief drawn', debriefs.remembered.drawnMs, TARGETS.debriefMs, ms),
      info('Wide meeting, remembered: last click → "too large to compare"', ms(debriefs.remembered.roadMs)),
      info('Frame time p95, meeting / blank page', `${ms(frames.gameP95)} / ${ms(frames.blankP95)}`),
      info('Frame time p95, meeting ÷ blank page', times(ratio(frames.gameP95, frames.blankP95))),
      info(
        `JS objects after meeting 1 / after meeting ${MEETINGS} (heap snapshot)`,
        `${kib(memory.first.jsObjects)} / ${kib(memory.last.jsObjects)}`,
      ),
      atMost(
        `JS object heap growth over ${MEETINGS} meetings (V8's compiled code left out)`,
        growth(memory.first.jsObjects, memory.last.jsObjects),
        TARGETS.heapGrowth,
        percent,
      ),
      info(
        `V8 compiled code and feedback after meeting 1 / ${MEETINGS} (warm-up)`,
        `${kib(memory.first.code)} / ${kib(memory.last.code)} (${percent(growth(memory.first.code, memory.last.code))})`,
      ),
      info(
        `Whole JS heap in use after meeting 1 / ${MEETINGS}, code included`,
        `${kib(memory.first.heapUsed)} / ${kib(memory.last.heapUsed)} (${percent(growth(memory.first.heapUsed, memory.last.heapUsed))})`,
      ),
      info(
        `Closures, event listeners, detached DOM nodes after meeting 1 → ${MEETINGS}`,
        [
          [memory.first.closures, memory.last.closures],
          [memory.first.eventListeners, memory.last.eventListeners],
          [memory.first.detachedDomNodes, memory.last.detachedDomNodes],
        ]
          .map(([first, last]) => `${first} → ${last}`)
          .join(', '),
      ),
      atMost(
        `Engine: validate a ${engine.nodes.toLocaleString('en')}-node scenario (CPU)`,
        engine.validate.cpuMs,
        TARGETS.validateMs,
        ms,
      ),
      info('Engine: validate, wall clock', ms(engine.validate.wallMs)),
      atMost(
        `Engine: ${engine.sessionCount.toLocaleString('en')} random sessions (CPU)`,
        engine.sessions.cpuMs,
        TARGETS.sessionsMs,
        ms,
      ),
      info('Engine: random sessions, wall clock', ms(engine.sessions.wallMs)),
      ...engine.reports.map((r) =>
        atMost(
          `Engine: exact report of ${r.scenario}, ${r.states.toLocaleString('en')} states (CPU; wall ${ms(r.time.wallMs)})`,
          r.time.cpuMs,
          TARGETS.reportMs,
          ms,
        ),
      ),
      ...performanceRows(lighthouse, TARGETS.lighthouse),
      ...performanceRows(lighthouseMobile, TARGETS.lighthouseMobile),
      info(
        'Lighthouse performance, blank Phaser page (desktop)',
        lighthouseBlank.performance === null ? 'not scored (paints no content)' : plain(lighthouseBlank.performance),
      ),
      atLeast('Lighthouse accessibility (desktop)', lighthouse.accessibility ?? 0, TARGETS.lighthouse, plain),
      atLeast('Lighthouse best practices (desktop)', lighthouse.bestPractices ?? 0, TARGETS.lighthouse, plain),
      ...roomRows(room, TARGETS.roomVoteMs),
    );

    const machine = {
      os: `${platform()} ${release()}`,
      cpus: `${cpus().length} × ${cpus()[0]?.model ?? 'unknown'}`,
      memory: kib(totalmem()),
      loadAverageAtEnd: loadavg()
        .map((n) => n.toFixed(1))
        .join(' '),
      node: process.version,
      chromium: chromiumVersion,
    };
    const results = {
      date: new Date().toISOString(),
      machine,
      targets: TARGETS,
      cache: 'cold: a fresh browser context for every load, service workers blocked',
      textSpeed: 'instant for choice → next line and memory; normal for frame time',
      figures: {
        bundle: { game, blank, toMenu },
        menu: { runs: menuRuns.map((r) => r.ms), blankRuns: blankRuns.map((r) => r.ms), menuMs, blankMs },
        latency,
        debriefs,
        frames,
        memory,
        engine,
        lighthouse,
        lighthouseBlank,
        lighthouseMobile,
        room,
      },
      table: rows,
    };
    writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
    console.log(`\n${table(rows)}\n`);
    console.log(
      `Machine: ${machine.cpus}, ${machine.os}, Node ${machine.node}, Chromium ${machine.chromium}, load ${machine.loadAverageAtEnd}`,
    );
    for (const figures of [lighthouse, lighthouseMobile]) {
      if (figures.failing.length > 0) {
        console.log(`Lighthouse audits not passed (${figures.preset}):\n  ${figures.failing.join('\n  ')}`);
      }
    }
    console.log('Written: bench/results.json');
  } finally {
    await browser.close().catch(() => {});
    await gameServer.close();
    await blankServer.close();
  }

  const failed = missed(rows);
  if (check && failed.length > 0) {
    console.error(
      `\n--check: ${failed.length} target(s) missed:\n${failed.map((r) => `  ${r.figure}: ${r.value}, target ${r.target}`).join('\n')}`,
    );
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
