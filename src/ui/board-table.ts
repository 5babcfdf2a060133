import { BOARD_COLUMNS, type BoardColumn, type BoardRow, type Lang, LESSONS } from '../engine/index.ts';
import { bt } from './board-strings.ts';
import { el } from './dom.ts';
import { OUTCOME_NAMES, SKILL_NAMES } from './strings.ts';

/** A column's heading, the same on the screen and in the CSV. */
export function columnHeading(column: BoardColumn, lang: Lang): string {
  return column === 'listening' || column === 'closing' ? SKILL_NAMES[column][lang] : bt(column, lang);
}

/** The columns the screen shows: the code is a long run of characters nobody reads there (the CSV keeps it). */
type ScreenColumn = Exclude<BoardColumn, 'code'>;
const SCREEN_COLUMNS = BOARD_COLUMNS.filter((column): column is ScreenColumn => column !== 'code');

/** A row's cell in one column on screen: names and titles in the reader's language, scores as figures. */
function screenCell(row: BoardRow, column: ScreenColumn, lang: Lang, titleOf: (scenarioId: string) => string): HTMLElement {
  switch (column) {
    case 'name':
      return el('th', { text: row.name ?? bt('anonymous', lang), attrs: { scope: 'row' } });
    case 'scenario':
      return el('td', { text: titleOf(row.scenarioId) });
    case 'outcome':
      return el('td', { text: OUTCOME_NAMES[row.outcome][lang] });
    case 'listening':
    case 'closing':
      return el('td', { className: 'number', text: String(row.scores[column]) });
    case 'missed':
      return el('td', { text: row.missed.map((lesson) => LESSONS[lesson].title[lang]).join(', ') });
  }
}

/** The room's results, one row per meeting, in the board's columns. */
export function boardTable(rows: readonly BoardRow[], lang: Lang, titleOf: (scenarioId: string) => string): HTMLTableElement {
  return el('table', { className: 'board-table' }, [
    el('caption', { text: bt('tableCaption', lang) }),
    el('thead', {}, [
      el(
        'tr',
        {},
        SCREEN_COLUMNS.map((column) => el('th', { text: columnHeading(column, lang), attrs: { scope: 'col' } })),
      ),
    ]),
    el(
      'tbody',
      {},
      rows.map((row) =>
        el(
          'tr',
          { data: { outcome: row.outcome } },
          SCREEN_COLUMNS.map((column) => screenCell(row, column, lang, titleOf)),
        ),
      ),
    ),
  ]);
}
