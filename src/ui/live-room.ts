import { generate } from 'lean-qr';
import { toSvg } from 'lean-qr/extras/svg';
import type { Lang } from '../engine/index.ts';
import { connectProjector, type LiveStatus, openRoom, type ProjectorLink, roomIsOpen } from '../live-room/client.ts';
import { isFacilitatorKey, isRoomCode } from '../live-room/rules.ts';
import { el } from './dom.ts';
import { lt } from './live-strings.ts';

/*
 * The projector's live room, loaded only when a facilitated meeting starts under `npm run workshop`
 * (`?workshop` in the address): it opens a room on the workshop server, or takes back the one this
 * tab opened before a reload, and links the projector to it.
 */

/** The room this tab runs, kept for the tab's life so that a reload takes it back (sessionStorage). */
const KEPT = 'rendez-vous:live-room';
/** Past this, the phones are given up on for this meeting and hands are counted. */
const CONNECT_MS = 8_000;

export interface LiveRoom {
  readonly code: string;
  /** What phones open (the QR code's address), on the local network. */
  readonly joinAddress: string;
  readonly link: ProjectorLink;
  status(): LiveStatus;
  /** Hears every change of the link's status; returns what stops hearing it. */
  onStatus(heard: (status: LiveStatus) => void): () => void;
  close(): void;
}

interface KeptRoom {
  readonly code: string;
  readonly key: string;
}

function keptRoom(storage: Storage | null): KeptRoom | null {
  try {
    const value: unknown = JSON.parse(storage?.getItem(KEPT) ?? 'null');
    if (typeof value !== 'object' || value === null || !('code' in value) || !('key' in value)) return null;
    const { code, key } = value;
    return typeof code === 'string' && typeof key === 'string' && isRoomCode(code) && isFacilitatorKey(key)
      ? { code, key }
      : null;
  } catch {
    return null;
  }
}

/** The address phones join at: this page's server as the local network reaches it (not 127.0.0.1). */
async function joinAddress(base: string, code: string): Promise<string> {
  let origin = new URL('./', base).href;
  if (/^(localhost|127\.|\[::1\])/.test(new URL(base).hostname)) {
    const answer: unknown = await fetch(new URL('live/addresses', base))
      .then((r) => r.json())
      .catch(() => null);
    const first =
      answer && typeof answer === 'object' && 'addresses' in answer && Array.isArray(answer.addresses)
        ? answer.addresses[0]
        : null;
    if (typeof first === 'string' && /^http:\/\/[\d.]+:\d+\/$/.test(first)) origin = first;
  }
  const address = new URL('phone.html', origin);
  address.searchParams.set('room', code);
  return address.href;
}

/**
 * Opens the live room (or takes back this tab's), linked and synced; null when the workshop server
 * cannot be reached in time, and then the cards count hands.
 */
export async function startLiveRoom(base: string, storage: Storage | null): Promise<LiveRoom | null> {
  try {
    const kept = keptRoom(storage);
    const room = kept && (await roomIsOpen(base, kept.code, kept.key)) === 'open' ? kept : await openRoom(base);
    storage?.setItem(KEPT, JSON.stringify(room));
    const link = connectProjector({ base, code: room.code, key: room.key });
    let status: LiveStatus = 'connecting';
    const listeners = new Set<(status: LiveStatus) => void>();
    link.onStatus((s) => {
      status = s;
      for (const heard of listeners) heard(s);
    });
    const timeout = new Promise<'late'>((done) => setTimeout(() => done('late'), CONNECT_MS));
    if ((await Promise.race([link.ready, timeout])) === 'late') {
      link.close();
      return null;
    }
    return {
      code: room.code,
      joinAddress: await joinAddress(base, room.code),
      link,
      status: () => status,
      onStatus(heard) {
        listeners.add(heard);
        return () => listeners.delete(heard);
      },
      close: () => link.close(),
    };
  } catch {
    return null;
  }
}

/** How to join, for the projector: the QR code, the room's code in large type, the address to type. */
export function joinPanel(room: LiveRoom, lang: Lang): HTMLElement {
  const qr = toSvg(generate(room.joinAddress), document, { on: '#1f2a37', off: '#ffffff', pad: 2 });
  qr.setAttribute('role', 'img');
  qr.setAttribute('aria-label', lt('qr', lang, { code: room.code }));
  qr.classList.add('join-qr');
  const address = new URL(room.joinAddress);
  return el('section', { className: 'join', data: { role: 'join' } }, [
    qr,
    el('div', { className: 'join-text' }, [
      el('h3', { text: lt('join', lang) }),
      el('p', { className: 'join-code' }, [
        el('span', { text: `${lt('code', lang)} ` }),
        el('strong', { text: room.code, data: { role: 'room-code' } }),
      ]),
      el('p', { text: lt('joinHow', lang, { address: `${address.host}${address.pathname}` }) }),
    ]),
  ]);
}
