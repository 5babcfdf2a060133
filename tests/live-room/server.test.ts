/**
 * The workshop server's rules, with its own client library over Node's `ws`: the projector writes
 * the stage, phones vote on their own ballots, the server tallies; hostile messages change nothing
 * and are logged without control characters.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as encoding from 'lib0/encoding';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { newPhoneId, nodePhone, nodeProjector, until } from '../../src/harness/live-phones.ts';
import { openRoom, roomIsOpen } from '../../src/live-room/client.ts';
import { isControl } from '../../src/live-room/log.ts';
import type { Stage, Tally } from '../../src/live-room/rules.ts';
import { MAX_MESSAGE_BYTES, startWorkshopServer, type WorkshopServer } from '../../src/live-room/server.ts';

const lines: string[] = [];
let server: WorkshopServer;

beforeAll(async () => {
  const dist = mkdtempSync(join(tmpdir(), 'rv-live-'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>game</title>');
  server = await startWorkshopServer({ dist, host: '127.0.0.1', port: 0, log: (line) => lines.push(line) });
});
afterAll(() => server?.close());

const stage = (over: Partial<Stage> = {}): Stage => ({
  key: '2:pricing',
  lang: 'fr',
  options: [
    { letter: 'A', text: 'Demander le budget' },
    { letter: 'B', text: 'Annoncer le prix' },
  ],
  round: 1,
  locked: false,
  revealed: false,
  named: false,
  ...over,
});

/** Waits until the projector's tally holds. */
const tallyUntil = (projector: ReturnType<typeof nodeProjector>, holds: (t: Tally | null) => boolean, what: string) =>
  until(projector.tally, (heard) => projector.onTally(heard), holds, what);

const counts = (t: Tally | null, round = 0) => t?.rounds[round]?.counts;

/** A raw socket on a room's document, to send what no honest client sends. */
function rawSocket(path: string): Promise<{ socket: WebSocket; closed: Promise<number> }> {
  const socket = new WebSocket(new URL(path, server.url.replace(/^http/, 'ws')));
  const closed = new Promise<number>((done) => socket.on('close', (code) => done(code)));
  return new Promise((done, fail) => {
    socket.on('open', () => done({ socket, closed }));
    socket.on('unexpected-response', (_, response) => fail(new Error(`refused with ${response.statusCode}`)));
    socket.on('error', fail);
  });
}

/** The log's lines that hold a control character (each line is one, without its line break). */
const controlIn = (logged: readonly string[]) =>
  logged.filter((line) => Array.from(line).some((ch) => isControl(ch.codePointAt(0) ?? 0)));

/** A y-websocket sync update message carrying `update`. */
const updateMessage = (update: Uint8Array) => {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, 0);
  encoding.writeVarUint(e, 2);
  encoding.writeVarUint8Array(e, update);
  return encoding.toUint8Array(e);
};

describe('a room', () => {
  test('phones vote, change their vote until the lock, vote again; the projector sees counts, phones their receipt', async () => {
    const room = await openRoom(server.url);
    expect(await roomIsOpen(server.url, room.code)).toBe('open');
    expect(await roomIsOpen(server.url, room.code, 'x'.repeat(43))).toBe('unknown');
    const projector = nodeProjector(server.url, room.code, room.key);
    await projector.ready;
    const phones = [0, 1, 2].map(() => nodePhone(server.url, room.code));
    await Promise.all(phones.map((p) => p.ready));
    projector.setStage(stage());
    await Promise.all(
      phones.map((p) =>
        until(
          p.stage,
          (h) => p.onStage(h),
          (s) => s?.key === '2:pricing',
          'stage on phone',
        ),
      ),
    );
    await tallyUntil(projector, (t) => t?.phones === 3, 'three phones');

    const [a, b, c] = phones;
    if (!a || !b || !c) throw new Error('three phones');
    a.vote({ key: '2:pricing', round: 1, letter: 'A' });
    b.vote({ key: '2:pricing', round: 1, letter: 'B' });
    c.vote({ key: '2:pricing', round: 1, letter: 'B' });
    await tallyUntil(projector, (t) => counts(t)?.B === 2 && counts(t)?.A === 1, 'first votes');
    await until(
      a.receipt,
      (h) => a.onReceipt(h),
      (r) => r?.letter === 'A',
      'receipt',
    );
    b.vote({ key: '2:pricing', round: 1, letter: 'A' });
    await tallyUntil(projector, (t) => counts(t)?.A === 2 && counts(t)?.B === 1, 'a changed vote');

    projector.setStage(stage({ locked: true }));
    await tallyUntil(projector, (t) => t?.rounds[0]?.locked === true, 'locked');
    c.vote({ key: '2:pricing', round: 1, letter: 'A' });
    // The phone's late vote reaches the server (its ballot holds it), but the locked count does not move.
    await new Promise((done) => setTimeout(done, 300));
    expect(counts(projector.tally())).toEqual({ A: 2, B: 1 });

    projector.setStage(stage({ round: 2 }));
    for (const p of phones) p.vote({ key: '2:pricing', round: 2, letter: 'B' });
    await tallyUntil(projector, (t) => counts(t, 1)?.B === 3, 'second round');
    expect(counts(projector.tally(), 0)).toEqual({ A: 2, B: 1 });

    // A phone that drops and rejoins with its id finds its vote.
    a.close();
    await tallyUntil(projector, (t) => t?.phones === 2, 'a phone gone');
    const back = nodePhone(server.url, room.code, a.id);
    await back.ready;
    expect(back.ballot()).toEqual({ key: '2:pricing', round: 2, letter: 'B' });
    await tallyUntil(projector, (t) => t?.phones === 3 && counts(t, 1)?.B === 3, 'back, vote kept');

    // A projector reloaded reconnects with its key and finds the stage and the tally.
    projector.close();
    const reloaded = nodeProjector(server.url, room.code, room.key);
    await reloaded.ready;
    expect(reloaded.stage()).toEqual(stage({ round: 2 }));
    expect(reloaded.tally()?.rounds.map((r) => r.counts)).toEqual([
      { A: 2, B: 1 },
      { A: 0, B: 3 },
    ]);
    for (const p of [back, b, c, reloaded]) p.close();
  });
});

describe('hostile messages change nothing and are logged', () => {
  let room: { code: string; key: string };
  let projector: ReturnType<typeof nodeProjector>;
  let honest: ReturnType<typeof nodePhone>;

  beforeAll(async () => {
    room = await openRoom(server.url);
    projector = nodeProjector(server.url, room.code, room.key);
    honest = nodePhone(server.url, room.code);
    await Promise.all([projector.ready, honest.ready]);
    projector.setStage(stage());
    honest.vote({ key: '2:pricing', round: 1, letter: 'A' });
    await tallyUntil(projector, (t) => counts(t)?.A === 1, 'the honest vote');
  });
  afterAll(() => {
    projector.close();
    honest.close();
  });

  const unchanged = async () => {
    await new Promise((done) => setTimeout(done, 150));
    expect(projector.stage()).toEqual(stage());
    expect(counts(projector.tally())).toEqual({ A: 1, B: 0 });
  };

  test('a wrong room code, a wrong key, the tally without the key: the connection is refused', async () => {
    await expect(rawSocket(`/live/ZZZZZZ/stage?phone=${newPhoneId()}`)).rejects.toThrow('404');
    await expect(rawSocket(`/live/${room.code}/stage?key=${'k'.repeat(43)}`)).rejects.toThrow('403');
    await expect(rawSocket(`/live/${room.code}/tally?phone=${newPhoneId()}`)).rejects.toThrow('403');
    expect(lines.some((l) => l.includes('a wrong room code "ZZZZZZ"'))).toBe(true);
  });

  test('a phone writing the stage (advancing the meeting) is refused and cut off', async () => {
    const { socket, closed } = await rawSocket(`/live/${room.code}/stage?phone=${newPhoneId()}`);
    const evil = new Y.Doc();
    evil.getMap('stage').set('now', stage({ key: '9:the-end', revealed: true }));
    socket.send(updateMessage(Y.encodeStateAsUpdate(evil)));
    expect(await closed).toBe(4400);
    await unchanged();
    expect(lines.some((l) => l.includes('a change from a device that may only read'))).toBe(true);
  });

  test.each([
    ['a second vote beside its own', (d: Y.Doc) => d.getMap('ballot').set('vote2', { key: '2:pricing', round: 1, letter: 'B' })],
    ['its own receipt', (d: Y.Doc) => d.getMap('receipt').set('vote', { key: '2:pricing', round: 1, letter: 'B' })],
    ['a part of its own', (d: Y.Doc) => d.getArray('stage').push([1])],
    [
      'a vote with counts in it',
      (d: Y.Doc) => d.getMap('ballot').set('vote', { key: '2:pricing', round: 1, letter: 'B', n: 40 }),
    ],
  ])('a ballot with %s is refused', async (_, write) => {
    const { socket, closed } = await rawSocket(`/live/${room.code}/ballot?phone=${newPhoneId()}`);
    const evil = new Y.Doc();
    write(evil);
    socket.send(updateMessage(Y.encodeStateAsUpdate(evil)));
    expect(await closed).toBe(4400);
    await unchanged();
  });

  test('the same phone on two sockets votes once', async () => {
    const id = newPhoneId();
    const first = nodePhone(server.url, room.code, id);
    const second = nodePhone(server.url, room.code, id);
    await Promise.all([first.ready, second.ready]);
    first.vote({ key: '2:pricing', round: 1, letter: 'B' });
    second.vote({ key: '2:pricing', round: 1, letter: 'B' });
    await tallyUntil(projector, (t) => counts(t)?.B === 1, 'one vote for B');
    await new Promise((done) => setTimeout(done, 150));
    expect(counts(projector.tally())).toEqual({ A: 1, B: 1 });
    first.vote({ key: '2:pricing', round: 1, letter: 'A' });
    await tallyUntil(projector, (t) => counts(t)?.A === 2, 'the vote moved');
    expect(counts(projector.tally())).toEqual({ A: 2, B: 0 });
    // Back as it was, for the other tests.
    first.vote({ key: '9:elsewhere', round: 1, letter: 'A' });
    await tallyUntil(projector, (t) => counts(t)?.A === 1, 'a vote for another decision does not count');
    first.close();
    second.close();
  });

  test.each([
    ['an oversized message', new Uint8Array(MAX_MESSAGE_BYTES + 1)],
    ['a malformed message', new Uint8Array([0, 2, 200, 200, 200, 200, 200])],
    ['an unknown kind of message', new Uint8Array([9, 0])],
    ['a control sequence in text', '\u001b[2J\u001b[31mpwned'],
  ])('%s is refused, logged and the socket closed', async (_, data) => {
    const before = lines.length;
    const { socket, closed } = await rawSocket(`/live/${room.code}/ballot?phone=${newPhoneId()}`);
    socket.send(data);
    expect([4400, 1009]).toContain(await closed);
    await unchanged();
    const logged = lines.slice(before);
    expect(logged.some((l) => /refused/.test(l))).toBe(true);
    expect(controlIn(logged)).toEqual([]);
  });

  test('a flood of harmless messages is refused once past the burst a device is allowed', async () => {
    const before = lines.length;
    const { socket, closed } = await rawSocket(`/live/${room.code}/stage?phone=${newPhoneId()}`);
    // Each asks for the stage (a sync step 1 with an empty state vector): harmless alone, not by the hundred.
    for (let i = 0; i < 200; i++) socket.send(new Uint8Array([0, 0, 1, 0]));
    expect(await closed).toBe(4400);
    expect(lines.slice(before).some((l) => l.includes('a flood of messages'))).toBe(true);
    await unchanged();
  });

  test('a wrong room code in an address is logged without its control characters', async () => {
    await expect(rawSocket('/live/%1B%5B2J/stage')).rejects.toThrow('404');
    expect(controlIn(lines)).toEqual([]);
  });
});
