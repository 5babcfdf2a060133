import type { Lang, SaidLine } from '../engine/index.ts';
import { button, el } from './dom.ts';
import { t } from './strings.ts';

/** Who said a line, as the history names them: the speaker's name, "You", or "Narration". */
function saidBy(line: SaidLine, lang: Lang): string {
  if (line.by === 'player') return t('you', lang);
  return line.speaker ? line.speaker.name : t('narrator', lang);
}

/** The history's list: one item per line, who said it, then the words (narration set apart by its class). */
export function historyList(lines: readonly SaidLine[], lang: Lang): HTMLOListElement {
  const items = lines.map((line) =>
    el('li', { className: `said-${line.by}` }, [
      el('span', { className: 'said-by', text: saidBy(line, lang) }),
      el('span', { className: 'said-text', text: line.text }),
    ]),
  );
  // Focusable so that the keyboard can scroll a long meeting; labelled by the dialog's heading.
  return el('ol', { className: 'history-list', attrs: { tabindex: '0', 'aria-labelledby': 'history-title' } }, items);
}

/** The focusable controls of a dialog, in the order Tab visits them. */
function tabStops(dialog: HTMLElement): HTMLElement[] {
  return Array.from(dialog.querySelectorAll<HTMLElement>('button, [tabindex="0"]'));
}

/**
 * The meeting's history over the meeting: a native modal dialog (the meeting's keys wait while it is
 * open, Escape closes it), whose Tab key goes round its own controls rather than out to the page. It
 * opens at the latest line, and gives the focus back through `closed`.
 */
export function openHistory(host: HTMLElement, lines: readonly SaidLine[], lang: Lang, closed: () => void): { close(): void } {
  const list =
    lines.length > 0 ? historyList(lines, lang) : el('p', { className: 'history-empty', text: t('historyEmpty', lang) });
  const closeButton = button(t('close', lang), () => dialog.close(), { className: 'primary', data: { action: 'close-history' } });
  const dialog = el(
    'dialog',
    { className: 'history', attrs: { 'aria-labelledby': 'history-title', 'aria-modal': 'true' }, data: { role: 'history' } },
    [el('h2', { text: t('historyTitle', lang), attrs: { id: 'history-title' } }), list, closeButton],
  );
  dialog.addEventListener('keydown', (event) => {
    if (event.key !== 'Tab') return;
    const stops = tabStops(dialog);
    const first = stops[0];
    const last = stops[stops.length - 1];
    if (!first || !last) return;
    const leaving = event.shiftKey ? document.activeElement === first : document.activeElement === last;
    if (!leaving) return;
    event.preventDefault();
    (event.shiftKey ? last : first).focus();
  });
  dialog.addEventListener('close', () => {
    dialog.remove();
    closed();
  });
  host.append(dialog);
  dialog.showModal();
  list.scrollTop = list.scrollHeight;
  closeButton.focus();
  return { close: () => dialog.open && dialog.close() };
}
