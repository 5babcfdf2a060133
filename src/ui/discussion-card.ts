import type { MeetingView } from '../engine/index.ts';
import { majorityOf } from '../engine/workshop/facilitation.ts';
import { button, el } from './dom.ts';
import { colon, letter, rt } from './facilitator-strings.ts';

/** Two minutes is long enough for a table to argue and short enough to keep a 90-minute workshop moving. */
export const DISCUSSION_SECONDS = 120;

export interface DiscussionResult {
  /** Hands per option, by the option's index in the scenario file. */
  readonly counts: readonly number[];
  readonly played: number;
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
): { close(): void } {
  const lang = view.lang;
  const options = view.actions.flatMap((a) => (a.action.kind === 'choose' ? [{ index: a.action.index, label: a.label }] : []));
  const size = Math.max(0, ...options.map((o) => o.index)) + 1;
  const counts = Array.from({ length: size }, () => 0);
  let remaining = DISCUSSION_SECONDS;
  let ticking: ReturnType<typeof setInterval> | null = null;

  const dialog = el('dialog', {
    className: 'discussion',
    data: { role: 'discussion' },
    attrs: { 'aria-labelledby': 'discussion-title' },
  });
  const clock = el('span', { className: 'clock', attrs: { role: 'timer', 'aria-live': 'off' } });
  const status = el('p', { className: 'timer-status', attrs: { 'aria-live': 'polite' } });
  const toggle = button('', () => (ticking ? pause() : start()), { data: { action: 'timer' } });
  const majorityButton = button('', () => play(majorityOf(counts)), { className: 'primary', data: { action: 'majority' } });
  const hint = el('p', { className: 'hint', attrs: { 'aria-live': 'polite' } });
  const tallies = new Map<number, HTMLElement>();

  const showClock = () => {
    const m = Math.floor(remaining / 60);
    const s = remaining % 60;
    clock.textContent = `${m}:${String(s).padStart(2, '0')}`;
    toggle.textContent = rt(ticking ? 'pauseTimer' : 'startTimer', lang);
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
  const skip = () => {
    remaining = 0;
    pause();
    status.textContent = rt('timeUp', lang);
    dialog.querySelector<HTMLElement>('[data-action="add-hand"]')?.focus();
  };

  const showVotes = () => {
    for (const [index, tally] of tallies) tally.textContent = `${counts[index] ?? 0} ${rt('hands', lang)}`;
    const majority = majorityOf(counts);
    const position = options.findIndex((o) => o.index === majority);
    majorityButton.disabled = majority === null;
    majorityButton.textContent =
      majority === null ? rt('noMajorityYet', lang) : rt('playMajority', lang, { letter: letter(position) });
    hint.textContent = majority === null ? rt('noMajority', lang) : '';
  };
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
    const tally = el('span', { className: 'tally', data: { index: String(option.index) } });
    tallies.set(option.index, tally);
    const l = letter(position);
    return el('li', { data: { index: String(option.index) } }, [
      el('span', { className: 'letter', text: l, attrs: { 'aria-hidden': 'true' } }),
      el('span', { className: 'option-text', text: option.label }),
      el('span', { className: 'votes' }, [
        button('−', () => vote(option.index, -1), { attrs: { 'aria-label': rt('removeHand', lang, { letter: l }) } }),
        tally,
        button('+', () => vote(option.index, 1), {
          data: { action: 'add-hand' },
          attrs: { 'aria-label': rt('addHand', lang, { letter: l }) },
        }),
        button(rt('playThis', lang, { letter: l }), () => play(option.index), {
          data: { action: 'play', index: String(option.index) },
        }),
      ]),
    ]);
  });

  const parts = [
    el('h2', { text: rt('discussion', lang), attrs: { id: 'discussion-title' } }),
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
    el('div', { className: 'timer' }, [
      el('span', { text: `${rt('timer', lang)} ` }),
      clock,
      toggle,
      button(rt('skipTimer', lang), skip, { data: { action: 'skip' } }),
    ]),
    status,
    el('ol', { className: 'discussion-options' }, rows),
    el('div', { className: 'card-actions' }, [majorityButton]),
    hint,
    el('p', { className: 'keys-help', text: rt('keys', lang) }),
  ];
  dialog.append(...parts.filter((part) => part !== null));

  const onKey = (event: KeyboardEvent) => {
    if (event.target instanceof HTMLElement && event.target.closest('button') && (event.key === 'Enter' || event.key === ' '))
      return;
    const position = 'abcd'.indexOf(event.key.toLowerCase());
    const option = options[position];
    if (position >= 0 && option && !event.ctrlKey && !event.metaKey && !event.altKey) {
      vote(option.index, event.shiftKey ? -1 : 1);
    } else if (event.key === 't' || event.key === 'T') {
      if (ticking) pause();
      else start();
    } else if (event.key === 'Enter') {
      play(majorityOf(counts));
    } else return;
    event.preventDefault();
  };
  dialog.addEventListener('keydown', onKey);
  // Escape would close the dialog without a choice: the room must play something.
  dialog.addEventListener('cancel', (event) => event.preventDefault());

  const close = () => {
    pause();
    dialog.removeEventListener('keydown', onKey);
    if (dialog.open) dialog.close();
    dialog.remove();
  };

  showClock();
  showVotes();
  host.append(dialog);
  dialog.showModal();
  // The card itself takes the focus (not its first button), so that the letter keys and Enter
  // work at once, and a screen reader starts from the card's title.
  dialog.tabIndex = -1;
  dialog.focus();
  return { close };
}
