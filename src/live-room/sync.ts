import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import type { WebSocket } from 'ws';
import * as sync from 'y-protocols/sync';
import type * as Y from 'yjs';
import type { Refusal } from './room.ts';

/*
 * One device's socket on one document, speaking y-websocket's protocol (y-protocols' sync messages,
 * awareness messages) so that the devices use Yjs's own WebSocket provider. Unlike y-websocket's
 * reference server, a device writes only through `write`, which applies the room's rules; a device
 * that only reads may send nothing that changes the document.
 */
const MESSAGE_SYNC = 0;
const MESSAGE_AWARENESS = 1;
const MESSAGE_QUERY_AWARENESS = 3;
/** Closes the socket for good: y-websocket's provider does not reconnect after a 44xx code. */
export const REFUSED = 4400;
/**
 * Messages a device may send in a burst, and per second after it: far above what a phone or a
 * projector sends (a sync, its presence every 15 s, a vote or a click now and then), far below a flood.
 */
export const BURST = 60;
export const PER_SECOND = 20;

export interface DocAccess {
  readonly doc: Y.Doc;
  /** Applies a device's update if the rules allow it (for a device that only reads, if it changes nothing). */
  readonly write: (update: Uint8Array, origin: unknown) => Refusal;
  /** The device may change the document: the server asks for its state when it connects. */
  readonly writer: boolean;
}

/** A message of `kind`, its body written by `write`. */
const message = (kind: number, write: (encoder: encoding.Encoder) => void): Uint8Array => {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, kind);
  write(encoder);
  return encoding.toUint8Array(encoder);
};

/**
 * Syncs `access.doc` over `socket` until it closes. `refused` hears every message refused (and the
 * socket is then closed); `active` hears every message, to keep the room alive.
 */
export function syncOver(
  socket: WebSocket,
  access: DocAccess,
  on: { refused(reason: string): void; active(): void },
  now: () => number = performance.now.bind(performance),
): void {
  const { doc, write, writer } = access;
  let allowance = BURST;
  let checked = now();
  const send = (bytes: Uint8Array) => {
    if (socket.readyState === socket.OPEN) socket.send(bytes);
  };
  const forward = (update: Uint8Array, origin: unknown) => {
    if (origin !== socket) send(message(MESSAGE_SYNC, (e) => sync.writeUpdate(e, update)));
  };
  doc.on('update', forward);
  const refuse = (reason: string) => {
    on.refused(reason);
    socket.close(REFUSED, 'refused');
  };

  socket.on('message', (data, isBinary) => {
    on.active();
    const at = now();
    allowance = Math.min(BURST, allowance + ((at - checked) / 1000) * PER_SECOND) - 1;
    checked = at;
    if (allowance < 0) return refuse('a flood of messages');
    if (!isBinary || !(data instanceof Buffer)) return refuse('a message that is not binary');
    try {
      const decoder = decoding.createDecoder(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
      const kind = decoding.readVarUint(decoder);
      if (kind === MESSAGE_SYNC) {
        const step = decoding.readVarUint(decoder);
        const payload = decoding.readVarUint8Array(decoder);
        if (step === sync.messageYjsSyncStep1) {
          send(message(MESSAGE_SYNC, (e) => sync.writeSyncStep2(e, doc, payload)));
        } else if (step === sync.messageYjsSyncStep2 || step === sync.messageYjsUpdate) {
          const refusal = write(payload, socket);
          if (refusal !== null) refuse(refusal);
        } else refuse('an unknown kind of sync message');
      } else if (kind === MESSAGE_AWARENESS) {
        // Presence is not shared between devices (a phone must not learn about the others); the
        // device's own state goes back to it alone, which keeps its provider's watchdog content.
        const state = decoding.readVarUint8Array(decoder);
        send(message(MESSAGE_AWARENESS, (e) => encoding.writeVarUint8Array(e, state)));
      } else if (kind !== MESSAGE_QUERY_AWARENESS) refuse('an unknown kind of message');
    } catch {
      refuse('a message that could not be read');
    }
  });
  socket.on('close', () => doc.off('update', forward));
  // A writer may hold changes made while it was away: asking for its state brings them.
  if (writer) send(message(MESSAGE_SYNC, (e) => sync.writeSyncStep1(e, doc)));
}
