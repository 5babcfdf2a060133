import type { BrowserContext, Download, Page } from 'playwright-core';
import type { PlayerAction } from '../engine/index.ts';
import { INTRODUCTION_KEY } from '../storage/introduction.ts';

/** The first scenario's start button on the menu: there and enabled once the menu can be used. */
export const MENU_START = '[data-role="menu"] .card[data-scenario] .start';

/**
 * Makes the context a returning player's: one who finished or skipped the introduction on an earlier
 * visit, so that the game opens on the menu. A fresh context is a first launch, which opens on the
 * introduction; tests of the menu and what follows it start where a returning player does. Whatever
 * the page itself stores later is kept (the mark is set only where there is none).
 */
export async function returningPlayer(context: BrowserContext): Promise<void> {
  await context.addInitScript((key) => {
    if (localStorage.getItem(key) === null) localStorage.setItem(key, 'skipped');
  }, INTRODUCTION_KEY);
}

/** What the meeting panel shows, read from the accessible DOM: its buttons and whether a line is being typed. */
export interface PanelState {
  readonly renders: number;
  readonly typing: boolean;
  readonly phase: string;
  readonly node: string;
  readonly buttons: readonly { readonly action: string; readonly index: number | null; readonly name: string }[];
}

export async function panelState(page: Page): Promise<PanelState> {
  return page.$eval('[data-role="meeting"]', (panel) => {
    const element = panel as HTMLElement;
    return {
      renders: Number(element.dataset.renders ?? 0),
      typing: element.dataset.typing === 'true',
      phase: element.dataset.phase ?? '',
      node: element.dataset.node ?? '',
      buttons: Array.from(element.querySelectorAll<HTMLButtonElement>('[data-role="actions"] button')).map((b) => ({
        action: b.dataset.action ?? '',
        index: b.dataset.index === undefined ? null : Number(b.dataset.index),
        name: (b.textContent ?? '').trim(),
      })),
    };
  });
}

/** How the player acts: keys only, or the mouse (or a finger) only. */
export type Input = 'keyboard' | 'mouse';

/** Waits for the meeting to draw a snapshot after the `after`-th (the line may still be typing). */
export async function waitForRender(page: Page, after: number): Promise<void> {
  await page.waitForFunction(
    (before) => Number((document.querySelector('[data-role="meeting"]') as HTMLElement | null)?.dataset.renders ?? 0) > before,
    after,
    // A guard against a hang, with room for a busy machine.
    { timeout: 15_000 },
  );
}

/** Shows the whole line if it is still being typed (Enter, or a click on the text). */
export async function finishLine(page: Page, input: Input): Promise<PanelState> {
  let state = await panelState(page);
  if (!state.typing) return state;
  // Enter finishes a line being typed, and moves on from a line already whole: pressed from here, it
  // can arrive just after the line finished typing by itself, and skip the next screen. So the key is
  // sent from inside the page, in the same task that sees the line still typing. A click on the
  // line's text only ever finishes it.
  if (input === 'keyboard')
    await page.evaluate(() => {
      const panel = document.querySelector<HTMLElement>('[data-role="meeting"]');
      if (panel?.dataset.typing === 'true') document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    });
  else await page.click('.line');
  await page.waitForSelector('[data-role="meeting"][data-typing="false"]', { timeout: 15_000 });
  state = await panelState(page);
  return state;
}

/** The key or button that performs an action now, or an error naming what the screen offers instead. */
function control(state: PanelState, action: PlayerAction): { key: string; selector: string } {
  const offered = () =>
    `node "${state.node}" (${state.phase}) offers: ${state.buttons.map((b) => b.action + (b.index ?? '')).join(', ')}`;
  const has = (name: string) => state.buttons.some((b) => b.action === name);
  switch (action.kind) {
    case 'choose': {
      const options = state.buttons.filter((b) => b.action === 'choose');
      const position = options.findIndex((b) => b.index === action.index) + 1;
      if (position === 0) throw new Error(`option ${action.index} is not shown; ${offered()}`);
      return { key: String(position), selector: `[data-action="choose"][data-index="${action.index}"]` };
    }
    case 'continue':
      if (!has('continue')) throw new Error(`no continue button; ${offered()}`);
      return { key: 'Enter', selector: '[data-action="continue"]' };
    case 'note':
      if (!has('note')) throw new Error(`no note button; ${offered()}`);
      return { key: 'n', selector: '[data-action="note"]' };
    case 'interrupt':
      if (!has('interrupt')) throw new Error(`no interrupt button; ${offered()}`);
      return { key: 'i', selector: '[data-action="interrupt"]' };
  }
}

/** Plays the actions on the meeting on the screen, each line finished first; the meeting may go on after them. */
export async function playSteps(
  page: Page,
  actions: readonly PlayerAction[],
  input: Input,
  onState: (state: PanelState) => Promise<void> = async () => {},
): Promise<void> {
  await page.waitForSelector('[data-role="meeting"]');
  for (const action of actions) {
    const state = await finishLine(page, input);
    await onState(state);
    const { key, selector } = control(state, action);
    if (input === 'keyboard') await page.keyboard.press(key);
    else await page.click(`[data-role="actions"] ${selector}`);
    await waitForRender(page, state.renders);
  }
}

/**
 * Plays a sequence of actions through the page as a person would: finish each line, then press the
 * key (or click the button) the screen shows for the action. `onState` sees each screen before acting.
 */
export async function playActions(
  page: Page,
  actions: readonly PlayerAction[],
  input: Input,
  onState: (state: PanelState) => Promise<void> = async () => {},
): Promise<void> {
  await playSteps(page, actions, input, onState);
  const last = await finishLine(page, input);
  if (last.phase !== 'ended')
    throw new Error(`the actions ran out at node "${last.node}" (${last.phase}) before the meeting ended`);
  await onState(last);
  if (input === 'keyboard') await page.keyboard.press('Enter');
  else await page.click('[data-action="debrief"]');
  await page.waitForSelector('[data-role="debrief"]');
}

/**
 * A meeting played by keyboard to its debrief, like the tests' playActions but holding no element
 * handle: a handle keeps its element (and all that element's listeners reach) alive, which would
 * show up as a leak of the game's in the heap figures.
 */
export async function playHoldingNothing(page: Page, actions: readonly PlayerAction[]): Promise<void> {
  await page.locator('[data-role="meeting"]').waitFor();
  for (const action of actions) {
    const state = await panelState(page);
    await page.keyboard.press(control(state, action).key);
    const drawn = await page.waitForFunction(
      (before) => Number((document.querySelector('[data-role="meeting"]') as HTMLElement | null)?.dataset.renders ?? 0) > before,
      state.renders,
      { timeout: 15_000 },
    );
    await drawn.dispose();
  }
  await page.keyboard.press('Enter');
  await page.locator('[data-role="debrief"]').waitFor();
}

/**
 * From the debrief back to the menu, and two frames more: a CSS transition still running on the
 * button pressed keeps the whole detached debrief alive in the browser's animation timeline until
 * the next frame, which a heap snapshot taken at once would count.
 */
export async function backToMenu(page: Page): Promise<void> {
  await page.click('[data-role="debrief"] [data-action="menu"]');
  await page.locator(MENU_START).first().waitFor();
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

/**
 * Opens a replay address as a coach would, on a page clock the driver can move: a chosen option
 * stays highlighted half a second before the replay moves on, which the driver jumps over.
 */
export async function openReplay(page: Page, address: string): Promise<void> {
  await page.clock.install();
  await page.goto(address);
  await page.waitForSelector('[data-role="replay"]');
}

/**
 * Presses "next step" until the replay opened by `openReplay` has nothing left, then opens its
 * debrief. Gives the meeting node shown before each step, in order.
 */
export async function watchReplayToDebrief(page: Page): Promise<string[]> {
  const nodes: string[] = [];
  while (await page.isEnabled('[data-action="replay-next"]')) {
    nodes.push((await page.getAttribute('[data-role="meeting"]', 'data-node')) ?? '');
    const before = await page.textContent('.replay-step');
    await page.click('[data-action="replay-next"]');
    await page.clock.fastForward(500);
    await page.waitForFunction((shown) => document.querySelector('.replay-step')?.textContent !== shown, before, {
      timeout: 15_000,
    });
    if (nodes.length > 500) throw new Error('the replay does not end');
  }
  await page.click('[data-action="debrief"]');
  await page.waitForSelector('[data-role="debrief"]');
  return nodes;
}

/** What the debrief shows, read back from the page. */
export async function readDebrief(page: Page) {
  return page.$eval('[data-role="debrief"]', (root) => {
    const element = root as HTMLElement;
    const text = (selector: string, within: Element = element) => (within.querySelector(selector)?.textContent ?? '').trim();
    return {
      outcome: element.dataset.outcome ?? '',
      heading: text('h1'),
      endingTitle: text('.ending-title'),
      epilogue: text('.epilogue'),
      // The scores are on the first screen; each skill's starting point and moments in the folded list of moments.
      skills: Array.from(element.querySelectorAll<HTMLElement>('.skills [data-skill]')).map((skill) => {
        const name = skill.dataset.skill ?? '';
        return {
          skill: name,
          score: Number(skill.dataset.score),
          base: Number(skill.dataset.base),
          scoreText: text('.skill-name', skill),
          baseText: text(`[data-start-of="${name}"]`),
          moments: Array.from(element.querySelectorAll<HTMLElement>(`[data-moments-of="${name}"] .moment`)).map((m) => ({
            lesson: m.dataset.lesson ?? '',
            points: Number(m.dataset.points),
            head: text('.moment-head', m),
            said: text('.said', m),
            why: text('.why', m),
          })),
        };
      }),
    };
  });
}

/**
 * Opens a folded section of the debrief (`moments`, `ending`, `road`, `figures`, `replay`) as a
 * player does, by its heading, and waits until it is open.
 */
export async function openDebriefSection(page: Page, section: string): Promise<void> {
  const details = `[data-role="debrief"] details[data-section="${section}"]`;
  if (await page.$(`${details}[open]`)) return;
  await page.click(`${details} > summary`);
  await page.waitForSelector(`${details}[open]`);
}

/** Everything a page reports as wrong: console errors, uncaught errors, failed or missing requests. */
export function watchForErrors(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} ${request.failure()?.errorText ?? ''}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return problems;
}

/**
 * The page's requests in flight, counted from now on. `quiet()` waits until none has been in flight
 * for a moment: a reload or a navigation then cuts nothing the page was still fetching (the menu,
 * once shown, still loads the saved progress's code), which would be reported as a failed request.
 */
export function requestsInFlight(page: Page): { quiet(): Promise<void> } {
  const pending = new Set<unknown>();
  page.on('request', (request) => pending.add(request));
  page.on('requestfinished', (request) => pending.delete(request));
  page.on('requestfailed', (request) => pending.delete(request));
  return {
    async quiet() {
      const calm = 300;
      const deadline = Date.now() + 30_000;
      let calmSince = Date.now();
      while (Date.now() < deadline) {
        if (pending.size > 0) calmSince = Date.now();
        else if (Date.now() - calmSince >= calm) return;
        await new Promise((done) => setTimeout(done, 25));
      }
      throw new Error(`${pending.size} requests still in flight after 30 s`);
    },
  };
}

/**
 * Waits for the page's finite animations (a screen's text settling in) to end, so that a check of
 * colours reads what the player sees once the screen is still, not a frame of a fade. Endless ones
 * (the interruption's pulse) are left running.
 */
export async function animationsSettled(page: Page): Promise<void> {
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((animation) => animation.effect?.getComputedTiming().iterations !== Number.POSITIVE_INFINITY)
        .map((animation) => animation.finished.catch(() => undefined)),
    ),
  );
}

/**
 * The text of a file the page downloaded, read through Playwright's connection: `download.path()`
 * only works when the browser was launched by this process, not when a test connects to a shared one.
 */
export async function downloadedText(download: Download): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Waits until the canvas shows everything the game last asked it to draw: the game sets
 * `#app[data-canvas="still"]` when its draw loop falls asleep, nothing left to move.
 */
export async function canvasStill(page: Page): Promise<void> {
  await page.waitForSelector('#app[data-canvas="still"]', { state: 'attached', timeout: 15_000 });
}

/**
 * What changes on the screen when a key is answered (the meeting's snapshot, its typing, an open
 * dialog, the way to the debrief), run in the page. With `was` null it gives the screen's mark; else
 * the new mark once it differs from `was`, and false until then.
 */
function screenChangedFrom(was: string | null): string | false {
  const panel = document.querySelector<HTMLElement>('[data-role="meeting"]');
  const dialogs = document.querySelectorAll('dialog[open]').length;
  const ended = document.querySelector('[data-action="debrief"]') !== null;
  const mark = `${panel?.dataset.renders}|${panel?.dataset.typing}|${dialogs}|${ended}`;
  return was === null || mark !== was ? mark : false;
}

/** Presses a key and waits until the screen answers it (rather than for a guessed time). */
export async function pressAndWait(page: Page, key: string): Promise<void> {
  // With nothing to compare to, the function gives the mark itself (never false).
  const before = (await page.evaluate(screenChangedFrom, null)) || null;
  await page.keyboard.press(key);
  await page.waitForFunction(screenChangedFrom, before, { timeout: 15_000 });
}

/** The meeting has drawn a snapshot after `before` and the line is shown whole. */
export async function settled(page: Page, before: number): Promise<void> {
  await page.waitForFunction(
    (count) => {
      const panel = document.querySelector<HTMLElement>('[data-role="meeting"]');
      return Number(panel?.dataset.renders ?? 0) > count && panel?.dataset.typing === 'false';
    },
    before,
    { timeout: 15_000 },
  );
}
