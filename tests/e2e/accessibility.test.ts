/**
 * axe-core, the accessibility engine browsers' own audit tools use, on every screen in both
 * languages: the menu, a decision, a listening window, the pause menu, the meeting's history and the
 * debrief; then the menu marked with the player's progress and holding a refused replay code, and the
 * progress screen.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type Lang, playToEnd, preferMoves } from '../../src/engine/index.ts';
import { finishLine, playActions, returningPlayer, watchForErrors } from '../../src/harness/page-driver.ts';
import { serveDirectory } from '../../src/harness/static-server.ts';
import { violations } from './axe.ts';
import { launchBrowser } from './browser.ts';
import { shippedMeeting } from './shipped.ts';

const scenario = shippedMeeting('mission-interview');
const SEED = 3;

let server: Awaited<ReturnType<typeof serveDirectory>>;
let browser: Browser;

beforeAll(async () => {
  server = await serveDirectory('dist');
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe.each(['fr', 'en'] as const)('%s', (lang: Lang) => {
  test('menu, decision, listening window, pause menu, history and debrief have no axe violation', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await returningPlayer(context);
    const page = await context.newPage();
    const errors = watchForErrors(page);
    await page.goto(`${server.url}?lang=${lang}&seed=${SEED}`);
    await page.waitForSelector('[data-role="menu"] .card[data-scenario]');
    expect(await violations(page), 'menu').toEqual([]);

    await page.click(`.card[data-scenario="${scenario.id}"] .start`);
    await page.waitForSelector('[data-role="meeting"]');
    await finishLine(page, 'keyboard');
    expect(await violations(page), 'first decision').toEqual([]);

    // A careful player's session, checked at the first listening window and at the debrief.
    const { actions } = playToEnd(scenario, SEED, preferMoves(['research', 'open-question', 'take-note']));
    let listenChecked = false;
    await playActions(page, actions, 'keyboard', async (state) => {
      if (state.phase === 'listen' && !listenChecked) {
        listenChecked = true;
        expect(await violations(page), 'listening window').toEqual([]);
        await page.click('[data-action="pause"]');
        await page.waitForSelector('dialog[data-role="pause"]');
        expect(await violations(page), 'pause menu').toEqual([]);
        await page.click('dialog [data-action="resume"]');
        await page.waitForSelector('dialog[data-role="pause"]', { state: 'detached' });
        // Resuming gives the keyboard back to the meeting, not to the pause button (where Enter pauses again).
        expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.role)).toBe('meeting');
        await page.keyboard.press('h');
        await page.waitForSelector('dialog[data-role="history"][open]');
        expect(await violations(page), 'history').toEqual([]);
        await page.keyboard.press('Escape');
        await page.waitForFunction(() => !document.querySelector('dialog[data-role="history"]'));
        await page.locator('[data-role="meeting"]').focus();
      }
    });
    expect(listenChecked).toBe(true);
    expect(await violations(page), 'debrief').toEqual([]);
    // Its folded sections, each opened from its heading by keyboard.
    for (const section of ['moments', 'ending', 'road', 'figures', 'replay']) {
      await page.focus(`[data-section="${section}"] > summary`);
      await page.keyboard.press('Enter');
      await page.waitForSelector(`[data-section="${section}"][open]`);
    }
    await page.waitForSelector('[data-role="road-not-taken"][data-ready="true"]', { timeout: 20_000 });
    expect(await violations(page), 'debrief, every section open').toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

/** One finished meeting, one lesson shown and one missed: the menu and the progress screen have marks to show. */
const ONE_ATTEMPT = JSON.stringify({
  version: 1,
  attempts: [
    {
      scenarioId: 'mission-interview',
      at: '2026-11-20T10:00:00.000Z',
      outcome: 'continuation',
      scores: { listening: 55, closing: 45 },
      shown: ['L11'],
      failed: ['L19'],
    },
  ],
});

describe.each(['fr', 'en'] as const)('%s, with progress saved', (lang: Lang) => {
  test('the marked menu, a refused replay code in its field, and the progress screen have no axe violation', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.addInitScript((saved) => localStorage.setItem('rendez-vous.progress', saved), ONE_ATTEMPT);
    const page = await context.newPage();
    const errors = watchForErrors(page);
    await page.goto(`${server.url}?lang=${lang}&replay=RV2.damaged`);
    await page.waitForSelector('#watch-code[aria-invalid="true"]');
    await page.waitForSelector('.card[data-scenario] .marks .done');
    expect(await violations(page), 'menu with marks and a refused code').toEqual([]);

    await page.click('[data-action="progress"]');
    await page.waitForSelector('[data-role="progress"] .lesson-card');
    expect(await violations(page), 'progress').toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
