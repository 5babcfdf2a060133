import type { AvailableAction, Lang, MeetingView, PlayerAction } from '../engine/index.ts';
import { button, el, isFromControl } from './dom.ts';
import { intentOf } from './keys.ts';
import { t } from './strings.ts';

/**
 * The meeting's action buttons: what the player may do now, as real buttons with their keys. The
 * markup of these buttons (`data-action`, `data-index`, `.option`) is known here only: the keys and
 * the replay's highlight find the buttons through the functions below.
 */

const KEY_NAMES = {
  continue: { fr: 'Entrée', en: 'Enter' },
  note: { fr: 'N', en: 'N' },
  interrupt: { fr: 'I', en: 'I' },
} as const;

/** An action the player may take while the line is still being typed (the rest waits for the line). */
const usableWhileTyping = (a: AvailableAction) => a.action.kind === 'note' || a.action.kind === 'interrupt';

/** What the row of buttons offers at one moment; the same `signature` means the same buttons. */
export interface ActionOffer {
  readonly usable: readonly AvailableAction[];
  /** The meeting is over and its last line shown: the way to the debrief is offered. */
  readonly ended: boolean;
  readonly signature: string;
}

export function actionOffer(view: MeetingView, typing: boolean): ActionOffer {
  const usable = view.actions.filter((a) => !typing || usableWhileTyping(a));
  const ended = view.phase === 'ended' && !typing;
  const signature = `${view.lang}|${ended}|${usable.map((a) => `${JSON.stringify(a.action)}:${a.label}`).join('|')}`;
  return { usable, ended, signature };
}

/** The buttons of an offer: options numbered 1, 2, 3… in the order shown, then the other actions. */
export function offerButtons(
  offer: ActionOffer,
  lang: Lang,
  handlers: { act(action: PlayerAction): void; debrief(): void },
): HTMLButtonElement[] {
  let position = 0;
  const buttons = offer.usable.map((a) =>
    actionButton(a, a.action.kind === 'choose' ? ++position : 0, lang, () => handlers.act(a.action)),
  );
  if (offer.ended) buttons.push(debriefButton(lang, () => handlers.debrief()));
  return buttons;
}

function actionButton(a: AvailableAction, position: number, lang: Lang, click: () => void): HTMLButtonElement {
  const kind = a.action.kind;
  const data = { action: kind, ...(a.action.kind === 'choose' ? { index: String(a.action.index) } : {}) };
  if (kind === 'choose') {
    const key = el('kbd', { text: String(position), attrs: { 'aria-hidden': 'true' } });
    return button('', click, { className: 'option', data, attrs: { 'aria-keyshortcuts': String(position) } }, [
      key,
      el('span', { text: a.label }),
    ]);
  }
  const keyName = KEY_NAMES[kind][lang];
  const label = el('span', { text: a.label });
  const key = el('kbd', { text: keyName, attrs: { 'aria-hidden': 'true' } });
  if (kind === 'interrupt') {
    const urge = el('span', { className: 'urge', text: t('burning', lang), attrs: { 'aria-hidden': 'true' } });
    return button('', click, { className: 'interrupt', data, attrs: { 'aria-keyshortcuts': 'I' } }, [urge, label, key]);
  }
  const shortcut = kind === 'continue' ? 'Enter' : 'N';
  return button('', click, { className: kind, data, attrs: { 'aria-keyshortcuts': shortcut } }, [label, key]);
}

function debriefButton(lang: Lang, click: () => void): HTMLButtonElement {
  return button('', click, { className: 'continue', data: { action: 'debrief' } }, [
    el('span', { text: t('toDebrief', lang) }),
    el('kbd', { text: KEY_NAMES.continue[lang], attrs: { 'aria-hidden': 'true' } }),
  ]);
}

/** Shows an option as the one chosen (a replay holds it a moment before the meeting moves on). */
export function markChosen(actions: ParentNode, index: number): void {
  actions.querySelector(`[data-action="choose"][data-index="${index}"]`)?.classList.add('chosen');
}

/**
 * The meeting's keys, which press the buttons on offer (so a key can do nothing a click could not):
 * Enter moves on or shows the rest of the line, digits pick an option, N takes a note, I interrupts,
 * H opens the history, Escape pauses. Keys are left alone while a dialog is open over the meeting.
 */
export function meetingKeys(
  actions: ParentNode,
  line: { readonly typing: boolean; skip(): void },
  open: { pause(): void; history(): void },
): (event: KeyboardEvent) => void {
  const press = (selector: string, position = 1): boolean => {
    const target = actions.querySelectorAll<HTMLButtonElement>(selector)[position - 1];
    target?.click();
    return target !== undefined;
  };
  return (event) => {
    if (document.querySelector('dialog[open]') || event.repeat) return;
    const intent = intentOf(event);
    if (!intent) return;
    switch (intent.kind) {
      case 'advance':
        if (line.typing) line.skip();
        else if (isFromControl(event))
          return; // a focused button answers Enter and Space itself
        else press('[data-action="continue"], [data-action="debrief"]');
        break;
      case 'pick':
        if (!press('.option', intent.position)) return;
        break;
      case 'note':
        if (!press('[data-action="note"]')) return;
        break;
      case 'interrupt':
        if (!press('[data-action="interrupt"]')) return;
        break;
      case 'pause':
        open.pause();
        break;
      case 'history':
        open.history();
        break;
      case 'mute':
        return;
    }
    event.preventDefault();
  };
}
