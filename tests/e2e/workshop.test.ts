/**
 * A live workshop (issue 20): the real workshop server on 127.0.0.1, the projector in Chromium, and
 * forty phones — three phone pages in Chromium and thirty-seven of the same client library over
 * Node's `ws`. Joining by QR address and by typed code, voting, changing, lock, reveal, a second
 * round side by side, the majority played; a phone dropped and back keeps its vote; the projector
 * reloaded takes its room back; hostile messages change nothing. Screenshots of the projector and a
 * phone in both languages, and axe on both pages.
 */
import { mkdirSync } from 'node:fs';
import * as encoding from 'lib0/encoding';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import type { Lang } from '../../src/engine/index.ts';
import { newPhoneId, nodePhone } from '../../src/harness/live-phones.ts';
import { pressAndWait, returningPlayer, watchForErrors } from '../../src/harness/page-driver.ts';
import type { PhoneLink } from '../../src/live-room/client.ts';
import { startWorkshopServer, type WorkshopServer } from '../../src/live-room/server.ts';
import { violations } from './axe.ts';
import { launchBrowser } from './browser.ts';

const SHOTS = 'tests/screenshots';
const CARD = 'dialog[data-role="discussion"][open]';
const LIVE_CARD = 'dialog[data-role="discussion"].live[open]';
const NODE_PHONES = 37;

let server: WorkshopServer;
let browser: Browser;
const log: string[] = [];

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await startWorkshopServer({
    dist: 'dist',
    host: '127.0.0.1',
    port: 0,
    log: (line) => log.push(line),
  });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A projector at the first decision of a facilitated mission-interview, its live card open. */
async function projectorAtFirstCard(context: BrowserContext, lang: Lang): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${server.url}?workshop&lang=${lang}&seed=3`);
  await page.selectOption('#facilitate-scenario', 'mission-interview');
  await page.click('[data-action="facilitate"]');
  await page.waitForSelector('[data-role="meeting"]');
  await untilCard(page);
  return page;
}

/** Lets the meeting run (Enter) to its next decision, and waits for the live card there. */
async function untilCard(page: Page): Promise<void> {
  for (let step = 0; step < 60; step++) {
    if (await page.$('[data-role="meeting"][data-phase="decision"]')) break;
    await pressAndWait(page, 'Enter');
  }
  await page.waitForSelector(LIVE_CARD);
}

const presence = (page: Page) => page.textContent('[data-role="presence"]');
/** The projector's counts as shown, per row then per round ('' where hidden). */
const shownCounts = (page: Page) =>
  page.$$eval(`${LIVE_CARD} .discussion-options li`, (rows) =>
    rows.map((row) =>
      [...row.querySelectorAll('.round-count')].map((cell) => ((cell as HTMLElement).hidden ? '' : (cell.textContent ?? ''))),
    ),
  );

/** A phone page in its own context (its own storage: its own phone), 390×844 at three device pixels per CSS pixel. */
async function phonePage(lang: Lang): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 3,
    locale: lang === 'fr' ? 'fr-FR' : 'en-GB',
  });
  return { context, page: await context.newPage() };
}

async function tap(page: Page, letter: string): Promise<void> {
  await page.click(`.choice[data-letter="${letter}"]`);
  await page.waitForSelector(`.choice[data-letter="${letter}"][aria-pressed="true"]`);
  // The live region says the vote is recorded once the server's receipt comes back.
  await page.waitForFunction(
    (l) =>
      /recorded|enregistré/.test(document.getElementById('said')?.textContent ?? '') &&
      document.getElementById('said')?.textContent?.includes(l),
    letter,
  );
}

/** The room's letters on stage, as the phones see them. */
const letters = (phone: PhoneLink) => phone.stage()?.options.map((o) => o.letter) ?? [];

/** Waits until every Node phone sees a stage that `holds`. */
async function phonesSee(phones: readonly PhoneLink[], holds: (phone: PhoneLink) => boolean): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (!phones.every(holds)) {
    if (Date.now() > deadline) throw new Error('the phones did not see the stage');
    await new Promise((done) => setTimeout(done, 50));
  }
}

/** A y-websocket update message, as a hostile client would send it by hand. */
function updateMessage(update: Uint8Array): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, 0);
  encoding.writeVarUint(e, 2);
  encoding.writeVarUint8Array(e, update);
  return encoding.toUint8Array(e);
}

/** Sends one message on a raw socket to a room's document and resolves with the close code. */
function sendRaw(path: string, message: Uint8Array | string): Promise<number> {
  return new Promise((done, fail) => {
    const socket = new WebSocket(new URL(path, server.url.replace(/^http/, 'ws')));
    socket.on('open', () => socket.send(message));
    socket.on('close', (code) => done(code));
    socket.on('unexpected-response', (_, response) => done(response.statusCode ?? 0));
    socket.on('error', fail);
  });
}

describe('a live workshop of forty phones', () => {
  test('join, vote, change, lock, reveal, vote again, majority played; a phone back keeps its vote and the projector reloaded takes back the meeting and its room; hostile messages change nothing', async () => {
    const projectorContext = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
    await returningPlayer(projectorContext);
    let projector = await projectorAtFirstCard(projectorContext, 'en');
    const errors = watchForErrors(projector);
    const code = (await projector.textContent('[data-role="room-code"]')) ?? '';
    expect(code).toMatch(/^[A-HJ-NP-Z2-9]{6}$/);
    expect(await projector.$('[data-role="join"] svg[role="img"]')).not.toBeNull();

    // Three phone pages: two by the QR code's address, one typing the code.
    const phones = await Promise.all([phonePage('en'), phonePage('fr'), phonePage('en')]);
    const [first, second, third] = phones.map((p) => p.page);
    if (!first || !second || !third) throw new Error('three phones');
    await first.goto(`${server.url}phone.html?room=${code}`);
    await second.goto(`${server.url}phone.html?room=${code}`);
    await third.goto(`${server.url}phone.html`);
    await third.fill('#room-code', code.toLowerCase().replace(/(...)/, '$1 '));
    await third.click('.join-form button[type="submit"]');
    for (const page of [first, second, third]) await page.waitForSelector('.choice[data-letter="A"]');
    const nodePhones = Array.from({ length: NODE_PHONES }, () => nodePhone(server.url, code));
    await Promise.all(nodePhones.map((p) => p.ready));
    await phonesSee(nodePhones, (p) => letters(p).length >= 2);
    await projector.waitForFunction(() =>
      /40 phones connected/.test(document.querySelector('[data-role="presence"]')?.textContent ?? ''),
    );
    const stage = nodePhones[0]?.stage();
    if (!stage) throw new Error('no stage');
    // The phones see the options of the card, in the order it letters them.
    const cardTexts = await projector.$$eval(`${LIVE_CARD} .option-text`, (spans) => spans.map((s) => s.textContent));
    expect(stage.options.map((o) => o.text)).toEqual(cardTexts);
    expect(await first.$$eval('.choice', (buttons) => buttons.map((b) => b.textContent?.slice(1)))).toEqual(cardTexts);

    // Round 1: 20 A and 17 B from the Node phones; A, then C changed to B, and B from the pages.
    const vote = (phone: PhoneLink, letter: string, round = 1) => phone.vote({ key: stage.key, round, letter });
    nodePhones.forEach((phone, i) => {
      vote(phone, i < 20 ? 'A' : 'B');
    });
    await tap(first, 'A');
    await tap(second, 'C');
    await tap(second, 'B');
    await tap(third, 'B');
    expect(await second.getAttribute('.choice[data-letter="C"]', 'aria-pressed')).toBe('false');
    await projector.waitForFunction(() =>
      /40 votes in/.test(document.querySelector('[data-role="presence"]')?.textContent ?? ''),
    );
    // Nothing of what was voted shows before the reveal: not on the projector, not on a phone.
    expect((await shownCounts(projector)).flat().every((cell) => cell === '')).toBe(true);
    expect(await first.$('[data-role="results"]')).toBeNull();

    // A phone that drops and comes back (same browser, same storage) finds its vote.
    await third.close();
    await projector.waitForFunction(() =>
      /39 phones connected/.test(document.querySelector('[data-role="presence"]')?.textContent ?? ''),
    );
    const thirdAgain = await (phones[2]?.context ?? projectorContext).newPage();
    await thirdAgain.goto(`${server.url}phone.html?room=${code}`);
    await thirdAgain.waitForSelector('.choice[data-letter="B"][aria-pressed="true"]');

    // Hostile messages: a phone advancing the meeting (writing the stage), an oversized message, a
    // wrong room, a vote for another decision. None changes the stage or the count.
    const evil = new Y.Doc();
    evil.getMap('stage').set('now', { ...stage, key: '99:the-end', revealed: true });
    expect(await sendRaw(`/live/${code}/stage?phone=${newPhoneId()}`, updateMessage(Y.encodeStateAsUpdate(evil)))).toBe(4400);
    expect(await sendRaw(`/live/${code}/ballot?phone=${newPhoneId()}`, new Uint8Array(20_000))).toBe(1009);
    expect(await sendRaw(`/live/AAAAAA/ballot?phone=${newPhoneId()}`, new Uint8Array([0]))).toBe(404);
    const stray = nodePhone(server.url, code);
    await stray.ready;
    await projector.waitForFunction(() =>
      /41 phones connected/.test(document.querySelector('[data-role="presence"]')?.textContent ?? ''),
    );
    stray.vote({ key: '99:the-end', round: 1, letter: 'A' });
    // Nothing to wait for: a vote that does not count moves nothing the projector could show.
    await new Promise((done) => setTimeout(done, 300));
    expect(await presence(projector)).toMatch(/40 votes in/);
    stray.close();
    expect(nodePhones[0]?.stage()?.key).toBe(stage.key);
    expect(log.filter((line) => /refused/.test(line)).length).toBeGreaterThanOrEqual(3);

    // Lock: a late change counts for nothing; the phones can no longer vote.
    await projector.keyboard.press('l');
    await first.waitForSelector('.choice[data-letter="A"]:disabled');
    if (nodePhones[0]) vote(nodePhones[0], 'B');
    await new Promise((done) => setTimeout(done, 300));
    await projector.keyboard.press('r');
    // Expected: A = 20 Node phones + the first page; B = 17 Node phones + the second and third pages.
    await projector.waitForFunction(() => document.querySelector('dialog.live')?.getAttribute('data-state') === 'revealed');
    await projector.waitForFunction(() => !document.querySelector('dialog.live .round-count')?.hasAttribute('hidden'));
    expect((await shownCounts(projector)).map((row) => row[0])).toEqual([
      '21 votes',
      '19 votes',
      ...Array(stage.options.length - 2).fill('0 votes'),
    ]);
    await second.waitForSelector('[data-role="results"]');
    await projector.screenshot({ path: `${SHOTS}/workshop-en-projector-revealed.png` });

    // Discuss, then vote again: round 2 opens on the phones; the first round's counts stay beside.
    await projector.keyboard.press('v');
    await phonesSee(nodePhones, (p) => p.stage()?.round === 2 && p.stage()?.locked === false);
    nodePhones.forEach((phone, i) => {
      vote(phone, i < 30 ? 'B' : 'A', 2);
    });
    await tap(first, 'B');
    await tap(second, 'A');
    await tap(thirdAgain, 'B');
    await projector.waitForFunction(() =>
      /40 votes in/.test(document.querySelector('[data-role="presence"]')?.textContent ?? ''),
    );
    await projector.keyboard.press('r');
    await projector.waitForFunction(
      () => document.querySelectorAll('dialog.live li:first-child .round-count:not([hidden])').length === 2,
    );
    const sideBySide = await shownCounts(projector);
    expect(sideBySide[0]).toEqual(['First vote: 21', 'Second vote: 8']);
    expect(sideBySide[1]).toEqual(['First vote: 19', 'Second vote: 32']);
    await thirdAgain.waitForFunction(() => document.querySelectorAll('[data-role="results"] thead th').length === 3);
    await projector.screenshot({ path: `${SHOTS}/workshop-en-projector-1920x1080.png` });
    await projector.setViewportSize({ width: 1366, height: 768 });
    await projector.waitForTimeout(300);
    await projector.screenshot({ path: `${SHOTS}/workshop-en-projector-1366x768.png` });
    await thirdAgain.screenshot({ path: `${SHOTS}/workshop-en-phone-390x844.png` });
    expect(await violations(projector)).toEqual([]);
    expect(await violations(thirdAgain)).toEqual([]);

    // The majority (B, of the second round) is played: the card closes, the meeting goes on.
    const node = await projector.getAttribute('[data-role="meeting"]', 'data-node');
    await projector.keyboard.press('Enter');
    await projector.waitForSelector(CARD, { state: 'detached' });

    // The projector reloaded at the next decision: the meeting and its room are taken back where they were.
    await untilCard(projector);
    const nextNode = await projector.getAttribute('[data-role="meeting"]', 'data-node');
    await projector.reload();
    await projector.selectOption('#facilitate-scenario', 'mission-interview');
    await projector.click('[data-action="facilitate"]');
    await projector.waitForSelector(LIVE_CARD);
    expect(await projector.getAttribute('[data-role="meeting"]', 'data-node')).toBe(nextNode);
    expect(await projector.textContent('[data-role="room-code"]')).toBe(code);
    await projector.waitForFunction(() =>
      /40 phones connected/.test(document.querySelector('[data-role="presence"]')?.textContent ?? ''),
    );
    await phonesSee(nodePhones, (p) => p.stage()?.key !== stage.key && p.stage()?.round === 1);
    // The rest of the meeting with hands (the fallback, key H): one hand for A, Enter plays it.
    for (let step = 0; step < 400 && !(await projector.$('[data-action="debrief"]')); step++) {
      // At a decision the card opens once the live room answers: waited for, not pressed past.
      if (await projector.$('[data-role="meeting"][data-phase="decision"]')) await projector.waitForSelector(CARD);
      if (await projector.$(LIVE_CARD)) {
        await projector.keyboard.press('h');
        await projector.waitForSelector(`${CARD}:not(.live)`);
        await projector.keyboard.press('a');
        await projector.keyboard.press('Enter');
        await projector.waitForSelector(CARD, { state: 'detached' });
      } else await pressAndWait(projector, 'Enter');
    }
    await projector.click('[data-action="debrief"]');
    await projector.waitForSelector('[data-role="room-debrief"]');
    const firstDecision = await projector.$eval(`.room-decision[data-node="${node}"]`, (li) => ({
      votes: li.querySelector('.votes')?.textContent ?? '',
      played: li.querySelector('.played')?.textContent ?? '',
      flags: [...li.querySelectorAll('.flag')].map((f) => f.textContent),
    }));
    expect(firstDecision.votes).toContain('first vote A 21 · B 19');
    expect(firstDecision.votes).toContain('second vote A 8 · B 32');
    expect(firstDecision.played).toMatch(/Played: B\. /);
    expect(firstDecision.flags).toContain('The discussion changed the room’s mind');

    expect(errors).toEqual([]);

    // The session code goes to the results board, which sets both rounds beside the players' choices.
    const sessionCode = await projector.inputValue('#session-code');
    const errorsBefore = errors.length;
    await projector.goto(`${server.url}?lang=en`);
    await projector.click('[data-action="board"]');
    await projector.fill('#board-paste', `Morning room: ${sessionCode}`);
    await projector.click('[data-action="add-codes"]');
    const onBoard = `.board-page:not([hidden]) .board-decision[data-node="${node}"]`;
    await projector.waitForSelector('[data-role="board-pages"]');
    for (let turn = 0; turn < 40 && !(await projector.$(onBoard)); turn++) await projector.keyboard.press('ArrowRight');
    const roomColumns = await projector.$eval(onBoard, (section) =>
      Array.from(section.querySelectorAll('tbody tr')).map((tr) =>
        Array.from(tr.querySelectorAll('td.room-round')).map((td) => td.textContent),
      ),
    );
    // Rows in the order the card showed them: A and B as voted above, the others with no vote.
    expect(roomColumns).toEqual([['21', '8'], ['19', '32'], ...Array(stage.options.length - 2).fill(['0', '0'])]);
    // Leaving the projector's page cuts its open request to the room, which is no error of the board's.
    expect(errors.slice(errorsBefore).filter((e) => !/\/live\/rooms\/.*ERR_ABORTED/.test(e))).toEqual([]);
    for (const phone of nodePhones) phone.close();
    for (const { context } of phones) await context.close();
    await projectorContext.close();
    projector = undefined as unknown as Page;
  });

  test('in French: the projector’s card and a phone, joined, named, voted, revealed; screenshots and axe; the phone told when the workshop ends', async () => {
    const projectorContext = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
    await returningPlayer(projectorContext);
    const projector = await projectorAtFirstCard(projectorContext, 'fr');
    const errors = watchForErrors(projector);
    const code = (await projector.textContent('[data-role="room-code"]')) ?? '';
    const { context, page: phone } = await phonePage('fr');
    const phoneErrors = watchForErrors(phone);
    await phone.goto(`${server.url}phone.html?room=${code}`);
    await phone.waitForSelector('.choice[data-letter="A"]');
    expect(await phone.getAttribute('html', 'lang')).toBe('fr');
    // Named votes, only because the facilitator asks: a first name with the vote, shown at the reveal.
    expect(await phone.$('#first-name')).toBeNull();
    await projector.check('#live-named');
    await phone.waitForSelector('#first-name');
    await phone.fill('#first-name', 'Zoé');
    await phone.screenshot({ path: `${SHOTS}/workshop-fr-phone-390x844-open.png` });
    await tap(phone, 'B');
    expect(await phone.textContent('#said')).toContain('Vote enregistré\u00a0: B.');
    await projector.waitForFunction(() =>
      /1 vote reçu/.test(document.querySelector('[data-role="presence"]')?.textContent ?? ''),
    );
    await projector.screenshot({ path: `${SHOTS}/workshop-fr-projector-1920x1080-open.png` });
    await projector.keyboard.press('r');
    await phone.waitForSelector('[data-role="results"]');
    await projector.waitForFunction(() => !document.querySelector('dialog.live .round-count')?.hasAttribute('hidden'));
    await projector.waitForFunction(
      () => document.querySelector('[data-role="names"]')?.textContent === 'Prénoms\u00a0: Zoé (B)',
    );
    await projector.screenshot({ path: `${SHOTS}/workshop-fr-projector-1920x1080.png` });
    await projector.setViewportSize({ width: 1366, height: 768 });
    await projector.waitForTimeout(300);
    await projector.screenshot({ path: `${SHOTS}/workshop-fr-projector-1366x768.png` });
    await phone.screenshot({ path: `${SHOTS}/workshop-fr-phone-390x844.png` });
    expect(await violations(projector)).toEqual([]);
    expect(await violations(phone)).toEqual([]);
    // The phone's switch to English, for a phone whose browser is in the other language.
    await phone.click('.lang-switch');
    await phone.waitForFunction(() => document.documentElement.lang === 'en');
    expect(await phone.textContent('#choose-title')).toBe('Your choice');
    // The workshop ends (the server stopped): the phone says the room is closed rather than trying on.
    await server.close();
    await phone.waitForFunction(() => /The room is closed/.test(document.getElementById('said')?.textContent ?? ''));
    expect(errors).toEqual([]);
    expect(phoneErrors).toEqual([]);
    await context.close();
    await projectorContext.close();
  });
});
