/**
 * The meeting's dialogue box as players of visual novels expect it: a name plate, a history of what
 * was said, a button that says whose story it lets end, options that stay reachable at the largest
 * text size, the room and the box sharing the screen with no band of empty background, and a
 * notepad ruled at the height of its own lines.
 */
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type Lang, playToEnd, preferMoves } from '../../src/engine/index.ts';
import { openDebriefSection, type PanelState, playActions, watchForErrors } from '../../src/harness/page-driver.ts';
import { serveDirectory } from '../../src/harness/static-server.ts';
import { launchBrowser } from './browser.ts';
import { shippedMeeting } from './shipped.ts';

const SHOTS = 'tests/screenshots';
const scenario = shippedMeeting('mission-interview');
const SEED = 3;
/** A meeting that hears every story out: it passes narration, decisions, replies and listening windows. */
const actions = playToEnd(scenario, SEED, preferMoves(['let-finish'])).actions;
const LAPTOP = { width: 1366, height: 768 };

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

async function openMeeting(
  lang: Lang,
  viewport: { width: number; height: number },
  options: { textSize?: string; deviceScaleFactor?: number } = {},
) {
  const context = await browser.newContext({
    viewport,
    deviceScaleFactor: options.deviceScaleFactor ?? 1,
    reducedMotion: 'reduce',
  });
  await context.addInitScript((textSize) => {
    localStorage.setItem('rendez-vous.text-speed', 'instant');
    if (textSize) localStorage.setItem('rendez-vous.text-size', textSize);
  }, options.textSize ?? '');
  const page = await context.newPage();
  const errors = watchForErrors(page);
  await page.goto(`${server.url}?lang=${lang}&seed=${SEED}&scenario=${scenario.id}`);
  return { page, errors, close: () => context.close() };
}

/** What the box shows now, read from the page. */
const shown = (page: Page) =>
  page.$eval('[data-role="meeting"]', (panel) => {
    const visible = (selector: string) => {
      const node = panel.querySelector<HTMLElement>(selector);
      return node !== null && node.getClientRects().length > 0 && getComputedStyle(node).visibility !== 'hidden';
    };
    const text = (selector: string) => (visible(selector) ? (panel.querySelector(selector)?.textContent ?? '').trim() : '');
    return {
      plate: visible('[data-role="name-plate"]'),
      name: text('[data-role="name-plate"] .speaker-name'),
      mood: text('[data-role="mood"]'),
      narration: panel.classList.contains('narration'),
      line: text('.line'),
      said: text('.player-said'),
    };
  });

describe.each(['en', 'fr'] as const)('%s', (lang) => {
  test('a name plate with the speaker’s name and mood, none for narration; the history of the meeting opens with H and with its button, in order, keeps the focus and closes with Escape; the last part’s button names the teller', async () => {
    const { page, errors, close } = await openMeeting(lang, LAPTOP);
    const claire = scenario.prospects[0]?.name ?? '';
    const lines: string[] = [];
    const playerWords: string[] = [];
    const finishLabels: string[] = [];
    let plates = 0;
    let narrations = 0;
    await playActions(page, actions, 'keyboard', async (state: PanelState) => {
      const box = await shown(page);
      if (box.line && box.line !== lines.at(-1)) lines.push(box.line);
      if (box.said) playerWords.push(box.said);
      if (box.narration) {
        narrations++;
        expect(box.plate).toBe(false);
      } else if (box.name === claire) {
        plates++;
        expect(box.plate).toBe(true);
        // Sighted players read her mood too: a visible word beside the plate.
        expect(box.mood.length).toBeGreaterThan(3);
      }
      if (state.phase === 'listen' && state.node === 'project-story') {
        const go = state.buttons.find((b) => b.action === 'continue');
        if (go) finishLabels.push(go.name.replace(/(Enter|Entrée)$/, '').trim());
      }
      if (state.phase !== 'ended') return;

      // The story told part by part, then the button that lets it end says whose story it is.
      const [more, last] = lang === 'en' ? ['Continue', 'Let Claire finish'] : ['Continuer', 'Laisser Claire finir'];
      expect(finishLabels).toEqual([more, more, more, last]);

      await page.keyboard.press('h');
      const dialog = page.locator('dialog[data-role="history"][open]');
      await dialog.waitFor();
      await page.screenshot({ path: `${SHOTS}/dialogue-${lang}-history.png` });
      const title = lang === 'en' ? 'What was said' : 'Ce qui s’est dit';
      expect(await dialog.getAttribute('aria-modal')).toBe('true');
      expect(await dialog.locator('h2#history-title').textContent()).toBe(title);
      // Screen readers meet a dialog named by its heading, holding a list.
      expect(await page.getByRole('dialog', { name: title }).count()).toBe(1);
      expect(await page.getByRole('dialog', { name: title }).getByRole('list').count()).toBe(1);
      const items = await dialog.locator('ol.history-list > li').evaluateAll((nodes) =>
        nodes.map((li) => ({
          player: li.classList.contains('said-player'),
          by: (li.querySelector('.said-by')?.textContent ?? '').trim(),
          text: (li.querySelector('.said-text')?.textContent ?? '').trim(),
        })),
      );
      // Every line the box showed, in the order it showed them; and the player's own words, each as said.
      expect(items.filter((i) => !i.player).map((i) => i.text)).toEqual(lines);
      const mine = items.filter((i) => i.player);
      expect(mine.length).toBeGreaterThan(5);
      for (const item of mine) {
        expect(item.by).toBe(lang === 'en' ? 'You' : 'Vous');
        expect(playerWords.some((said) => said.includes(item.text))).toBe(true);
      }
      expect(items.filter((i) => i.by === claire).length).toBeGreaterThan(10);

      // Tab and Shift+Tab go round the dialog's own controls, never out to the page underneath.
      for (const key of ['Tab', 'Tab', 'Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab']) {
        await page.keyboard.press(key);
        expect(await page.evaluate(() => document.activeElement?.closest('dialog[data-role="history"]') !== null)).toBe(true);
      }
      await page.keyboard.press('Escape');
      // Opened with H, the history gives the focus back to the meeting, not to its button (where Enter
      // would open it again).
      await page.waitForFunction(
        () =>
          !document.querySelector('dialog[data-role="history"]') &&
          (document.activeElement as HTMLElement | null)?.dataset.role === 'meeting',
        undefined,
        { timeout: 15_000 },
      );
      // Escape closed the history only: the meeting is not paused.
      expect(await page.locator('dialog[data-role="pause"]').count()).toBe(0);

      await page.click('[data-role="meeting"] [data-action="history"]');
      await dialog.waitFor();
      expect(await dialog.locator('ol.history-list > li').count()).toBe(items.length);
      await page.keyboard.press('Escape');
      // Opened with its button, the history gives the focus back to that button.
      await page.waitForFunction(
        () =>
          !document.querySelector('dialog[data-role="history"]') &&
          (document.activeElement as HTMLElement | null)?.dataset.action === 'history',
        undefined,
        { timeout: 15_000 },
      );
      await page.locator('[data-role="meeting"]').focus();
    });
    expect(plates).toBeGreaterThan(10);
    expect(narrations).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await close();
  });
});

/**
 * The longest run of screen rows, as a share of the height, where neither the room nor anything of
 * the box (a plate, a line, a button, the pad) is seen: empty background. Rows are sampled across
 * the width; a row counts as used if any sample hits the room or a part of the box.
 */
const emptyBand = (page: Page) =>
  page.evaluate(() => {
    const PARTS =
      'canvas, [data-role="name-plate"], .box-tools, .player-said, .line, .listening, .prompt, .actions button, .notepad, .more-below';
    const height = window.innerHeight;
    let run = 0;
    let longest = 0;
    for (let y = 1; y < height; y += 4) {
      const used = [0.1, 0.3, 0.5, 0.7, 0.9].some((share) => {
        const hit = document.elementFromPoint(window.innerWidth * share, y);
        return hit?.closest(PARTS) != null;
      });
      run = used ? 0 : run + 4;
      longest = Math.max(longest, run);
    }
    return longest / height;
  });

test.each([
  ['laptop', LAPTOP, 1],
  ['full HD', { width: 1920, height: 1080 }, 1],
  ['phone', { width: 390, height: 844 }, 3],
] as const)(
  'on a %s, the room and the box share the screen: no band of empty background at any screen of a meeting',
  async (name, viewport, deviceScaleFactor) => {
    const { page, errors, close } = await openMeeting('en', viewport, { deviceScaleFactor });
    const bands: number[] = [];
    await playActions(page, actions.slice(0, 30), 'keyboard', async () => {
      bands.push(await emptyBand(page));
    }).catch((error: Error) => {
      // Thirty actions stop mid-meeting, which playActions reports; the screens before were measured.
      if (!/ran out/.test(error.message)) throw error;
    });
    await page.screenshot({ path: `${SHOTS}/dialogue-en-${name.replace(' ', '-')}.png` });
    expect(bands.length).toBe(30);
    // A gap between two paragraphs is a few pixels; the band under the words was 28–33 % of the height.
    expect(Math.max(...bands)).toBeLessThan(0.1);
    expect(errors).toEqual([]);
    await close();
  },
);

test('at the largest text size on a 1366×768 laptop, every option is on screen or below a visible "more below" sign, and scrolling reaches it', async () => {
  const { page, errors, close } = await openMeeting('en', LAPTOP, { textSize: 'larger' });
  let overflowing = 0;
  await playActions(page, actions, 'keyboard', async () => {
    const seen = await page.evaluate(() => {
      const ui = document.querySelector('#ui') as HTMLElement;
      const inView = (node: Element) => {
        const box = node.getBoundingClientRect();
        return box.top >= 0 && box.bottom <= window.innerHeight + 1;
      };
      const hint = document.querySelector<HTMLElement>('[data-role="more-below"]');
      const hintShown = hint !== null && hint.getClientRects().length > 0 && inView(hint);
      const overflows = ui.scrollHeight > ui.clientHeight + 2;
      const buttons = () => Array.from(document.querySelectorAll('[data-role="actions"] button'));
      const hidden = buttons().filter((b) => !inView(b)).length;
      ui.scrollTop = ui.scrollHeight;
      const afterScroll = buttons().filter((b) => !inView(b)).length;
      ui.scrollTop = 0;
      return { overflows, hintShown, hidden, afterScroll };
    });
    if (seen.overflows) overflowing++;
    // A box that scrolls says so; an option out of view is only ever below that sign, and scrolling reaches it.
    expect(seen.hintShown).toBe(seen.overflows);
    if (seen.hidden > 0) expect(seen.overflows).toBe(true);
    expect(seen.afterScroll).toBe(0);
  });
  // The largest size does make the box scroll on this screen at times: the sign was checked where it matters.
  expect(overflowing).toBeGreaterThan(0);
  expect(errors).toEqual([]);
  await close();
});

test.each(['small', 'normal', 'large', 'larger'])(
  'at the %s text size the notepad’s rules are one line of its text apart, so the words sit between them',
  async (textSize) => {
    const { page, errors, close } = await openMeeting('en', LAPTOP, { textSize });
    await page.waitForSelector('[data-role="meeting"] .notes-list li');
    const pad = await page.$eval('[data-role="meeting"] .notes-list', (list) => {
      const style = getComputedStyle(list);
      const item = list.querySelector('li') as HTMLElement;
      return {
        lineHeight: Number.parseFloat(style.lineHeight),
        rule: Number.parseFloat(style.backgroundSize.split(' ')[1] ?? ''),
        ruled: style.backgroundImage.includes('gradient'),
        itemHeight: item.getBoundingClientRect().height,
      };
    });
    expect(pad.ruled).toBe(true);
    expect(pad.rule).toBeCloseTo(pad.lineHeight, 1);
    // Each line of a note takes one rule's height: a note is a whole number of ruled lines.
    expect(pad.itemHeight / pad.lineHeight).toBeCloseTo(Math.round(pad.itemHeight / pad.lineHeight), 1);
    expect(errors).toEqual([]);
    await close();
  },
);

test('after "try again from here" the history holds the whole meeting, from its first line, not only what the retry has shown', async () => {
  const seed = 7;
  const hasty = playToEnd(scenario, seed, preferMoves(['interrupt', 'oversell', 'monologue', 'deny-weakness', 'force-decision']));
  const context = await browser.newContext({ viewport: LAPTOP, reducedMotion: 'reduce' });
  await context.addInitScript(() => localStorage.setItem('rendez-vous.text-speed', 'instant'));
  const page = await context.newPage();
  const errors = watchForErrors(page);
  await page.goto(`${server.url}?lang=en&seed=${seed}&scenario=${scenario.id}`);
  const lines: string[] = [];
  await playActions(page, hasty.actions, 'keyboard', async () => {
    const { line } = await shown(page);
    if (line && line !== lines.at(-1)) lines.push(line);
  });
  await openDebriefSection(page, 'road');
  await page.waitForSelector('[data-role="road-not-taken"][data-ready="true"]', { timeout: 20_000 });
  await page.locator('.road [data-action="try-from-here"]').first().click();
  await page.waitForSelector('[data-role="meeting"][data-phase="decision"]');
  const retryLine = (await shown(page)).line;
  await page.keyboard.press('h');
  // What the room said (the player's own choices, also listed, were never in the box's line).
  const said = await page
    .locator('dialog[data-role="history"][open] li:not(.said-player) .said-text')
    .evaluateAll((nodes) => nodes.map((n) => (n.textContent ?? '').trim()));
  // The retry opened mid-meeting, yet its history starts where the meeting did and ends where it stands.
  expect(said[0]).toBe(lines[0]);
  expect(said.length).toBeGreaterThan(10);
  expect(retryLine.length).toBeGreaterThan(0);
  expect(said.at(-1)).toBe(retryLine);
  expect(errors).toEqual([]);
  await context.close();
});
