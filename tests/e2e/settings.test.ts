import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { animationsSettled, finishLine, panelState, returningPlayer, watchForErrors } from '../../src/harness/page-driver.ts';
import { serveDirectory } from '../../src/harness/static-server.ts';
import { launchBrowser } from './browser.ts';

const SHOTS = 'tests/screenshots';
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
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

async function openPage(options: { reducedMotion?: 'reduce' | 'no-preference'; width?: number; height?: number } = {}) {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 800 },
    reducedMotion: options.reducedMotion ?? 'no-preference',
    serviceWorkers: 'block',
  });
  await returningPlayer(context);
  const page = await context.newPage();
  return { page, errors: watchForErrors(page), close: () => context.close() };
}

/** axe-core's violations on the page as it stands (contrast included), as "rule: targets". */
async function violations(page: Page): Promise<string[]> {
  await animationsSettled(page);
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    type Result = { violations: { id: string; nodes: { target: string[] }[] }[] };
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<Result> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

async function openSettingsFromMenu(page: Page): Promise<void> {
  await page.click('[data-role="menu"] [data-action="settings"]');
  await page.waitForSelector('dialog[data-role="settings"][open]');
}

async function closeSettings(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await page.waitForSelector('dialog[data-role="settings"]', { state: 'detached' });
}

const fontSize = (page: Page, selector: string) =>
  page.$eval(selector, (node) => Number.parseFloat(getComputedStyle(node).fontSize));

describe('settings in a real Chromium', () => {
  test.each(['fr', 'en'] as const)(
    'the settings panel in %s: every label in the language, operable by keyboard',
    async (lang) => {
      // Tall enough to show the whole panel in the screenshot.
      const { page, errors, close } = await openPage({ height: 1150 });
      await page.goto(`${server.url}?lang=${lang}`);
      await page.waitForSelector('[data-role="menu"]');
      await openSettingsFromMenu(page);
      await page.screenshot({ path: `${SHOTS}/${lang}-settings.png` });
      const labels = await page.$$eval('dialog[data-role="settings"] :is(legend, label, h2, button)', (nodes) =>
        nodes.map((n) => (n.textContent ?? '').trim()),
      );
      const words =
        lang === 'fr'
          ? ['Réglages', 'Volume général', 'Taille du texte', 'Contraste élevé']
          : ['Settings', 'Master volume', 'Text size', 'High contrast'];
      for (const word of words) expect(labels).toContain(word);
      // Every control has an accessible name from its label.
      const unnamed = await page.$$eval('dialog[data-role="settings"] input', (inputs) =>
        (inputs as HTMLInputElement[]).filter((i) => i.type !== 'radio' && i.labels?.length === 0).map((i) => i.id),
      );
      expect(unnamed).toEqual([]);
      expect(await violations(page)).toEqual([]);
      // The master volume slider moves with the arrow keys.
      await page.focus('#setting-masterVolume');
      const before = Number(await page.inputValue('#setting-masterVolume'));
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('ArrowLeft');
      expect(Number(await page.inputValue('#setting-masterVolume'))).toBe(before - 10);
      expect(await page.textContent('output[for="setting-masterVolume"]')).toBe(`${before - 10} %`);
      await closeSettings(page);
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-action'))).toBe('settings');
      expect(errors).toEqual([]);
      await close();
    },
  );

  test('switching the language inside the panel relabels it at once', async () => {
    const { page, errors, close } = await openPage();
    await page.goto(`${server.url}?lang=fr`);
    await openSettingsFromMenu(page);
    await page.click('dialog[data-role="settings"] input[data-setting="lang"][value="en"]');
    await page.waitForSelector('dialog[data-role="settings"] h2:text("Settings")');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(errors).toEqual([]);
    await close();
  });

  test('text size changes the size of the dialogue', async () => {
    const { page, errors, close } = await openPage();
    await page.goto(`${server.url}?lang=en&seed=3&scenario=mission-interview`);
    await page.waitForSelector('[data-role="meeting"] [data-role="actions"] button');
    const normal = await fontSize(page, '[data-role="actions"] button');
    await page.keyboard.press('Escape');
    await page.click('dialog[data-role="pause"] [data-action="settings"]');
    await page.waitForSelector('dialog[data-role="settings"][open]');
    await page.click('input[data-setting="textSize"][value="larger"]');
    const larger = await fontSize(page, '[data-role="actions"] button');
    await page.click('input[data-setting="textSize"][value="small"]');
    const small = await fontSize(page, '[data-role="actions"] button');
    // Normal is 1, larger 1.3, small 0.9 of the same root size.
    expect(larger / normal).toBeCloseTo(1.3, 1);
    expect(small / normal).toBeCloseTo(0.9, 1);
    await closeSettings(page);
    await page.screenshot({ path: `${SHOTS}/en-settings-small-text.png` });
    expect(errors).toEqual([]);
    await close();
  });

  test('text speed: slow types a line letter by letter; instant shows the whole line at once', async () => {
    const { page, errors, close } = await openPage();
    await page.goto(`${server.url}?lang=en&seed=3&scenario=mission-interview`);
    await page.waitForSelector('[data-role="meeting"] [data-role="actions"] button');
    await page.click('[data-action="pause"]');
    await page.click('dialog[data-role="pause"] [data-action="settings"]');
    await page.click('input[data-setting="textSpeed"][value="slow"]');
    await closeSettings(page);
    await page.keyboard.press('Escape');
    // The next line typed at the slow speed is still being typed once it is drawn (at instant speed
    // a line is drawn whole).
    await finishLine(page, 'keyboard');
    let state = await panelState(page);
    await page.keyboard.press(state.buttons.some((b) => b.action === 'continue') ? 'Enter' : '1');
    await page.waitForFunction(
      (before) => Number(document.querySelector<HTMLElement>('[data-role="meeting"]')?.dataset.renders) > before,
      state.renders,
    );
    expect((await panelState(page)).typing).toBe(true);

    await page.keyboard.press('Escape');
    await page.click('dialog[data-role="pause"] [data-action="settings"]');
    await page.click('input[data-setting="textSpeed"][value="instant"]');
    await closeSettings(page);
    await page.keyboard.press('Escape');
    await finishLine(page, 'keyboard');
    state = await panelState(page);
    await page.keyboard.press(state.buttons.some((b) => b.action === 'continue') ? 'Enter' : '1');
    await page.waitForFunction(
      (before) => Number(document.querySelector<HTMLElement>('[data-role="meeting"]')?.dataset.renders) > before,
      state.renders,
    );
    // At once: no typing, and the line on screen is the whole line the screen reader was given.
    const shown = await page.evaluate(() => ({
      typing: document.querySelector<HTMLElement>('[data-role="meeting"]')?.dataset.typing,
      line: document.querySelector('.line')?.textContent ?? '',
      live: document.querySelector('[data-role="live"]')?.textContent ?? '',
    }));
    expect(shown.typing).toBe('false');
    expect(shown.line.length).toBeGreaterThan(0);
    expect(shown.live).toContain(shown.line);
    expect(errors).toEqual([]);
    await close();
  });

  test('the system’s reduced motion is followed by default: lines appear whole', async () => {
    const { page, errors, close } = await openPage({ reducedMotion: 'reduce' });
    await page.goto(`${server.url}?lang=en&seed=3&scenario=mission-interview`);
    await page.waitForSelector('[data-role="meeting"] [data-role="actions"] button');
    expect(await page.evaluate(() => document.documentElement.classList.contains('reduced-motion'))).toBe(true);
    expect((await panelState(page)).typing).toBe(false);
    expect(errors).toEqual([]);
    await close();
  });

  test('high contrast changes the colours to black on white', async () => {
    const { page, errors, close } = await openPage();
    await page.goto(`${server.url}?lang=en`);
    await page.waitForSelector('[data-role="menu"]');
    const colours = () =>
      page.evaluate(() => {
        const card = document.querySelector('.card');
        const tagline = document.querySelector('.tagline');
        return {
          card: card ? getComputedStyle(card).backgroundColor : '',
          cardBorder: card ? getComputedStyle(card).borderTopColor : '',
          tagline: tagline ? getComputedStyle(tagline).color : '',
        };
      });
    const before = await colours();
    await openSettingsFromMenu(page);
    await page.click('#setting-highContrast');
    await closeSettings(page);
    const after = await colours();
    expect(before.card).not.toBe(after.card);
    expect(after.card).toBe('rgb(255, 255, 255)');
    expect(after.cardBorder).toBe('rgb(0, 0, 0)');
    // Muted text: #2e2e2e on white is 13.6:1.
    expect(after.tagline).toBe('rgb(46, 46, 46)');
    await page.screenshot({ path: `${SHOTS}/en-high-contrast-menu.png` });
    expect(await violations(page), 'menu in high contrast').toEqual([]);
    await page.click(`.card[data-scenario="mission-interview"] .start`);
    await page.waitForSelector('[data-role="meeting"] [data-role="actions"] button');
    await finishLine(page, 'keyboard');
    expect(await violations(page), 'meeting in high contrast').toEqual([]);
    await page.screenshot({ path: `${SHOTS}/en-high-contrast-meeting.png` });
    expect(errors).toEqual([]);
    await close();
  });

  test('reading aloud is off by default; turned on, it speaks each new line in the game’s language', async () => {
    const { page, errors, close } = await openPage();
    // The browser's speech synthesis, replaced by a recorder (headless Chromium has no voices to hear).
    await page.addInitScript(() => {
      const spoken: { text: string; lang: string }[] = [];
      Object.assign(window, { spoken });
      speechSynthesis.speak = (utterance) => {
        spoken.push({ text: utterance.text, lang: utterance.lang });
      };
      speechSynthesis.cancel = () => {};
    });
    const spoken = () => page.evaluate(() => (window as unknown as { spoken: { text: string; lang: string }[] }).spoken);
    const advance = async () => {
      const state = await finishLine(page, 'keyboard');
      await page.keyboard.press(state.buttons.some((b) => b.action === 'continue') ? 'Enter' : '1');
      await page.waitForFunction(
        (before) => Number(document.querySelector<HTMLElement>('[data-role="meeting"]')?.dataset.renders) > before,
        state.renders,
      );
      await finishLine(page, 'keyboard');
    };
    await page.goto(`${server.url}?lang=fr&seed=3&scenario=mission-interview`);
    await page.waitForSelector('[data-role="meeting"] [data-role="actions"] button');
    await advance();
    expect(await spoken()).toEqual([]);

    await page.keyboard.press('Escape');
    await page.click('dialog[data-role="pause"] [data-action="settings"]');
    await page.click('#setting-readAloud');
    await closeSettings(page);
    await page.keyboard.press('Escape');
    // The pause menu's close event hands the meeting back (and its focus) a task later: on a busy
    // machine a key pressed before that reached a meeting still on hold.
    await page.waitForFunction(() => document.activeElement?.matches('[data-role="meeting"]') === true);
    await advance();
    const line = (await page.textContent('[data-role="meeting"] .line')) ?? '';
    const said = await spoken();
    expect(line.length).toBeGreaterThan(0);
    expect(said.at(-1)).toEqual({ text: line, lang: 'fr-FR' });
    expect(errors).toEqual([]);
    await close();
  });

  /** Plays full-diary from the menu, hearing Hélène out, to her first question; the options then shown. */
  async function optionsAtFirstReaction(page: Page): Promise<string[]> {
    await page.click('[data-role="menu"] .card[data-scenario="full-diary"] .start');
    await page.waitForSelector('[data-role="meeting"]');
    for (let screen = 0; screen < 20; screen++) {
      const state = await finishLine(page, 'keyboard');
      if (state.node === 'first-reaction') return state.buttons.filter((b) => b.action === 'choose').map((b) => b.name);
      const tellMe = state.buttons.filter((b) => b.action === 'choose').findIndex((b) => b.index === 0);
      // “Racontez-moi”, the first option of the file, then her reply and every part of her story heard out.
      await page.keyboard.press(state.phase === 'decision' ? String(tellMe + 1) : 'Enter');
      await page.waitForFunction(
        (before) => Number(document.querySelector<HTMLElement>('[data-role="meeting"]')?.dataset.renders) > before,
        state.renders,
      );
    }
    throw new Error('full-diary never reached its first decision after the story');
  }

  test('the form of address words the player’s French: feminine and masculine chosen in the settings, neutral at first', async () => {
    const { page, errors, close } = await openPage();
    await page.goto(`${server.url}?lang=fr&seed=1`);
    await page.waitForSelector('[data-role="menu"]');
    const full = (options: string[]) => options.find((o) => o.includes('mi-décembre')) ?? '';
    // A first visit assumes nothing: the line is worded so that nothing agrees with the player.
    expect(full(await optionsAtFirstReaction(page))).toContain(
      'Honnêtement, mon agenda est plein jusqu’à mi-décembre. Toutes mes excuses, Hélène.',
    );
    for (const [form, line] of [
      ['feminine', 'Honnêtement, je suis complète jusqu’à mi-décembre. Je suis désolée, Hélène.'],
      ['masculine', 'Honnêtement, je suis complet jusqu’à mi-décembre. Je suis désolé, Hélène.'],
    ] as const) {
      await page.goto(`${server.url}?lang=fr&seed=1`);
      await page.waitForSelector('[data-role="menu"]');
      await openSettingsFromMenu(page);
      await page.click(`input[data-setting="address"][value="${form}"]`);
      await closeSettings(page);
      const options = await optionsAtFirstReaction(page);
      await page.screenshot({ path: `${SHOTS}/fr-address-${form}.png` });
      expect(full(options)).toContain(line);
      // The other options agree with no one: the same words whatever the form.
      expect(options.filter((o) => !o.includes('mi-décembre')).every((o) => !/[{|}]/.test(o))).toBe(true);
    }
    expect(errors).toEqual([]);
    await close();
  });

  test('every setting survives a reload', async () => {
    const { page, errors, close } = await openPage();
    await page.goto(`${server.url}?seed=3`);
    await openSettingsFromMenu(page);
    await page.click('input[data-setting="lang"][value="en"]');
    await page.click('input[data-setting="textSize"][value="large"]');
    await page.click('input[data-setting="textSpeed"][value="fast"]');
    await page.click('input[data-setting="address"][value="feminine"]');
    await page.click('#setting-highContrast');
    await page.click('#setting-reducedMotion');
    await page.click('#setting-muted');
    await page.fill('#setting-voiceVolume', '25');
    await closeSettings(page);
    await page.reload();
    await page.waitForSelector('[data-role="menu"]');
    await openSettingsFromMenu(page);
    const read = await page.evaluate(() => {
      const checked = (name: string) => document.querySelector<HTMLInputElement>(`input[data-setting="${name}"]:checked`)?.value;
      const box = (id: string) => document.querySelector<HTMLInputElement>(`#${id}`)?.checked;
      return {
        lang: document.documentElement.lang,
        textSize: checked('textSize'),
        textSpeed: checked('textSpeed'),
        address: checked('address'),
        highContrast: document.documentElement.classList.contains('high-contrast'),
        reducedMotion: box('setting-reducedMotion'),
        muted: box('setting-muted'),
        voice: document.querySelector<HTMLInputElement>('#setting-voiceVolume')?.value,
        scale: document.documentElement.style.getPropertyValue('--text-scale'),
      };
    });
    expect(read).toEqual({
      lang: 'en',
      textSize: 'large',
      textSpeed: 'fast',
      address: 'feminine',
      highContrast: true,
      reducedMotion: true,
      muted: true,
      voice: '25',
      scale: '1.15',
    });
    expect(errors).toEqual([]);
    await close();
  });
});
