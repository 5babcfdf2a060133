import type { Lang, MeetingView } from '../engine/index.ts';
import { majorityOf } from '../engine/workshop/facilitation.ts';
import { button, el } from './dom.ts';
import { letter, ROOM_COUNTS, rt } from './facilitator-strings.ts';
import { plural } from './plural.ts';
import { colon } from './strings.ts';

/** Two minutes is long enough for a table to argue and short enough to keep a 90-minute workshop moving. */
export const DISCUSSION_SECONDS = 120;

export interface DiscussionResult {
  /** Hands per option, by the option's index in the scenario file. */
  readonly counts: readonly number[];
  readonly played: number;
}

/** An option of the decision, lettered by its place on the card. */
export interface CardOption {
  /** Its index in the scenario file, which the votes and the meeting know it by. */
  readonly index: number;
  readonly label: string;
}

/** The options the card shows, in the order shown. */
export function cardOptions(view: MeetingView): CardOption[] {
  return view.actions.flatMap((a) => (a.action.kind === 'choose' ? [{ index: a.action.index, label: a.label }] : []));
}

/** The timer the facilitator starts, pauses or skips; time running out only says so, it plays nothing. */
interface DiscussionTimer {
  /** The clock and its buttons. */
  readonly controls: HTMLElement;
  /** Says when the time is up, to the eye and to screen readers. */
  readonly status: HTMLElement;
  /** Starts a paused clock, pauses a running one. */
  toggle(): void;
  stop(): void;
}

function discussionTimer(lang: Lang, skipped: () => void): DiscussionTimer {
  let remaining = DISCUSSION_SECONDS;
  let ticking: ReturnType<typeof setInterval> | null = null;
  const clock = el('span', { className: 'clock', attrs: { role: 'timer', 'aria-live': 'off' } });
  const status = el('p', { className: 'timer-status', attrs: { 'aria-live': 'polite' } });
  const toggleButton = button('', () => toggle(), { data: { action: 'timer' } });

  const showClock = () => {
    const m = Math.floor(remaining / 60);
    const s = remaining % 60;
    clock.textContent = `${m}:${String(s).padStart(2, '0')}`;
    toggleButton.textContent = rt(ticking ? 'pauseTimer' : 'startTimer', lang);
  };
  const pause = () => {
    if (ticking) clearInterval(ticking);
    ticking = null;
    showClock();
  };
  const start = () => {
    if (ticking || remaining === 0) return;
    ticking = setInterval(() => {
      remaining = Math.max(0, remaining - 1);
      if (remaining === 0) {
        pause();
        status.textContent = rt('timeUp', lang);
      }
      showClock();
    }, 1000);
    showClock();
  };
  const toggle = () => (ticking ? pause() : start());
  const skip = () => {
    remaining = 0;
    pause();
    status.textContent = rt('timeUp', lang);
    skipped();
  };

  const controls = el('div', { className: 'timer' }, [
    el('span', { text: `${rt('timer', lang)} ` }),
    clock,
    toggleButton,
    button(rt('skipTimer', lang), skip, { data: { action: 'skip' } }),
  ]);
  showClock();
  return { controls, status, toggle, stop: pause };
}

/** One option's line on the card: its letter, its text, the hands counted for it, and a button to play it. */
function optionRow(
  option: CardOption,
  position: number,
  lang: Lang,
  on: { vote(index: number, change: 1 | -1): void; play(index: number): void },
): { readonly row: HTMLLIElement; readonly tally: HTMLElement } {
  const tally = el('span', { className: 'tally', data: { index: String(option.index) } });
  const l = letter(position);
  const row = el('li', { data: { index: String(option.index) } }, [
    el('span', { className: 'letter', text: l, attrs: { 'aria-hidden': 'true' } }),
    el('span', { className: 'option-text', text: option.label }),
    el('span', { className: 'votes' }, [
      button('−', () => on.vote(option.index, -1), { attrs: { 'aria-label': rt('removeHand', lang, { letter: l }) } }),
      tally,
      button('+', () => on.vote(option.index, 1), {
        data: { action: 'add-hand' },
        attrs: { 'aria-label': rt('addHand', lang, { letter: l }) },
      }),
      button(rt('playThis', lang, { letter: l }), () => on.play(option.index), {
        data: { action: 'play', index: String(option.index) },
      }),
    ]),
  ]);
  return { row, tally };
}

/** What the room discusses: the last line, the situation, and the scenario's question for the room. */
export function situation(view: MeetingView): (HTMLElement | null)[] {
  const lang = view.lang;
  return [
    view.text
      ? el('blockquote', { className: 'said' }, [
          view.speaker ? el('strong', { text: `${view.speaker.name}${colon(lang)}` }) : null,
          el('span', { text: view.text }),
        ])
      : null,
    view.prompt ? el('p', { className: 'situation', text: view.prompt }) : null,
    view.question
      ? el('p', { className: 'room-question' }, [
          el('strong', { text: `${rt('question', lang)}${colon(lang)}` }),
          el('span', { text: view.question }),
        ])
      : null,
  ];
}

/** The hands counted for each option, and the majority to play (or why there is none yet). */
function drawVotes(
  parts: { tallies: ReadonlyMap<number, HTMLElement>; majorityButton: HTMLButtonElement; hint: HTMLElement },
  counts: readonly number[],
  options: readonly CardOption[],
  lang: Lang,
): void {
  for (const [index, tally] of parts.tallies) tally.textContent = plural(ROOM_COUNTS.hands, counts[index] ?? 0, lang);
  const majority = majorityOf(counts);
  const position = options.findIndex((o) => o.index === majority);
  parts.majorityButton.disabled = majority === null;
  parts.majorityButton.textContent =
    majority === null ? rt('noMajorityYet', lang) : rt('playMajority', lang, { letter: letter(position) });
  parts.hint.textContent = majority === null ? rt('noMajority', lang) : '';
}

/**
 * The card's keys, so the facilitator can count hands without the mouse: a letter adds a hand to
 * its option (with Shift, takes one away), T starts or pauses the timer, Enter plays the majority.
 * Enter and Space on a focused button are the button's own.
 */
function cardKeys(
  options: readonly CardOption[],
  on: { vote(index: number, change: 1 | -1): void; toggleTimer(): void; playMajority(): void },
): (event: KeyboardEvent) => void {
  return (event) => {
    if (event.target instanceof HTMLElement && event.target.closest('button') && (event.key === 'Enter' || event.key === ' '))
      return;
    const position = 'abcd'.indexOf(event.key.toLowerCase());
    const option = options[position];
    if (position >= 0 && option && !event.ctrlKey && !event.metaKey && !event.altKey) {
      on.vote(option.index, event.shiftKey ? -1 : 1);
    } else if (event.key === 't' || event.key === 'T') {
      on.toggleTimer();
    } else if (event.key === 'Enter') {
      on.playMajority();
    } else return;
    event.preventDefault();
  };
}

/**
 * The discussion card of facilitator mode, a modal dialog over the meeting: the situation, the
 * options lettered A–D, the scenario's question for the room, a timer the facilitator starts,
 * pauses or skips, and hands counted per option. It plays the majority or the facilitator's pick.
 */
export function openDiscussionCard(
  host: HTMLElement,
  view: MeetingView,
  onPlay: (result: DiscussionResult) => void,
  notice?: string,
): { close(): void } {
  const lang = view.lang;
  const options = cardOptions(view);
  const size = Math.max(0, ...options.map((o) => o.index)) + 1;
  const counts = Array.from({ length: size }, () => 0);

  const dialog = el('dialog', {
    className: 'discussion',
    data: { role: 'discussion' },
    attrs: { 'aria-labelledby': 'discussion-title' },
  });
  // Once the time is skipped the room votes: the focus goes to where the hands are counted.
  const timer = discussionTimer(lang, () => dialog.querySelector<HTMLElement>('[data-action="add-hand"]')?.focus());
  const majorityButton = button('', () => play(majorityOf(counts)), { className: 'primary', data: { action: 'majority' } });
  const hint = el('p', { className: 'hint', attrs: { 'aria-live': 'polite' } });
  const tallies = new Map<number, HTMLElement>();

  const showVotes = () => drawVotes({ tallies, majorityButton, hint }, counts, options, lang);
  const vote = (index: number, change: 1 | -1) => {
    counts[index] = Math.max(0, (counts[index] ?? 0) + change);
    showVotes();
  };
  const play = (index: number | null) => {
    if (index === null) return;
    close();
    onPlay({ counts: [...counts], played: index });
  };

  const rows = options.map((option, position) => {
    const { row, tally } = optionRow(option, position, lang, { vote, play });
    tallies.set(option.index, tally);
    return row;
  });
  const parts = [
    el('h2', { text: rt('discussion', lang), attrs: { id: 'discussion-title' } }),
    notice ? el('p', { className: 'notice', text: notice }) : null,
    ...situation(view),
    timer.controls,
    timer.status,
    el('ol', { className: 'discussion-options' }, rows),
    el('div', { className: 'card-actions' }, [majorityButton]),
    hint,
    el('p', { className: 'keys-help', text: rt('keys', lang) }),
  ];
  dialog.append(...parts.filter((part) => part !== null));

  const onKey = cardKeys(options, { vote, toggleTimer: timer.toggle, playMajority: () => play(majorityOf(counts)) });
  dialog.addEventListener('keydown', onKey);
  // Escape would close the dialog without a choice: the room must play something.
  dialog.addEventListener('cancel', (event) => event.preventDefault());

  const close = () => {
    timer.stop();
    dialog.removeEventListener('keydown', onKey);
    if (dialog.open) dialog.close();
    dialog.remove();
  };

  showVotes();
  host.append(dialog);
  dialog.showModal();
  // The card itself takes the focus (not its first button), so that the letter keys and Enter
  // work at once, and a screen reader starts from the card's title.
  dialog.tabIndex = -1;
  dialog.focus();
  return { close };
}
