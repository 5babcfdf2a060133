import { randomBytes } from 'node:crypto';
import WebSocket from 'ws';
import { connectPhone, connectProjector, type PhoneLink, type ProjectorLink } from '../live-room/client.ts';
import { base64url } from '../live-room/rules.ts';

/*
 * Phones and a projector without a browser: the live room's own client (y-websocket's provider) over
 * Node's `ws`, for the tests that fill a room with forty phones and for the bench.
 */

// y-websocket's provider adds a listener for the process's exit in Node, one per document: a room
// of forty phones in one process adds eighty, which Node would otherwise warn about as a leak.
process.setMaxListeners(Math.max(process.getMaxListeners(), 200));

/** A phone id as a phone makes one: 16 random bytes. */
export const newPhoneId = (): string => base64url(randomBytes(16));

/** Node's `ws` as the browser's WebSocket type, which the provider expects (they speak the same protocol). */
const NodeWebSocket = WebSocket as unknown as typeof globalThis.WebSocket;

export function nodePhone(base: string, code: string, phone: string = newPhoneId()): PhoneLink & { readonly id: string } {
  return { ...connectPhone({ base, code, phone, WebSocket: NodeWebSocket }), id: phone };
}

export function nodeProjector(base: string, code: string, key: string): ProjectorLink {
  return connectProjector({ base, code, key, WebSocket: NodeWebSocket });
}

/** Resolves when `holds` is true of the value `read` gives, checked at each change `watch` reports; rejects after `ms`. */
export function until<T>(
  read: () => T,
  watch: (heard: () => void) => () => void,
  holds: (value: T) => boolean,
  what: string,
  ms = 10_000,
): Promise<T> {
  return new Promise((done, fail) => {
    let stop = () => {};
    const timer = setTimeout(() => {
      stop();
      fail(new Error(`${what}: not within ${ms} ms (last ${JSON.stringify(read())})`));
    }, ms);
    const check = () => {
      const value = read();
      if (!holds(value)) return;
      clearTimeout(timer);
      stop();
      done(value);
    };
    stop = watch(check);
    check();
  });
}
