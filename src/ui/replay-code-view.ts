import { type Lang, type MeetingResult, makeReplayCode } from '../engine/index.ts';
import { button, el } from './dom.ts';
import { downloadText } from './download.ts';
import { pr } from './replay-strings.ts';

/** The address that opens a replay of this code in the same game. */
export function replayLink(code: string, location: Pick<Location, 'origin' | 'pathname'>): string {
  return `${location.origin}${location.pathname}?replay=${encodeURIComponent(code)}`;
}

/**
 * The replay code of a finished meeting, in the debrief: the code itself (selectable), a copy
 * button, a link that opens the replay, and a small file to hand in to a facilitator's board.
 * Its heading is the debrief section's that holds it.
 */
export function replayCodeSection(result: MeetingResult, lang: Lang): HTMLElement {
  const code = makeReplayCode({
    scenarioId: result.scenarioId,
    scenarioVersion: result.scenarioVersion,
    lang,
    seed: result.seed,
    seeding: result.seeding,
    actions: result.actions,
  });
  const field = el('input', {
    className: 'replay-code',
    attrs: { id: 'replay-code', readonly: '', value: code, spellcheck: 'false', 'aria-describedby': 'replay-help' },
  });
  field.addEventListener('focus', () => field.select());
  const status = el('p', { className: 'copy-status', attrs: { 'aria-live': 'polite' } });
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(code);
      status.textContent = pr('copied', lang);
    } catch {
      field.focus();
      status.textContent = pr('copyFailed', lang);
    }
  };
  const download = () => downloadText(`${code}\n`, `rendez-vous-${result.scenarioId}.txt`, 'text/plain;charset=utf-8');
  return el('section', { className: 'replay', data: { code } }, [
    el('p', { text: pr('codeHelp', lang), attrs: { id: 'replay-help' } }),
    el('label', { className: 'sr-only', text: pr('codeTitle', lang), attrs: { for: 'replay-code' } }),
    field,
    el('div', { className: 'card-actions' }, [
      button(pr('copy', lang), () => void copy(), { data: { action: 'copy-code' } }),
      el('a', { className: 'button-link', text: pr('link', lang), attrs: { href: replayLink(code, window.location) } }),
      button(pr('download', lang), download, { data: { action: 'download-code' } }),
      button(pr('print', lang), () => window.print(), { data: { action: 'print' } }),
    ]),
    status,
  ]);
}
