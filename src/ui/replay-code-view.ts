import { type Lang, type MeetingResult, makeReplayCode } from '../engine/index.ts';
import { button, el } from './dom.ts';
import { downloadText } from './download.ts';
import { pr } from './replay-strings.ts';

/** The address that opens a replay of this code in the same game. */
export function replayLink(code: string, location: Pick<Location, 'origin' | 'pathname'>): string {
  return `${location.origin}${location.pathname}?replay=${encodeURIComponent(code)}`;
}

export interface CopyableCode {
  readonly code: string;
  /** The field's id, unique on the page. */
  readonly id: string;
  /** What the code is for, read before it (and by a screen reader, as the field's description). */
  readonly help: string;
  /** The field's name for a screen reader. */
  readonly title: string;
  /** The file a download saves the code in, and the button's words. */
  readonly fileName: string;
  readonly downloadLabel: string;
  /** Further buttons or links, after Copy. */
  readonly extra?: readonly HTMLElement[];
  /** Buttons after the download. */
  readonly last?: readonly HTMLElement[];
}

/** A code to hand on: the code itself (selectable), a copy button with its outcome said, and a download. */
export function copyableCode(code: CopyableCode, lang: Lang): HTMLElement[] {
  const helpId = `${code.id}-help`;
  const field = el('input', {
    className: 'replay-code',
    attrs: { id: code.id, readonly: '', value: code.code, spellcheck: 'false', 'aria-describedby': helpId },
  });
  field.addEventListener('focus', () => field.select());
  const status = el('p', { className: 'copy-status', attrs: { 'aria-live': 'polite' } });
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(code.code);
      status.textContent = pr('copied', lang);
    } catch {
      field.focus();
      status.textContent = pr('copyFailed', lang);
    }
  };
  const download = () => downloadText(`${code.code}\n`, code.fileName, 'text/plain;charset=utf-8');
  return [
    el('p', { text: code.help, attrs: { id: helpId } }),
    el('label', { className: 'sr-only', text: code.title, attrs: { for: code.id } }),
    field,
    el('div', { className: 'card-actions' }, [
      button(pr('copy', lang), () => void copy(), { data: { action: 'copy-code' } }),
      ...(code.extra ?? []),
      button(code.downloadLabel, download, { data: { action: 'download-code' } }),
      ...(code.last ?? []),
    ]),
    status,
  ];
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
  return el(
    'section',
    { className: 'replay', data: { code } },
    copyableCode(
      {
        code,
        id: 'replay-code',
        help: pr('codeHelp', lang),
        title: pr('codeTitle', lang),
        fileName: `rendez-vous-${result.scenarioId}.txt`,
        downloadLabel: pr('download', lang),
        extra: [
          el('a', { className: 'button-link', text: pr('link', lang), attrs: { href: replayLink(code, window.location) } }),
        ],
        last: [button(pr('print', lang), () => window.print(), { data: { action: 'print' } })],
      },
      lang,
    ),
  );
}
