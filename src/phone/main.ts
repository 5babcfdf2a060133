import type { Lang } from '../engine/scenario/lang.ts';
import { connectPhone, type LiveStatus, type PhoneLink, roomIsOpen } from '../live-room/client.ts';
import { base64url, isPhoneId, isRoomCode, normaliseCode } from '../live-room/rules.ts';
import { button, el } from '../ui/dom.ts';
import { pt } from './phone-strings.ts';
import { announcement, decisionView, type PhoneState } from './phone-view.ts';
import './phone.css';

/*
 * The phone page (`phone.html?room=CODE`): a page of its own, apart from the game, so a phone loads
 * only this. It joins a live room with no account (a random id kept in this browser, so a phone
 * that drops or reloads finds its vote), shows the decision on the projector and sends one vote,
 * changeable until the facilitator locks it.
 */

const root = document.getElementById('phone');
const live = document.getElementById('said');
if (!root || !live) throw new Error('phone.html lacks #phone or #said');
const base = new URL('./', window.location.href).href;
const store = (() => {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
})();

/** The phone's language: the one it chose here, else its browser's first of French and English. */
function firstLang(): Lang {
  const saved = store?.getItem('rendez-vous:phone-lang');
  if (saved === 'fr' || saved === 'en') return saved;
  for (const tag of navigator.languages) {
    const lang = tag.slice(0, 2).toLowerCase();
    if (lang === 'fr' || lang === 'en') return lang;
  }
  return 'fr';
}

/** This phone's id in a room: random, made once, kept in this browser. */
function phoneId(code: string): string {
  const key = `rendez-vous:phone:${code}`;
  const kept = store?.getItem(key);
  if (kept && isPhoneId(kept)) return kept;
  const made = base64url(crypto.getRandomValues(new Uint8Array(16)));
  store?.setItem(key, made);
  return made;
}

let lang = firstLang();
let link: PhoneLink | null = null;
let state: PhoneState | null = null;
let joinMessage = '';

const languageSwitch = () =>
  button(
    pt('language', lang),
    () => {
      lang = lang === 'fr' ? 'en' : 'fr';
      store?.setItem('rendez-vous:phone-lang', lang);
      if (state) state = { ...state, lang };
      draw();
    },
    { className: 'lang-switch', attrs: { 'aria-label': pt('languageLabel', lang), lang: lang === 'fr' ? 'en' : 'fr' } },
  );

/** The code form, for a phone that opened the page without scanning the QR code. */
function joinForm(typed: string): HTMLElement {
  const input = el('input', {
    attrs: {
      id: 'room-code',
      name: 'code',
      autocomplete: 'off',
      autocapitalize: 'characters',
      spellcheck: 'false',
      maxlength: '9',
      value: typed,
    },
  });
  const form = el('form', { className: 'join-form' }, [
    el('label', { text: pt('codeLabel', lang), attrs: { for: 'room-code' } }),
    input,
    el('button', { text: pt('join', lang), attrs: { type: 'submit' }, className: 'primary' }),
  ]);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void join(normaliseCode(input.value));
  });
  return form;
}

function draw(): void {
  document.documentElement.lang = lang;
  document.title = pt('title', lang);
  const head = el('header', {}, [el('h1', { text: 'Rendez-vous' }), languageSwitch()]);
  if (!state) {
    root?.replaceChildren(
      head,
      joinForm(new URLSearchParams(window.location.search).get('room') ?? ''),
      el('p', { className: 'message', text: joinMessage }),
    );
    if (live) live.textContent = joinMessage;
    return;
  }
  const current = state;
  const body = current.stage
    ? decisionView(current, current.stage, {
        vote: (letter) => {
          const stage = current.stage;
          if (!stage || stage.locked) return;
          // The name as typed last (its field may have changed since this view was drawn).
          const name = state?.name ?? '';
          link?.vote({ key: stage.key, round: stage.round, letter, ...(stage.named && name ? { name } : {}) });
        },
        name: (name) => {
          if (state) state = { ...state, name };
        },
      })
    : [el('p', { className: 'waiting', text: pt('waiting', lang) })];
  const focused = document.activeElement instanceof HTMLElement ? document.activeElement.dataset.letter : undefined;
  root?.replaceChildren(
    head,
    el('p', { className: 'joined', text: pt('joined', lang, { code: current.code }) }),
    // Anonymous unless the facilitator asked for first names (the phone then says so with the field).
    el('p', {
      className: 'note',
      text: current.stage?.named ? pt('noTimer', lang) : `${pt('noTimer', lang)} ${pt('anonymous', lang)}`,
    }),
    ...body,
  );
  // A redraw keeps the focus on the option the player was on.
  if (focused) root?.querySelector<HTMLElement>(`[data-letter="${focused}"]`)?.focus();
  const said = announcement(current);
  if (live && live.textContent !== said) live.textContent = said;
}

async function join(code: string): Promise<void> {
  if (!isRoomCode(code)) {
    joinMessage = pt('badCode', lang);
    return draw();
  }
  joinMessage = pt('joining', lang);
  draw();
  const open = await roomIsOpen(base, code).catch(() => null);
  if (open !== 'open') {
    joinMessage = pt(open === null ? 'unreachable' : open === 'busy' ? 'busy' : 'unknownRoom', lang);
    return draw();
  }
  const joined = connectPhone({ base, code, phone: phoneId(code) });
  link = joined;
  let status: LiveStatus = 'connecting';
  const refresh = () => {
    state = {
      lang,
      code,
      stage: joined.stage(),
      ballot: joined.ballot(),
      receipt: joined.receipt(),
      status,
      name: state?.name ?? '',
    };
    draw();
  };
  joined.onStatus((s) => {
    status = s;
    refresh();
  });
  joined.onStage(refresh);
  joined.onReceipt(refresh);
  joined.onBallot(refresh);
  await joined.ready;
  const url = new URL(window.location.href);
  url.searchParams.set('room', code);
  window.history.replaceState(null, '', url);
  refresh();
}

draw();
const asked = normaliseCode(new URLSearchParams(window.location.search).get('room') ?? '');
if (asked) void join(asked);
