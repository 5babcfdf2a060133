import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { networkInterfaces } from 'node:os';
import type { Duplex } from 'node:stream';
import { type WebSocket, WebSocketServer } from 'ws';
import { serveDirectory } from '../harness/static-server.ts';
import { type Log, quoted } from './log.ts';
import { Room, readOnly } from './room.ts';
import { base64url, isFacilitatorKey, isPhoneId, isRoomCode, roomCodeFrom } from './rules.ts';
import { type DocAccess, REFUSED, syncOver } from './sync.ts';

/** Larger than any honest message (a stage of twelve long options is under 8 KiB), small enough to refuse a flood. */
export const MAX_MESSAGE_BYTES = 16 * 1024;
/** Rooms one server holds at once: a venue runs a few workshops, not hundreds. */
export const MAX_ROOMS = 20;
/** A room nobody has used for this long is forgotten (its votes with it). */
export const IDLE_MS = 3 * 60 * 60 * 1000;
/** Wrong room codes one address may try in a quarter of an hour before it is turned away. */
const WRONG_CODES = 30;
const WRONG_CODES_MS = 15 * 60 * 1000;
const PING_MS = 20_000;

export interface WorkshopServerOptions {
  /** The built game (`dist/`), served as it is. */
  readonly dist: string;
  /** 0.0.0.0 for the venue's network; 127.0.0.1 in tests. */
  readonly host: string;
  /** 0 picks a free port. */
  readonly port: number;
  readonly log: Log;
  readonly now?: () => number;
}

export interface WorkshopServer {
  /** The address on this machine. */
  readonly url: string;
  readonly port: number;
  /** Addresses of the game on the local network, for the projector and the phones' QR code. */
  readonly addresses: readonly string[];
  readonly rooms: ReadonlyMap<string, Room>;
  close(): Promise<void>;
}

/** This machine's addresses on its networks (IPv4, the ones phones type or scan), or 127.0.0.1 alone. */
export function localAddresses(host: string, port: number): string[] {
  if (host !== '0.0.0.0') return [`http://${host}:${port}/`];
  const found = Object.values(networkInterfaces())
    .flat()
    .flatMap((a) => (a && a.family === 'IPv4' && !a.internal ? [`http://${a.address}:${port}/`] : []));
  return found.length > 0 ? found : [`http://127.0.0.1:${port}/`];
}

const json = (response: ServerResponse, status: number, body: unknown) => {
  response.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  response.end(JSON.stringify(body));
};

/**
 * `npm run workshop`: the built game and its live rooms on one port. The projector creates a room
 * (`POST /live/rooms`, answered with its code and the facilitator's key); phones check a code
 * (`GET /live/rooms/CODE`) and then sync over WebSockets at `/live/CODE/stage` (read only),
 * `/live/CODE/ballot?phone=ID` (their own vote); the projector at `/live/CODE/stage|tally?key=KEY`.
 * Everything is held in memory and is gone when the server stops; nothing is written to disk.
 */
export async function startWorkshopServer(options: WorkshopServerOptions): Promise<WorkshopServer> {
  const { log } = options;
  const now = options.now ?? Date.now;
  const rooms = new Map<string, Room>();
  const wrongCodes = new Map<string, { count: number; since: number }>();
  const sockets = new Set<WebSocket>();

  /** Counts a wrong code from an address; true once the address has tried too many. */
  const tooManyWrongCodes = (address: string, wrong: boolean): boolean => {
    const seen = wrongCodes.get(address);
    const fresh = !seen || now() - seen.since > WRONG_CODES_MS ? { count: 0, since: now() } : seen;
    if (wrong) fresh.count++;
    wrongCodes.set(address, fresh);
    return fresh.count > WRONG_CODES;
  };

  const createRoom = (response: ServerResponse) => {
    if (rooms.size >= MAX_ROOMS) return json(response, 503, { error: 'too many rooms: end a workshop first' });
    let code = roomCodeFrom(randomBytes(6));
    while (rooms.has(code)) code = roomCodeFrom(randomBytes(6));
    const room = new Room(code, base64url(randomBytes(32)), now());
    rooms.set(code, room);
    log(`room ${code} opened (${rooms.size} open)`);
    json(response, 201, { code, key: room.key });
  };

  const handle = (request: IncomingMessage, response: ServerResponse): boolean => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (!url.pathname.startsWith('/live/')) return false;
    const address = request.socket.remoteAddress ?? '?';
    if (url.pathname === '/live/rooms' && request.method === 'POST') createRoom(response);
    else if (url.pathname === '/live/addresses' && request.method === 'GET') json(response, 200, { addresses: server.addresses });
    else if (url.pathname.startsWith('/live/rooms/') && request.method === 'GET') {
      const code = url.pathname.slice('/live/rooms/'.length);
      const room = rooms.get(code);
      const key = url.searchParams.get('key');
      if (tooManyWrongCodes(address, !room)) {
        log(`too many wrong room codes from ${quoted(address)}`);
        json(response, 429, { error: 'too many wrong codes: wait a quarter of an hour' });
      } else if (!room) {
        log(`a wrong room code ${quoted(code, 12)} from ${quoted(address)}`);
        json(response, 404, { error: 'no such room' });
      } else if (key !== null && key !== room.key) json(response, 403, { error: 'not this room’s key' });
      else json(response, 200, { code, facilitator: key !== null });
    } else json(response, 404, { error: 'not found' });
    return true;
  };

  const files = await serveDirectory(options.dist, { handle, host: options.host, port: options.port });
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });

  /** Which document a socket may open, and how: null (the reason logged) when it may not. */
  const accessFor = (request: IncomingMessage): { room: Room; access: DocAccess; phone: string | null } | string => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const [, live, code = '', part = '', ...rest] = url.pathname.split('/');
    if (live !== 'live' || rest.length > 0) return `an unknown address ${quoted(url.pathname)}`;
    const room = rooms.get(code);
    if (!isRoomCode(code) || !room) return `a wrong room code ${quoted(code, 12)}`;
    const key = url.searchParams.get('key');
    const phone = url.searchParams.get('phone');
    const facilitator = key !== null && isFacilitatorKey(key) && key === room.key;
    if (key !== null && !facilitator) return `a wrong facilitator key for room ${code}`;
    if (part === 'stage' && facilitator)
      return { room, phone: null, access: { doc: room.stage, writer: true, write: (u, o) => room.writeStage(u, o) } };
    if (part === 'stage' && phone !== null && isPhoneId(phone))
      return { room, phone, access: { doc: room.stage, writer: false, write: readOnly(room.stage) } };
    if (part === 'tally' && facilitator)
      return { room, phone: null, access: { doc: room.tally, writer: false, write: readOnly(room.tally) } };
    if (part === 'ballot' && phone !== null && isPhoneId(phone)) {
      const doc = room.ballotOf(phone);
      if (!doc) return `room ${code} is full`;
      return { room, phone, access: { doc, writer: true, write: (u, o) => room.writeBallot(phone, u, o) } };
    }
    return `no access to ${quoted(part, 12)} in room ${code}`;
  };

  files.server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const address = request.socket.remoteAddress ?? '?';
    const granted = accessFor(request);
    if (typeof granted === 'string') {
      const wrongCode = granted.startsWith('a wrong room code');
      if (tooManyWrongCodes(address, wrongCode)) log(`too many wrong room codes from ${quoted(address)}`);
      log(`refused a connection from ${quoted(address)}: ${granted}`);
      socket.end(`HTTP/1.1 ${wrongCode ? 404 : 403} Refused\r\nConnection: close\r\n\r\n`);
      return;
    }
    wss.handleUpgrade(request, socket, head, (ws) => {
      const { room, access, phone } = granted;
      sockets.add(ws);
      let alive = true;
      ws.on('pong', () => {
        alive = true;
      });
      const ping = setInterval(() => {
        if (!alive) return ws.terminate();
        alive = false;
        ws.ping();
      }, PING_MS);
      const counted = phone !== null && access.doc === room.stage;
      if (counted) room.phoneConnected(phone, 1);
      ws.on('error', (error) => log(`room ${room.code}: a message refused from ${quoted(address)}: ${quoted(error.message)}`));
      ws.on('close', () => {
        clearInterval(ping);
        sockets.delete(ws);
        if (counted) room.phoneConnected(phone, -1);
      });
      syncOver(ws, access, {
        refused: (reason) => log(`room ${room.code}: refused ${reason} from ${quoted(address)}`),
        active: () => {
          room.lastActive = now();
        },
      });
    });
  });

  const sweep = setInterval(() => {
    for (const [code, room] of rooms) {
      if (now() - room.lastActive < IDLE_MS) continue;
      rooms.delete(code);
      room.destroy();
      log(`room ${code} closed after ${IDLE_MS / 3_600_000} hours unused`);
    }
  }, 60_000);
  sweep.unref();

  const port = Number(new URL(files.url).port);
  let closed = false;
  const server: WorkshopServer = {
    url: files.url,
    port,
    addresses: localAddresses(options.host, port),
    rooms,
    async close() {
      if (closed) return;
      closed = true;
      clearInterval(sweep);
      for (const socket of sockets) socket.close(REFUSED + 10, 'the workshop has ended');
      for (const socket of sockets) socket.terminate();
      wss.close();
      for (const room of rooms.values()) room.destroy();
      rooms.clear();
      files.server.closeAllConnections();
      await files.close();
    },
  };
  return server;
}
