import type { Lang, MeetingView } from '../engine/index.ts';
import type { majorityOf } from '../engine/workshop/facilitation.ts';
import type { Counts, Stage, Tally } from '../live-room/rules.ts';
import { forgetMeeting, type KeptMeeting, keepMeeting, readKeptMeeting } from '../storage/live-meeting.ts';
import type { CardOption } from './discussion-card.ts';
import { button, el } from './dom.ts';
import { letter, rt } from './facilitator-strings.ts';
import { joinPanel, type LiveRoom, startLiveRoom } from './live-room.ts';
import { LIVE_COUNTS, lt } from './live-strings.ts';
import { plural } from './plural.ts';

/** What the room settled on: each round's counts by option index (earliest first), and the option played. */
export interface LiveResult {
  readonly rounds: readonly (readonly number[])[];
  readonly played: number;
}

/** Votes per letter, as counts by the option's index in the file (what the meeting and the debrief read). */
export function countsByIndex(counts: Counts, options: readonly CardOption[]): number[] {
  const byIndex = Array.from({ length: Math.max(0, ...options.map((o) => o.index)) + 1 }, () => 0);
  options.forEach((option, position) => {
    byIndex[option.index] = counts[letter(position)] ?? 0;
  });
  return byIndex;
}

/** The stage for a decision that has just come up: round 1, open, nothing revealed. */
export function freshStage(view: MeetingView, options: readonly CardOption[], named: boolean): Stage {
  const question = view.question ?? view.prompt;
  return {
    key: `${view.turn}:${view.nodeId}`,
    lang: view.lang,
    ...(question ? { question: question.slice(0, 600) } : {}),
    options: options.map((o, position) => ({ letter: letter(position), text: o.label.slice(0, 400) })),
    round: 1,
    locked: false,
    revealed: false,
    named,
  };
}

/** One option's row: its letter and text, its votes in each round once revealed, and a button to play it. */
function optionRow(option: CardOption, position: number, lang: Lang, play: (index: number) => void) {
  const rounds = [el('span', { className: 'round-count' }), el('span', { className: 'round-count' })];
  const l = letter(position);
  const row = el('li', { data: { index: String(option.index) } }, [
    el('span', { className: 'letter', text: l, attrs: { 'aria-hidden': 'true' } }),
    el('span', { className: 'option-text', text: option.label }),
    el('span', { className: 'votes' }, [
      ...rounds,
      button(rt('playThis', lang, { letter: l }), () => play(option.index), {
        data: { action: 'play', index: String(option.index) },
      }),
    ]),
  ]);
  return { row, rounds };
}

/**
 * What the live card shares with the hand-count card, handed over by the scenes rather than imported:
 * imported, this code would leave the scenes' chunk for a chunk of its own that every visit loads.
 */
export interface CardParts {
  /** The options in the order shown (`cardOptions`). */
  readonly options: readonly CardOption[];
  /** The last line, the situation and the question for the room (`situation`). */
  readonly situation: readonly (HTMLElement | null)[];
  readonly majorityOf: typeof majorityOf;
  /** The language's colon, spaced as it is set. */
  readonly colon: string;
}

/**
 * The discussion card when the room votes from phones: how to join, how many phones voted (never
 * what they voted, until the facilitator reveals it), lock, reveal, a second round after discussing
 * with both rounds side by side, and the majority (or any option) played. Keys L, R, V, Enter; H
 * falls back to counting hands.
 */
export function openLiveCard(
  host: HTMLElement,
  view: MeetingView,
  room: LiveRoom,
  on: { play(result: LiveResult): void; handsInstead(): void },
  parts: CardParts,
): { close(): void } {
  const lang = view.lang;
  const { options, majorityOf, colon } = parts;
  const fresh = freshStage(view, options, false);
  // A projector reloaded at this decision takes its vote back where it was.
  const kept = room.link.stage();
  let stage: Stage = kept?.key === fresh.key ? kept : fresh;
  if (stage === fresh) room.link.setStage(fresh);

  const dialog = el('dialog', {
    className: 'discussion live',
    data: { role: 'discussion' },
    attrs: { 'aria-labelledby': 'discussion-title' },
  });
  const presence = el('p', { className: 'presence', data: { role: 'presence' } });
  const status = el('p', { className: 'hint', attrs: { 'aria-live': 'polite' } });
  const rows = options.map((option, position) => optionRow(option, position, lang, (index) => play(index)));
  const namesLine = el('p', { className: 'names', data: { role: 'names' } });
  const lockButton = button(lt('lock', lang), () => lock(), { data: { action: 'lock' } });
  const revealButton = button(lt('reveal', lang), () => reveal(), { data: { action: 'reveal' } });
  const againButton = button(lt('voteAgain', lang), () => voteAgain(), { data: { action: 'vote-again' } });
  const majorityButton = button('', () => playMajority(), { className: 'primary', data: { action: 'majority' } });
  const named = el('input', { attrs: { type: 'checkbox', id: 'live-named' } });
  named.checked = stage.named;
  named.addEventListener('change', () => update({ named: named.checked }));

  const tallyNow = (): Tally | null => {
    const t = room.link.tally();
    return t?.key === stage.key ? t : null;
  };
  const rounds = (): number[][] => (tallyNow()?.rounds ?? []).map((r) => countsByIndex(r.counts, options));
  const lastRevealed = (): number[] | null => (stage.revealed ? (rounds()[stage.round - 1] ?? null) : null);

  const update = (patch: Partial<Stage>) => {
    stage = { ...stage, ...patch };
    room.link.setStage(stage);
    draw();
  };
  /** Once revealed, the phones see the counts too: each revealed round's, as the server froze them. */
  const shareResults = () => {
    const counted = tallyNow()?.rounds;
    if (!stage.revealed || !counted?.[stage.round - 1]?.locked) return;
    const results = counted.slice(0, stage.round).map((r) => r.counts);
    if (JSON.stringify(results) !== JSON.stringify(stage.results)) update({ results });
  };
  const lock = () => update({ locked: true });
  const reveal = () => {
    update({ locked: true, revealed: true });
    shareResults();
  };
  const voteAgain = () => {
    if (stage.revealed && stage.round === 1) update({ round: 2, locked: false, revealed: false });
  };
  const play = (index: number) => {
    const result = { rounds: rounds(), played: index };
    if (!stage.locked) room.link.setStage({ ...stage, locked: true });
    close();
    on.play(result);
  };
  const playMajority = () => {
    const majority = majorityOf(lastRevealed() ?? []);
    if (majority !== null) play(majority);
  };

  const draw = () => {
    const tally = tallyNow();
    const current = tally?.rounds[stage.round - 1];
    presence.textContent = `${plural(LIVE_COUNTS.phones, tally?.phones ?? room.link.tally()?.phones ?? 0, lang)} · ${plural(LIVE_COUNTS.voters, current?.voters ?? 0, lang)}`;
    // The first round's counts show beside the second's once the second is revealed too, each named.
    const shownRounds = stage.revealed ? stage.round : stage.round - 1;
    for (const { row, rounds: cells } of rows) {
      const index = Number(row.dataset.index);
      cells.forEach((cell, r) => {
        const counts = r < shownRounds ? tally?.rounds[r]?.counts : undefined;
        const count = counts?.[letter(options.findIndex((o) => o.index === index))] ?? 0;
        cell.textContent = !counts
          ? ''
          : shownRounds > 1
            ? `${lt(r === 0 ? 'round1' : 'round2', lang)}${colon}${count}`
            : plural(LIVE_COUNTS.votes, count, lang);
        cell.hidden = !counts;
      });
    }
    namesLine.textContent =
      stage.revealed && current && current.names.length > 0 ? `${lt('names', lang)}${colon}${current.names.join(', ')}` : '';
    lockButton.disabled = stage.locked;
    revealButton.disabled = stage.revealed;
    againButton.hidden = !(stage.revealed && stage.round === 1);
    const majority = majorityOf(lastRevealed() ?? []);
    const position = options.findIndex((o) => o.index === majority);
    majorityButton.disabled = majority === null;
    majorityButton.textContent =
      majority === null ? rt('noMajorityYet', lang) : rt('playMajority', lang, { letter: letter(position) });
    const offline = room.status() !== 'connected';
    status.textContent = offline
      ? lt('reconnecting', lang)
      : !stage.revealed
        ? stage.locked
          ? lt('locked', lang)
          : lt('hidden', lang)
        : majority === null
          ? rt('noMajority', lang)
          : '';
    dialog.dataset.round = String(stage.round);
    dialog.dataset.state = stage.revealed ? 'revealed' : stage.locked ? 'locked' : 'open';
  };

  const onKey = (event: KeyboardEvent) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (
      event.target instanceof HTMLElement &&
      event.target.closest('button, input') &&
      (event.key === 'Enter' || event.key === ' ')
    )
      return;
    const key = event.key.toLowerCase();
    if (key === 'l') lock();
    else if (key === 'r') reveal();
    else if (key === 'v') voteAgain();
    else if (key === 'h') handsInstead();
    else if (event.key === 'Enter') playMajority();
    else return;
    event.preventDefault();
  };
  const handsInstead = () => {
    close();
    on.handsInstead();
  };

  dialog.append(
    ...[
      el('h2', { text: rt('discussion', lang), attrs: { id: 'discussion-title' } }),
      ...parts.situation,
      joinPanel(room, lang),
      presence,
      el(
        'ol',
        { className: 'discussion-options' },
        rows.map((r) => r.row),
      ),
      namesLine,
      el('div', { className: 'card-actions' }, [lockButton, revealButton, againButton, majorityButton]),
      status,
      el('p', { className: 'live-extras' }, [
        named,
        el('label', { text: lt('named', lang), attrs: { for: 'live-named' } }),
        button(lt('handsInstead', lang), handsInstead, { data: { action: 'hands' } }),
      ]),
      el('p', { className: 'keys-help', text: lt('keys', lang) }),
    ].filter((part) => part !== null),
  );
  const unwatch = room.link.onTally(() => {
    shareResults();
    draw();
  });
  const unwatchStatus = room.onStatus(() => draw());
  dialog.addEventListener('keydown', onKey);
  dialog.addEventListener('cancel', (event) => event.preventDefault());

  let closed = false;
  const close = () => {
    if (closed) return;
    closed = true;
    unwatch();
    unwatchStatus();
    dialog.removeEventListener('keydown', onKey);
    if (dialog.open) dialog.close();
    dialog.remove();
  };

  draw();
  host.append(dialog);
  dialog.showModal();
  dialog.tabIndex = -1;
  dialog.focus();
  return { close };
}

/** A live room and the card that runs its votes, as the meeting scene receives them. */
export interface LiveCards {
  /** Null when the workshop server could not be reached: the cards count hands. */
  readonly room: LiveRoom | null;
  readonly open: typeof openLiveCard;
  /** Said on a hand-count card when there is no room. */
  unreachable(lang: Lang): string;
  /** Keeps the meeting played with the room at each step, so that a reloaded projector takes it back. */
  keep(meeting: Omit<KeptMeeting, 'room'>): void;
  /** The meeting of this scenario kept with this room, to take back; null if there is none. */
  resumable(scenarioId: string): KeptMeeting | null;
  /** The meeting is over: nothing to take back any more. */
  forget(): void;
}

/** Starts (or takes back) this tab's live room. */
export async function liveCards(base: string, storage: Storage | null): Promise<LiveCards> {
  const room = await startLiveRoom(base, storage);
  return {
    room,
    open: openLiveCard,
    unreachable: (lang) => lt('noServer', lang),
    keep(meeting) {
      if (room) keepMeeting(storage, { ...meeting, room: room.code });
    },
    resumable(scenarioId) {
      const kept = readKeptMeeting(storage);
      return room && kept?.room === room.code && kept.scenarioId === scenarioId ? kept : null;
    },
    forget: () => forgetMeeting(storage),
  };
}
