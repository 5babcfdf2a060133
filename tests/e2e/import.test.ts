import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadScenarioOrThrow, playToEnd, preferMoves } from '../../src/engine/index.ts';
import { animationsSettled, playActions, readDebrief, returningPlayer, watchForErrors } from '../../src/harness/page-driver.ts';
import { serveDirectory } from '../../src/harness/static-server.ts';
import { launchBrowser } from './browser.ts';

const SHOTS = 'tests/screenshots';
const SEED = 7;
const SMALL = readFileSync('tests/fixtures/small-meeting.yaml', 'utf8');
/** The one-feature-each fixture under an id no shipped scenario uses. */
const MINE = SMALL.replace(/^id: small-meeting$/m, 'id: my-meeting');
const mine = loadScenarioOrThrow(MINE, 'mine.yaml');
/** Two mistakes an author makes: a misspelt field (line 7) and so a missing one. */
const BROKEN = MINE.replace(/^title:/m, 'titel:');
const PHONE = { width: 360, height: 740 };
const LAPTOP = { width: 1280, height: 720 };

let server: Awaited<ReturnType<typeof serveDirectory>>;
let browser: Browser;
let root: string;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  // The built game with a scenario file served next to it, as a trainer would put one on their server.
  root = mkdtempSync(join(tmpdir(), 'rendez-vous-import-'));
  cpSync(process.env.RENDEZVOUS_DIST ?? 'dist', root, { recursive: true });
  writeFileSync(join(root, 'custom.yaml'), MINE);
  server = await serveDirectory(root);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (root) rmSync(root, { recursive: true, force: true });
});

async function openPage(viewport: { width: number; height: number }) {
  const context = await browser.newContext({ viewport, locale: 'fr-FR' });
  await returningPlayer(context);
  // Text speed instant: nothing here is about typing, and on a busy machine a line that ends on its
  // own just as the driver presses Enter to show it whole turns that Enter into "continue".
  await context.addInitScript(() => localStorage.setItem('rendez-vous.text-speed', 'instant'));
  const page = await context.newPage();
  return { page, errors: watchForErrors(page), close: () => context.close() };
}

function chooseFile(page: Page, name: string, text: string): Promise<void> {
  return page.setInputFiles('[data-role="import-file"]', { name, mimeType: 'application/yaml', buffer: Buffer.from(text) });
}

/** The menu scrolls inside #ui (the page itself does not): bring a part into view before a screenshot. */
async function shoot(page: Page, selector: string, path: string): Promise<void> {
  await page.$eval(selector, (element) => element.scrollIntoView({ block: 'start' }));
  await page.screenshot({ path: `${SHOTS}/${path}` });
}

const problemsShown = (page: Page) =>
  page.$$eval('[data-role="import-problems"] li', (items) => items.map((i) => i.textContent ?? ''));

describe('scenarios of the player’s own', () => {
  test('a file chosen in the menu is playable to the debrief, survives a reload, and can be removed (with undo)', async () => {
    const { page, errors, close } = await openPage(LAPTOP);
    await page.goto(`${server.url}?lang=fr&seed=${SEED}`);
    await page.waitForSelector('[data-role="menu"]');
    const label = await page.$eval(
      '[data-role="import-file"]',
      (input) => (input as HTMLInputElement).labels?.[0]?.textContent ?? '',
    );
    expect(label).toBe('Choisir un fichier .yaml…');

    await chooseFile(page, 'mine.yaml', MINE);
    const card = '.card[data-scenario="my-meeting"]';
    await page.waitForSelector(card);
    expect(await page.textContent(`${card} .badge`)).toBe('Votre scénario');
    expect(await page.textContent('[data-role="import-status"]')).toContain('«\u00a0Petit rendez-vous\u00a0» est chargé');
    expect(await page.$$eval('[data-role="import-problems"] *', (nodes) => nodes.length)).toBe(0);
    // The input itself is reached with Tab, first of the Write scenarios area, right after the workshop's last control.
    await page.focus('.workshop [data-action="board"]');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.role)).toBe('import-file');
    await shoot(page, card, 'fr-import-loaded.png');

    const expected = playToEnd(mine, SEED, preferMoves(['take-note', 'let-finish']));
    await page.click(`${card} .start`);
    await playActions(page, expected.actions, 'keyboard');
    const shown = await readDebrief(page);
    expect(shown.outcome).toBe(expected.outcome);
    expect(shown.skills.map((s) => [s.skill, s.score])).toEqual(expected.skills.map((s) => [s.skill, s.score]));

    await page.reload();
    await page.waitForSelector(card);
    expect(await page.getAttribute(card, 'data-origin')).toBe('custom');
    await page.setViewportSize(PHONE);
    // Nothing wider than the phone once the page has taken its new size (the canvas follows the
    // window on a resize event of its own, later on a busy machine): polled, not waited for.
    await page.waitForFunction((width) => window.innerWidth === width, PHONE.width);
    await expect
      .poll(() => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), { timeout: 15_000 })
      .toBeLessThanOrEqual(0);
    await animationsSettled(page);
    await shoot(page, card, 'fr-import-phone.png');
    await shoot(page, '.import', 'fr-import-section-phone.png');

    const removeName = await page.$eval(`${card} .remove`, (b) => b.textContent ?? '');
    expect(removeName).toBe('Retirer — Petit rendez-vous');
    await page.click(`${card} .remove`);
    await page.waitForSelector(card, { state: 'detached' });
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.action)).toBe('undo');
    expect(await page.textContent('[data-role="import-status"]')).toContain('est retiré du menu');
    await page.keyboard.press('Enter');
    await page.waitForSelector(card);
    expect(await page.evaluate(() => document.activeElement?.classList.contains('remove'))).toBe(true);
    await page.click(`${card} .remove`);
    await page.waitForSelector(card, { state: 'detached' });
    await page.reload();
    await page.waitForSelector('[data-role="menu"] .card');
    expect(await page.$(card)).toBeNull();
    expect(errors).toEqual([]);
    await close();
  });

  test('broken, clashing and oversized files are explained with their lines; the menu keeps working', async () => {
    const { page, errors, close } = await openPage(PHONE);
    await page.goto(`${server.url}?lang=en&seed=${SEED}`);
    await page.waitForSelector('[data-role="menu"]');

    await chooseFile(page, 'broken.yaml', BROKEN);
    await page.waitForSelector('[data-role="import-problems"] li');
    expect(await page.getAttribute('[data-role="import-problems"]', 'role')).toBe('alert');
    expect(await page.textContent('[data-role="import-problems"] .broken-title')).toBe('broken.yaml cannot be loaded:');
    const problems = await problemsShown(page);
    expect(problems).toContain(
      'broken.yaml, line 7, column 1 — unknown field "titel" (did you mean "title"?); remove it or fix its spelling',
    );
    expect(problems.every((p) => /^broken\.yaml, line \d+, column \d+ — /.test(p))).toBe(true);
    expect(await page.$('.card[data-origin="custom"]')).toBeNull();
    await shoot(page, '.import', 'en-import-errors-phone.png');

    // The report follows the language switch.
    await page.click('[data-lang="fr"]');
    await page.waitForSelector('[data-role="import-problems"] .broken-title:text("broken.yaml ne peut pas être chargé\u00a0:")');
    expect(await problemsShown(page)).toContain(
      'broken.yaml, ligne 7, colonne 1 — unknown field "titel" (did you mean "title"?); remove it or fix its spelling',
    );
    await shoot(page, '.import', 'fr-import-errors-phone.png');
    await page.click('[data-lang="en"]');

    await chooseFile(page, 'copy.yaml', MINE.replace(/^id: my-meeting$/m, 'id: mission-interview'));
    await page.waitForFunction(
      () => document.querySelector('[data-role="import-problems"] ul')?.getAttribute('data-file') === 'copy.yaml',
    );
    expect(await problemsShown(page)).toEqual([
      'copy.yaml, line 5, column 1 — the id “mission-interview” already belongs to a scenario shipped with the game; change the id: line of your file.',
    ]);

    // A valid scenario padded with a comment to exactly 600 KB.
    const padding = 600 * 1024 - Buffer.byteLength(MINE) - 3;
    await chooseFile(page, 'huge.yaml', `${MINE}\n#${'x'.repeat(padding)}\n`);
    await page.waitForFunction(
      () => document.querySelector('[data-role="import-problems"] ul')?.getAttribute('data-file') === 'huge.yaml',
    );
    expect(await problemsShown(page)).toEqual(['huge.yaml is too large (600 KB); the limit is 512 KB.']);

    // The menu is still the menu: the shipped scenario starts with its key.
    await page.keyboard.press('1');
    await page.waitForSelector('[data-role="meeting"]');
    expect(errors).toEqual([]);
    await close();
  });

  test('when the browser refuses to store it, the scenario is still playable and the player is told', async () => {
    const { page, errors, close } = await openPage(LAPTOP);
    await page.addInitScript(() => {
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key: string, value: string) {
        if (key === 'rendez-vous.custom-scenarios') throw new DOMException('full', 'QuotaExceededError');
        setItem.call(this, key, value);
      };
    });
    await page.goto(`${server.url}?lang=en`);
    await page.waitForSelector('[data-role="menu"]');
    await chooseFile(page, 'mine.yaml', MINE);
    const card = '.card[data-scenario="my-meeting"]';
    await page.waitForSelector(`${card} .unsaved`);
    const told = 'The browser has no room left to keep it: it stays playable until you close this page.';
    expect(await page.textContent(`${card} .unsaved`)).toBe(told);
    expect(await page.textContent('[data-role="import-status"]')).toContain(told);
    await shoot(page, card, 'en-import-unsaved.png');
    await page.click(`${card} .start`);
    await page.waitForSelector('[data-role="meeting"]');
    expect(errors).toEqual([]);
    await close();
  });

  test('a file dropped on the menu shows the drop hint, then loads; its texts stay text', async () => {
    // Markup in a scenario is shown as written, never interpreted.
    const marked = MINE.replace(
      'title: { fr: Petit rendez-vous, en: Small meeting }',
      'title: { fr: "<b>Petit</b>", en: "<img src=x onerror=alert(1)><b>Mine</b>" }',
    );
    expect(marked).not.toBe(MINE);
    const { page, errors, close } = await openPage(LAPTOP);
    await page.goto(`${server.url}?lang=en`);
    await page.waitForSelector('[data-role="menu"]');
    const drop = (type: string) =>
      page.evaluate(
        ({ type, text }) => {
          const data = new DataTransfer();
          data.items.add(new File([text], 'dropped.yaml', { type: 'application/yaml' }));
          document
            .querySelector('.cards')
            ?.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
        },
        { type, text: marked },
      );
    await drop('dragenter');
    await page.waitForSelector('.drop-hint', { state: 'visible' });
    expect(await page.textContent('.drop-hint')).toBe('Drop the .yaml file to load it');
    await page.screenshot({ path: `${SHOTS}/en-import-drop-hint.png` });
    await drop('drop');
    await page.waitForSelector('.drop-hint', { state: 'hidden' });
    await page.waitForSelector('.card[data-scenario="my-meeting"][data-origin="custom"]');
    expect(await page.textContent('.card[data-scenario="my-meeting"] .badge')).toBe('Your scenario');
    expect(await page.textContent('.card[data-scenario="my-meeting"] h3')).toBe('<img src=x onerror=alert(1)><b>Mine</b>');
    expect(await page.$$('#ui img, #ui b')).toHaveLength(0);
    expect(await page.textContent('[data-role="import-status"]')).toContain(
      '“<img src=x onerror=alert(1)><b>Mine</b>” is loaded',
    );
    await shoot(page, '.card[data-scenario="my-meeting"]', 'en-import-loaded.png');
    expect(errors).toEqual([]);
    await close();
  });

  test('?scenario=custom.yaml plays the file served next to the game; another origin is refused unfetched', async () => {
    const { page, errors, close } = await openPage(LAPTOP);
    const asked: string[] = [];
    page.on('request', (request) => asked.push(request.url()));
    await page.goto(`${server.url}?lang=en&seed=${SEED}&scenario=custom.yaml`);
    await page.waitForSelector('[data-role="meeting"]');
    expect(await page.getAttribute('[data-role="meeting"]', 'data-node')).toBe(mine.start);
    expect(asked).toContain(`${server.url}custom.yaml`);

    await page.goto(`${server.url}?lang=en&scenario=${encodeURIComponent('https://example.com/evil.yaml')}`);
    await page.waitForSelector('.card.broken[data-file="evil.yaml"]');
    expect(await page.textContent('.notice')).toBe(
      'The file named in the address could not be loaded: its problems are listed below, with their lines.',
    );
    expect(await page.textContent('.card.broken[data-file="evil.yaml"] .problems')).toBe(
      'The address asks for a file from another site (https://example.com); the game only loads files served next to it, and downloaded nothing.',
    );
    expect(await page.textContent('.card.broken .badge')).toBe('Opened from the address');
    expect(asked.filter((url) => !url.startsWith(server.url))).toEqual([]);
    await shoot(page, '.card.broken', 'en-import-other-origin.png');
    expect(errors).toEqual([]);

    // A file that is not there: the menu says so; the only errors are the browser's own report of the 404.
    await page.goto(`${server.url}?lang=fr&scenario=missing.yaml`);
    await page.waitForSelector('.card.broken[data-file="missing.yaml"]');
    expect(await page.textContent('.card.broken[data-file="missing.yaml"] .problems')).toBe(
      'missing.yaml n’a pas pu être lu (HTTP 404).',
    );
    expect(await page.textContent('.notice')).toBe(
      'Le fichier demandé dans l’adresse n’a pas pu être chargé\u00a0: ses problèmes sont listés ci-dessous, avec leurs lignes.',
    );
    expect(errors.some((e) => e.startsWith('HTTP 404:') && e.endsWith('/missing.yaml'))).toBe(true);
    expect(errors.filter((e) => !e.includes('404'))).toEqual([]);
    await close();
  });
});
