import type { Lang } from '../engine/scenario/lang.ts';
import type { LiveStatus } from '../live-room/client.ts';
import type { Ballot, Stage } from '../live-room/rules.ts';
import { button, el } from '../ui/dom.ts';
import { plural } from '../ui/plural.ts';
import { PHONE_COUNTS, pt } from './phone-strings.ts';

/** What the phone shows, all of it read from the room (and this phone's own ballot and receipt). */
export interface PhoneState {
  readonly lang: Lang;
  readonly code: string;
  readonly stage: Stage | null;
  readonly ballot: Ballot | null;
  readonly receipt: Ballot | null;
  readonly status: LiveStatus;
  readonly name: string;
}

export interface PhoneHandlers {
  vote(letter: string): void;
  name(name: string): void;
}

/** This phone's vote in the stage's round, or null. */
const myVote = (state: PhoneState): Ballot | null => {
  const { stage, ballot } = state;
  return stage && ballot && ballot.key === stage.key && ballot.round === stage.round ? ballot : null;
};

/** The options as big buttons, letter first; the chosen one pressed. Disabled once the vote is locked. */
function choices(state: PhoneState, stage: Stage, on: PhoneHandlers): HTMLElement {
  const chosen = myVote(state)?.letter ?? null;
  return el(
    'div',
    { className: 'choices', attrs: { role: 'group', 'aria-labelledby': 'choose-title', lang: stage.lang } },
    stage.options.map((option) => {
      const choice = button(
        '',
        () => on.vote(option.letter),
        {
          className: option.letter === chosen ? 'choice chosen' : 'choice',
          data: { letter: option.letter },
          attrs: { 'aria-pressed': String(option.letter === chosen) },
        },
        [el('span', { className: 'letter', text: option.letter }), el('span', { text: option.text })],
      );
      choice.disabled = stage.locked;
      return choice;
    }),
  );
}

/** The counts of each revealed round, per option. */
function results(stage: Stage, lang: Lang): HTMLElement | null {
  const rounds = stage.results ?? [];
  if (!stage.revealed || rounds.length === 0) return null;
  return el('section', { className: 'results', data: { role: 'results' } }, [
    el('h2', { text: pt('results', lang) }),
    el('table', {}, [
      el('thead', {}, [
        el('tr', {}, [
          el('th', { text: pt('option', lang), attrs: { scope: 'col' } }),
          ...rounds.map((_, r) => el('th', { text: pt(r === 0 ? 'round1' : 'round2', lang), attrs: { scope: 'col' } })),
        ]),
      ]),
      el(
        'tbody',
        {},
        stage.options.map((option) =>
          el('tr', {}, [
            el('th', { text: option.letter, attrs: { scope: 'row' } }),
            ...rounds.map((counts) => el('td', { text: plural(PHONE_COUNTS.votes, counts[option.letter] ?? 0, lang) })),
          ]),
        ),
      ),
    ]),
  ]);
}

/** What is said in the live region: the vote recorded (by the server's receipt), the lock, the connection. */
export function announcement(state: PhoneState): string {
  const { lang, stage } = state;
  if (state.status === 'closed') return pt('ended', lang);
  if (state.status === 'connecting') return pt('reconnecting', lang);
  if (!stage) return '';
  const mine = myVote(state);
  if (stage.locked)
    return mine
      ? `${pt('locked', lang)} ${pt('yourVote', lang, { letter: mine.letter })}`
      : `${pt('locked', lang)} ${pt('noVote', lang)}`;
  if (!mine) return stage.round === 2 ? pt('voteAgain', lang) : '';
  const counted =
    state.receipt && state.receipt.key === mine.key && state.receipt.round === mine.round && state.receipt.letter === mine.letter;
  return counted ? pt('recorded', lang, { letter: mine.letter }) : pt('sending', lang);
}

/** The decision on stage: the question, the options to vote for, the first-name field if asked, the results once revealed. */
export function decisionView(state: PhoneState, stage: Stage, on: PhoneHandlers): HTMLElement[] {
  const { lang } = state;
  const nameField = stage.named
    ? el('p', { className: 'name-field' }, [
        el('label', { text: pt('firstName', lang), attrs: { for: 'first-name' } }),
        el('input', {
          attrs: { id: 'first-name', type: 'text', maxlength: '40', autocomplete: 'given-name', value: state.name },
        }),
      ])
    : null;
  nameField?.querySelector('input')?.addEventListener('change', (event) => {
    if (event.target instanceof HTMLInputElement) on.name(event.target.value.trim().slice(0, 40));
  });
  return [
    stage.question ? el('p', { className: 'question', attrs: { lang: stage.lang }, text: stage.question }) : null,
    // Once revealed, the results come first: the vote is over.
    results(stage, lang),
    el('h2', { text: pt('choose', lang), attrs: { id: 'choose-title' } }),
    stage.named ? el('p', { className: 'note', text: pt('namedNote', lang) }) : null,
    nameField,
    choices(state, stage, on),
  ].filter((part): part is HTMLElement => part !== null);
}
