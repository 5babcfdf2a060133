import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { type Ballot, parseBallot, parseStage, parseTally, type Stage, type Tally } from './rules.ts';

/*
 * The devices' side of a live room, the same in the browser and in Node (tests and the bench pass
 * `ws` as the WebSocket): Yjs documents kept in sync by y-websocket's provider, read through the
 * rules' parsers. The projector writes the stage and reads the tally; a phone reads the stage and
 * writes its own ballot.
 */

export interface LiveOptions {
  /** The game's address (`http://192.168.1.20:8080/`): the rooms are under `live/`. */
  readonly base: string;
  readonly code: string;
  /** A WebSocket class for Node (the `ws` package); the browser's own otherwise. */
  readonly WebSocket?: typeof WebSocket;
}

/** Connected, reconnecting, or refused for good (a wrong code, a room that ended). */
export type LiveStatus = 'connecting' | 'connected' | 'closed';

const socketBase = (base: string) => `${new URL('live', base).href.replace(/^http/, 'ws')}`;

function provider(options: LiveOptions, part: string, doc: Y.Doc, params: Record<string, string>): WebsocketProvider {
  return new WebsocketProvider(socketBase(options.base), `${options.code}/${part}`, doc, {
    params,
    disableBc: true,
    ...(options.WebSocket ? { WebSocketPolyfill: options.WebSocket } : {}),
  });
}

/** Calls `heard` with the status of every provider together: connected only when all are. */
function watchStatus(providers: readonly WebsocketProvider[], heard: (status: LiveStatus) => void): void {
  const closed = new Set<WebsocketProvider>();
  const tell = () =>
    heard(closed.size > 0 ? 'closed' : providers.every((p) => p.wsconnected && p.synced) ? 'connected' : 'connecting');
  for (const p of providers) {
    p.on('status', tell);
    p.on('sync', tell);
    p.on('closed', () => {
      closed.add(p);
      tell();
    });
  }
}

/** Resolves once every provider has its first sync. */
const firstSync = (providers: readonly WebsocketProvider[]) =>
  Promise.all(providers.map((p) => (p.synced ? Promise.resolve() : new Promise<void>((done) => p.once('sync', () => done())))));

export interface ProjectorLink {
  /** The stage as last written (by this projector, or before its page was reloaded). */
  stage(): Stage | null;
  setStage(stage: Stage | null): void;
  tally(): Tally | null;
  /** Hears every change of the tally. */
  onTally(heard: (tally: Tally | null) => void): () => void;
  onStatus(heard: (status: LiveStatus) => void): void;
  readonly ready: Promise<void>;
  close(): void;
}

/** The projector's link to its room: the stage it writes, the tally it reads, with its facilitator key. */
export function connectProjector(options: LiveOptions & { readonly key: string }): ProjectorLink {
  const stageDoc = new Y.Doc();
  const tallyDoc = new Y.Doc();
  const providers = [
    provider(options, 'stage', stageDoc, { key: options.key }),
    provider(options, 'tally', tallyDoc, { key: options.key }),
  ];
  const stageMap = stageDoc.getMap('stage');
  const tallyMap = tallyDoc.getMap('tally');
  const tally = () => parseTally(tallyMap.get('now'));
  return {
    stage: () => parseStage(stageMap.get('now')),
    setStage(stage) {
      if (stage) stageMap.set('now', stage);
      else stageMap.delete('now');
    },
    tally,
    onTally(heard) {
      const observer = () => heard(tally());
      tallyMap.observe(observer);
      return () => tallyMap.unobserve(observer);
    },
    onStatus: (heard) => watchStatus(providers, heard),
    ready: firstSync(providers).then(() => undefined),
    close() {
      for (const p of providers) p.destroy();
      stageDoc.destroy();
      tallyDoc.destroy();
    },
  };
}

export interface PhoneLink {
  stage(): Stage | null;
  onStage(heard: (stage: Stage | null) => void): () => void;
  /** This phone's vote as it last set it (kept by the server: a phone that rejoins finds it). */
  ballot(): Ballot | null;
  vote(ballot: Ballot): void;
  /** Hears every change of this phone's ballot (its own votes, and the server's copy when it rejoins). */
  onBallot(heard: (ballot: Ballot | null) => void): () => void;
  /** The vote the server counted for this phone, as its receipt. */
  receipt(): Ballot | null;
  onReceipt(heard: (receipt: Ballot | null) => void): () => void;
  onStatus(heard: (status: LiveStatus) => void): void;
  readonly ready: Promise<void>;
  close(): void;
}

/** A phone's link to a room: the stage it reads, and its own ballot, under its random phone id. */
export function connectPhone(options: LiveOptions & { readonly phone: string }): PhoneLink {
  const stageDoc = new Y.Doc();
  const ballotDoc = new Y.Doc();
  const providers = [
    provider(options, 'stage', stageDoc, { phone: options.phone }),
    provider(options, 'ballot', ballotDoc, { phone: options.phone }),
  ];
  const stageMap = stageDoc.getMap('stage');
  const ballotMap = ballotDoc.getMap('ballot');
  const receiptMap = ballotDoc.getMap('receipt');
  const stage = () => parseStage(stageMap.get('now'));
  const receipt = () => parseBallot(receiptMap.get('vote'));
  return {
    stage,
    onStage(heard) {
      const observer = () => heard(stage());
      stageMap.observe(observer);
      return () => stageMap.unobserve(observer);
    },
    ballot: () => parseBallot(ballotMap.get('vote')),
    vote: (ballot) => ballotMap.set('vote', ballot),
    onBallot(heard) {
      const observer = () => heard(parseBallot(ballotMap.get('vote')));
      ballotMap.observe(observer);
      return () => ballotMap.unobserve(observer);
    },
    receipt,
    onReceipt(heard) {
      const observer = () => heard(receipt());
      receiptMap.observe(observer);
      return () => receiptMap.unobserve(observer);
    },
    onStatus: (heard) => watchStatus(providers, heard),
    ready: firstSync(providers).then(() => undefined),
    close() {
      for (const p of providers) p.destroy();
      stageDoc.destroy();
      ballotDoc.destroy();
    },
  };
}

/** A room just opened for the projector: its code, and the key that lets only this projector run it. */
export interface OpenedRoom {
  readonly code: string;
  readonly key: string;
}

/** Opens a room on the workshop server; rejects with a message that says what to do. */
export async function openRoom(base: string): Promise<OpenedRoom> {
  const response = await fetch(new URL('live/rooms', base), { method: 'POST' });
  const body: unknown = await response.json().catch(() => null);
  if (response.ok && body && typeof body === 'object' && 'code' in body && 'key' in body) {
    const { code, key } = body;
    if (typeof code === 'string' && typeof key === 'string') return { code, key };
  }
  throw new Error(`the workshop server answered ${response.status}`);
}

/** Whether the room is still open on the server (with `key`: and that key is its facilitator's). */
export async function roomIsOpen(base: string, code: string, key?: string): Promise<'open' | 'unknown' | 'busy'> {
  const address = new URL(`live/rooms/${encodeURIComponent(code)}`, base);
  if (key) address.searchParams.set('key', key);
  const response = await fetch(address);
  return response.ok ? 'open' : response.status === 429 ? 'busy' : 'unknown';
}
