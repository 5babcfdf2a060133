import type { Browser, BrowserContext, Page } from 'playwright-core';
import { playToEnd, preferMoves, type Scenario } from '../src/engine/index.ts';
import { type HeapCensus, takeHeapCensus } from '../src/harness/heap-census.ts';
import { backToMenu, MENU_START, playActions, playHoldingNothing, returningPlayer } from '../src/harness/page-driver.ts';
import { median, percentile } from '../src/measure/stats.ts';

/** Every page is measured at the same laptop size, in English, with a fresh profile (cold cache). */
const VIEWPORT = { width: 1280, height: 720 } as const;
const TEXT_SPEED = 'rendez-vous.text-speed';

async function freshPage(browser: Browser, init?: () => void): Promise<{ page: Page; context: BrowserContext }> {
  // No service worker: each run is a first visit, and a worker precaching the game would load the
  // machine during the measures that follow.
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'en-GB', serviceWorkers: 'block' });
  // tsx compiles this file keeping function names through a `__name` helper, which then appears in
  // the source of every function sent to the page: the page needs a harmless one of its own.
  await context.addInitScript({ content: 'globalThis.__name ??= (target) => target;' });
  if (init) await context.addInitScript(init);
  // A returning player's: a first launch opens on the introduction, and the measures are of the menu and meetings.
  await returningPlayer(context);
  return { page: await context.newPage(), context };
}

/** Paths (inside the build) of every file a page fetched from `base`. */
function fetched(page: Page, base: string): string[] {
  const files: string[] = [];
  page.on('requestfinished', (request) => {
    const url = request.url();
    if (url.startsWith(base)) files.push(new URL(url).pathname.slice(1));
  });
  return files;
}

/** Installed before the game runs: notes the first moment a scenario's start button is there and enabled. */
function watchMenu(selector: string): void {
  const w = window as unknown as { benchMenuAt?: number };
  const look = () => {
    if (w.benchMenuAt !== undefined) return;
    const start = document.querySelector<HTMLButtonElement>(selector);
    if (start && !start.disabled) {
      w.benchMenuAt = performance.now();
      observer.disconnect();
    }
  };
  const observer = new MutationObserver(look);
  observer.observe(document, { childList: true, subtree: true, attributes: true });
}

export interface LoadRun {
  /** Milliseconds from navigation start. */
  readonly ms: number;
  readonly files: readonly string[];
}

/** The game's menu: navigation start to the first start button that can be pressed. */
export async function menuInteractive(browser: Browser, url: string): Promise<LoadRun> {
  const { page, context } = await freshPage(browser);
  await context.addInitScript(watchMenu, MENU_START);
  const files = fetched(page, url);
  await page.goto(`${url}?lang=en`);
  const ms = await page.waitForFunction(() => (window as unknown as { benchMenuAt?: number }).benchMenuAt, undefined, {
    timeout: 60_000,
  });
  const at = Number(await ms.jsonValue());
  await context.close();
  return { ms: at, files: [...files] };
}

/** The blank Phaser page: navigation start to its first rendered frame. */
export async function blankFirstFrame(browser: Browser, url: string): Promise<LoadRun> {
  const { page, context } = await freshPage(browser);
  const files = fetched(page, url);
  await page.goto(url);
  const handle = await page.waitForFunction(() => performance.getEntriesByName('blank:first-frame')[0]?.startTime, undefined, {
    timeout: 60_000,
  });
  const at = Number(await handle.jsonValue());
  await context.close();
  return { ms: at, files: [...files] };
}

/** Instant text, so that the new line's whole text is in the page as soon as it is drawn. */
function instantText(key: string): void {
  localStorage.setItem(key, 'instant');
}

/**
 * Installed before the game runs: for each key press, the time from the key event to the meeting
 * panel drawing its next snapshot (`data-renders` changes), and to the animation frame that paints it.
 */
function watchLatency(): void {
  const w = window as unknown as { benchLatency: { dom: number[]; frame: number[]; at: string[] } };
  w.benchLatency = { dom: [], frame: [], at: [] };
  let pressedAt: number | null = null;
  let key = '';
  window.addEventListener(
    'keydown',
    (event) => {
      pressedAt = event.timeStamp;
      key = event.key;
    },
    true,
  );
  new MutationObserver(() => {
    if (pressedAt === null) return;
    const from = pressedAt;
    pressedAt = null;
    w.benchLatency.dom.push(performance.now() - from);
    w.benchLatency.at.push(`${key} → ${document.querySelector<HTMLElement>('[data-role="meeting"]')?.dataset.node ?? '?'}`);
    requestAnimationFrame(() => w.benchLatency.frame.push(performance.now() - from));
  }).observe(document, { attributes: true, attributeFilter: ['data-renders'], subtree: true });
}

export interface Latency {
  readonly samples: number;
  readonly domP50: number;
  readonly domP95: number;
  readonly frameP50: number;
  readonly frameP95: number;
  /** The slowest key presses (to the frame): the key, the node it led to, milliseconds. */
  readonly slowest: readonly string[];
}

/** Plays the scenario through the keyboard once per play style and times every key press. */
export async function choiceLatency(
  browser: Browser,
  url: string,
  scenario: Scenario,
  seed: number,
  styles: readonly (readonly string[])[],
): Promise<Latency> {
  const dom: number[] = [];
  const frame: number[] = [];
  const at: string[] = [];
  for (const style of styles) {
    const { page, context } = await freshPage(browser, watchLatency);
    await context.addInitScript(instantText, TEXT_SPEED);
    await page.goto(`${url}?lang=en&seed=${seed}&scenario=${scenario.id}`);
    await playActions(page, playToEnd(scenario, seed, preferMoves(style)).actions, 'keyboard');
    const got = await page.evaluate(
      () => (window as unknown as { benchLatency: { dom: number[]; frame: number[]; at: string[] } }).benchLatency,
    );
    dom.push(...got.dom);
    frame.push(...got.frame);
    at.push(...got.at.slice(0, got.frame.length));
    await context.close();
  }
  return {
    samples: frame.length,
    domP50: percentile(dom, 50),
    domP95: percentile(dom, 95),
    frameP50: percentile(frame, 50),
    frameP95: percentile(frame, 95),
    slowest: frame
      .map((ms, i) => ({ ms, at: at[i] ?? '?' }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 5)
      .map((s) => `${s.at}: ${s.ms.toFixed(0)} ms`),
  };
}

/** Frame-to-frame times (ms) over `ms` of requestAnimationFrame in the page. */
function frameTimes(page: Page, ms: number): Promise<number[]> {
  return page.evaluate(
    (duration) =>
      new Promise<number[]>((done) => {
        const deltas: number[] = [];
        let last = performance.now();
        const end = last + duration;
        const tick = (now: number) => {
          deltas.push(now - last);
          last = now;
          if (now < end) requestAnimationFrame(tick);
          else done(deltas);
        };
        requestAnimationFrame(tick);
      }),
    ms,
  );
}

export interface FrameFigures {
  readonly gameP95: number;
  readonly gameMedian: number;
  readonly blankP95: number;
  readonly blankMedian: number;
}

/**
 * Frame times while the meeting's first line is typed (normal speed) and the prospect's idle beats
 * play, against the blank Phaser page sitting on its empty scene for as long.
 */
export async function frameTime(browser: Browser, gameUrl: string, blankUrl: string, scenarioId: string, ms: number) {
  const game = await freshPage(browser);
  await game.page.goto(`${gameUrl}?lang=en&seed=7&scenario=${scenarioId}`);
  await game.page.waitForSelector('[data-role="meeting"]');
  const gameDeltas = await frameTimes(game.page, ms);
  await game.context.close();
  const blank = await freshPage(browser);
  await blank.page.goto(blankUrl);
  await blank.page.waitForFunction(() => performance.getEntriesByName('blank:first-frame').length > 0);
  const blankDeltas = await frameTimes(blank.page, ms);
  await blank.context.close();
  return {
    gameP95: percentile(gameDeltas, 95),
    gameMedian: median(gameDeltas),
    blankP95: percentile(blankDeltas, 95),
    blankMedian: median(blankDeltas),
  } satisfies FrameFigures;
}

/** What the memory target is measured on, written with the figures so that results.json says it. */
export const MEMORY_METHOD =
  'JS objects in a heap snapshot after garbage collection (V8 code, bytecode and feedback, and the browser’s own C++ objects, left out)';

/** One reading back at the menu: the heap snapshot's counts, and the whole JS heap in use. */
export interface MemoryReading extends HeapCensus {
  /** The whole JS heap in use (Runtime.getHeapUsage, compiled code included) after a full collection. */
  readonly heapUsed: number;
}

export interface MemoryFigures {
  readonly meetings: number;
  readonly method: typeof MEMORY_METHOD;
  /** After the first meeting and after the last; the target is on `jsObjects`. */
  readonly first: MemoryReading;
  readonly last: MemoryReading;
}

/**
 * Plays the same meeting `meetings` times in one page (menu → meeting → debrief → menu) and, after
 * the first and after the last, reads the JS heap in use and takes a heap snapshot.
 *
 * The target is on the snapshot's JS objects, not on the whole heap. Over 20 meetings the whole heap
 * grew 10 to 17 % while its JS objects grew 0.5 %: the rest was V8 compiling and optimising the hot
 * functions of the game and Phaser (machine code, deoptimisation data, feedback vectors: 1 MB by
 * meeting 20, levelling off at 810, 230, 110 then 40 KB per ten meetings, while the JS objects stayed
 * within 0.4 % of meeting 1's up to meeting 40); with Sparkplug, Maglev and TurboFan off the whole
 * heap grew 1 %. The whole heap is noisy besides: with tiering off, two readings 0.8 MB apart came
 * with snapshots whose objects and code differed by 0.1 MB. A leak of the game's is made of JS
 * objects (an actor, a listener's closure and all it reaches, Phaser objects, saved state) and counts
 * in full: a `visibilitychange` listener the meeting scene forgot to remove took the figure to 27 %;
 * keeping every view the meeting drew (7 KB a meeting) showed as 2.9 %, under the target but far
 * above 0.5 %.
 */
export async function memoryOverMeetings(
  browser: Browser,
  url: string,
  scenario: Scenario,
  style: readonly string[],
  meetings: number,
  progress: (done: number) => void,
): Promise<MemoryFigures> {
  const seed = 7;
  const actions = playToEnd(scenario, seed, preferMoves(style)).actions;
  const { page, context } = await freshPage(browser);
  await context.addInitScript(instantText, TEXT_SPEED);
  const cdp = await context.newCDPSession(page);
  const measure = async (): Promise<MemoryReading> => {
    // Twice: objects with finalizers or weak references are only freed by a second pass.
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const heapUsed = (await cdp.send('Runtime.getHeapUsage')).usedSize;
    return { heapUsed, ...(await takeHeapCensus(cdp)) };
  };
  await page.goto(`${url}?lang=en&seed=${seed}`);
  let first: MemoryReading | null = null;
  for (let i = 1; i <= meetings; i++) {
    await page.click(`.card[data-scenario="${scenario.id}"] .start`);
    await playHoldingNothing(page, actions);
    await backToMenu(page);
    if (i === 1) first = await measure();
    progress(i);
  }
  const last = await measure();
  await context.close();
  if (!first) throw new Error('memoryOverMeetings: no meeting was played');
  return { meetings, method: MEMORY_METHOD, first, last };
}

/** Installed before the game runs: the last press or click, and when the debrief and its road appear. */
function watchDebrief(): void {
  const w = window as unknown as { benchDebrief: { input: number; drawn: number | null; road: number | null } };
  w.benchDebrief = { input: 0, drawn: null, road: null };
  const pressed = (event: Event) => {
    if (w.benchDebrief.drawn === null) w.benchDebrief.input = event.timeStamp;
  };
  window.addEventListener('keydown', pressed, true);
  window.addEventListener('pointerdown', pressed, true);
  new MutationObserver(() => {
    const now = performance.now();
    if (w.benchDebrief.drawn === null && document.querySelector('[data-role="debrief"]')) w.benchDebrief.drawn = now;
    if (w.benchDebrief.road === null && document.querySelector('[data-role="road-not-taken"][data-ready="true"]'))
      w.benchDebrief.road = now;
  }).observe(document, { childList: true, attributes: true, subtree: true });
}

export interface DebriefTiming {
  /** The last click of the meeting to the debrief in the page. */
  readonly drawnMs: number;
  /** The last click to the road not taken shown, weighed or "too large to compare". */
  readonly roadMs: number;
}

/**
 * A scenario file imported in the menu and played by mouse (a decision may have more options than
 * number keys): how soon its debrief is drawn, and how soon its road not taken is settled.
 */
export async function debriefOfImported(
  browser: Browser,
  url: string,
  text: string,
  scenario: Scenario,
  seed: number,
  style: readonly string[],
): Promise<DebriefTiming> {
  const { page, context } = await freshPage(browser, watchDebrief);
  await context.addInitScript(instantText, TEXT_SPEED);
  await page.goto(`${url}?lang=en&seed=${seed}`);
  await page.setInputFiles('[data-role="import-file"]', {
    name: 'bench.yaml',
    mimeType: 'application/yaml',
    buffer: Buffer.from(text),
  });
  await page.click(`.card[data-scenario="${scenario.id}"] .start`);
  await playActions(page, playToEnd(scenario, seed, preferMoves(style)).actions, 'mouse');
  // The road not taken is in a folded section of the debrief: settled is enough, seen is not needed.
  await page.waitForSelector('[data-role="road-not-taken"][data-ready="true"]', { state: 'attached', timeout: 300_000 });
  const got = await page.evaluate(
    () => (window as unknown as { benchDebrief: { input: number; drawn: number; road: number } }).benchDebrief,
  );
  await context.close();
  return { drawnMs: got.drawn - got.input, roadMs: got.road - got.input };
}
