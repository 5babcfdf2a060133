import * as Y from 'yjs';
import { type Ballot, countsAt, NO_TALLY, nextTally, parseBallot, parseStage, type Stage, type Tally } from './rules.ts';

/** The most phones one room keeps a ballot for: a large training room, with room for phones that rejoin as new. */
export const MAX_PHONES = 200;
/** What the server writes with: its own changes are not checked against the rules for devices. */
const SERVER = Symbol('server');

/** Why an update from a device was refused, or null when it was applied (or changed nothing). */
export type Refusal = string | null;

/**
 * Applies a device's update to `doc` only if the document it would make passes `check`. The update is
 * tried on a copy first: one that leaves pieces missing (it refers to changes the server never
 * had) or fails the check leaves the real document as it was.
 */
function applyChecked(doc: Y.Doc, update: Uint8Array, origin: unknown, check: (trial: Y.Doc) => Refusal): Refusal {
  const trial = new Y.Doc();
  Y.applyUpdate(trial, Y.encodeStateAsUpdate(doc));
  const before = Y.snapshot(trial);
  Y.applyUpdate(trial, update);
  if (trial.store.pendingStructs || trial.store.pendingDs) return 'an update that refers to changes the server never had';
  if (Y.equalSnapshots(before, Y.snapshot(trial))) return null;
  const refusal = check(trial);
  if (refusal === null) Y.applyUpdate(doc, update, origin);
  trial.destroy();
  return refusal;
}

/** For a device that only reads: its updates are refused unless they change nothing (its answer to a sync). */
export const readOnly =
  (doc: Y.Doc) =>
  (update: Uint8Array, origin: unknown): Refusal =>
    applyChecked(doc, update, origin, () => 'a change from a device that may only read');

/** Only these shared types, and in each only these keys. */
function onlyKeys(doc: Y.Doc, allowed: Readonly<Record<string, readonly string[]>>): Refusal {
  for (const name of [...doc.share.keys()]) {
    const keys = allowed[name];
    if (!keys) return 'an unknown part';
    // A part sent as a list or text has items in sequence, which a map never has.
    const map = doc.getMap(name);
    if (map._start !== null) return `${name} is not a map`;
    for (const key of map.keys()) if (!keys.includes(key)) return `an unknown entry in ${name}`;
  }
  return null;
}

/**
 * One live room on the server: the stage the projector writes and every phone reads, one ballot per
 * phone (written by that phone only), and the tally only the projector reads. The server is the
 * gatekeeper: it applies a device's change only when the rules allow it, and keeps the tally.
 */
export class Room {
  readonly stage = new Y.Doc();
  readonly tally = new Y.Doc();
  private readonly ballots = new Map<string, Y.Doc>();
  /** Sockets open per phone: a phone counts as there while one is open. */
  private readonly present = new Map<string, number>();
  private current: Tally = NO_TALLY;
  lastActive: number;

  constructor(
    readonly code: string,
    readonly key: string,
    now: number,
  ) {
    this.lastActive = now;
    this.stage.on('update', () => this.retally());
  }

  /** The stage as the projector last wrote it, or null before the first decision (or if it is not valid). */
  currentStage(): Stage | null {
    return parseStage(this.stage.getMap('stage').get('now'));
  }

  /** The projector's change to the stage, applied if the stage it makes is valid. */
  writeStage(update: Uint8Array, origin: unknown): Refusal {
    return applyChecked(this.stage, update, origin, (trial) => {
      const shape = onlyKeys(trial, { stage: ['now'] });
      if (shape) return shape;
      const now = trial.getMap('stage').get('now');
      return now === undefined || parseStage(now) ? null : 'a stage that is not valid';
    });
  }

  /** The ballot of a phone (created when it first joins), or null when the room is full. */
  ballotOf(phone: string): Y.Doc | null {
    const known = this.ballots.get(phone);
    if (known) return known;
    if (this.ballots.size >= MAX_PHONES) return null;
    const ballot = new Y.Doc();
    ballot.on('update', (_update: Uint8Array, origin: unknown) => {
      if (origin !== SERVER) this.retally();
    });
    this.ballots.set(phone, ballot);
    return ballot;
  }

  /**
   * A phone's change to its own ballot: one vote (decision, round, letter, maybe a first name);
   * the receipt is the server's to write. Whether the vote counts is the tally's business.
   */
  writeBallot(phone: string, update: Uint8Array, origin: unknown): Refusal {
    const ballot = this.ballots.get(phone);
    if (!ballot) return 'a ballot for a phone that has not joined';
    const receipt = JSON.stringify(ballot.getMap('receipt').toJSON());
    return applyChecked(ballot, update, origin, (trial) => {
      const shape = onlyKeys(trial, { ballot: ['vote'], receipt: ['vote'] });
      if (shape) return shape;
      if (JSON.stringify(trial.getMap('receipt').toJSON()) !== receipt) return 'a phone writing its own receipt';
      const vote = trial.getMap('ballot').get('vote');
      return vote === undefined || parseBallot(vote) ? null : 'a ballot that is not valid';
    });
  }

  /** A phone's socket opened or closed: the projector shows how many phones are there. */
  phoneConnected(phone: string, change: 1 | -1): void {
    const open = (this.present.get(phone) ?? 0) + change;
    if (open > 0) this.present.set(phone, open);
    else this.present.delete(phone);
    this.retally();
  }

  /** Every ballot that holds a valid vote. */
  private votes(): Ballot[] {
    return [...this.ballots.values()].flatMap((doc) => {
      const vote = parseBallot(doc.getMap('ballot').get('vote'));
      return vote ? [vote] : [];
    });
  }

  /**
   * Counts again after any change, writes the tally for the projector when it moved, and gives each
   * phone whose vote counts in an open round its receipt (the phone says "vote recorded" on it).
   */
  private retally(): void {
    const stage = this.currentStage();
    const next = nextTally(this.current, stage, this.votes(), this.present.size);
    if (JSON.stringify(next) !== JSON.stringify(this.current)) {
      this.current = next;
      this.tally.transact(() => this.tally.getMap('tally').set('now', next), SERVER);
    }
    const open = stage && !next.rounds[stage.round - 1]?.locked ? stage : null;
    if (!open) return;
    for (const doc of this.ballots.values()) {
      const vote = parseBallot(doc.getMap('ballot').get('vote'));
      if (!vote || !countsAt(open, vote)) continue;
      const receipt = doc.getMap('receipt');
      if (JSON.stringify(receipt.get('vote')) !== JSON.stringify(vote)) doc.transact(() => receipt.set('vote', vote), SERVER);
    }
  }

  /** The tally as last counted. */
  get counted(): Tally {
    return this.current;
  }

  destroy(): void {
    for (const doc of [this.stage, this.tally, ...this.ballots.values()]) doc.destroy();
    this.ballots.clear();
  }
}
