import type { Chart } from 'chart.js';
import {
  type BoardEntry,
  type BoardProblem,
  type BoardRow,
  boardCsv,
  buildBoard,
  commonlyMissed,
  distribution,
  findEntries,
  type Lang,
  LESSONS,
  type Scenario,
  tallyDecisions,
} from '../engine/index.ts';
import { spreadChart } from './board-charts.ts';
import { BOARD_PROBLEMS, bt } from './board-strings.ts';
import { boardTable, columnHeading } from './board-table.ts';
import { languageSwitch } from './controls.ts';
import { button, el } from './dom.ts';
import { downloadText } from './download.ts';
import type { Settings } from './settings.ts';
import { OUTCOME_NAMES, SKILL_NAMES } from './strings.ts';

export interface BoardHandlers {
  menu(): void;
}

/** Files bigger than this are not replay codes (a code is a few hundred characters). */
const MAX_FILE_BYTES = 1024 * 1024;

/** A note about one input that held no code at all (a wrong file dropped, say). */
type InputNote = { readonly word: 'noCode' | 'unreadableFile'; readonly source: string };

/**
 * The facilitator's board: paste or drop the room's replay codes; each is replayed here, in this
 * browser, and the room is summed up in a table, charts and lists. Nothing is sent anywhere.
 */
export function mountBoard(
  root: HTMLElement,
  scenarios: readonly Scenario[],
  settings: Settings,
  handlers: BoardHandlers,
): { destroy(): void } {
  const entries: BoardEntry[] = [];
  // What is typed but not yet added survives a redraw (a language switch, a dropped file).
  let draft = '';
  const notes: InputNote[] = [];
  let charts: Chart[] = [];

  const addText = (text: string, source: string) => {
    const found = findEntries(text, source);
    if (found.length === 0) notes.push({ word: 'noCode', source });
    entries.push(...found);
  };

  const addFiles = async (files: readonly File[]) => {
    for (const file of files) {
      if (file.size > MAX_FILE_BYTES) {
        notes.push({ word: 'noCode', source: file.name });
        continue;
      }
      try {
        addText(await file.text(), file.name);
      } catch {
        notes.push({ word: 'unreadableFile', source: file.name });
      }
    }
    draw();
  };

  const download = (csv: string, name: string) => downloadText(csv, name, 'text/csv;charset=utf-8');

  const scenarioTitle = (id: string, lang: Lang) => scenarios.find((s) => s.id === id)?.title[lang] ?? id;

  const problemItem = (p: BoardProblem, lang: Lang) =>
    el('li', {}, [
      el('span', {
        className: 'where',
        text: `${bt('at', lang, { source: p.source, line: p.line })}${p.name ? ` · ${p.name}` : ''} — `,
      }),
      el('span', { text: BOARD_PROBLEMS[p.kind][lang].replace('{scenario}', p.scenarioId ?? '') }),
    ]);

  const decisionsOf = (scenario: Scenario, rows: readonly BoardRow[], lang: Lang) =>
    tallyDecisions(rows, scenario).map((tally) => {
      const node = scenario.nodes[tally.nodeId];
      if (node?.kind !== 'decision') return null;
      const best = Math.max(...tally.options.map((o) => o.players));
      return el('section', { className: 'board-decision', data: { node: tally.nodeId } }, [
        el('h4', { text: node.prompt?.[lang] ?? tally.nodeId }),
        el('p', { className: 'reached', text: bt('reached', lang, { count: tally.reached }) }),
        el('table', {}, [
          el('thead', {}, [
            el(
              'tr',
              {},
              [bt('option', lang), bt('chosenBy', lang), bt('meanScore', lang)].map((h) =>
                el('th', { text: h, attrs: { scope: 'col' } }),
              ),
            ),
          ]),
          el(
            'tbody',
            {},
            tally.options.map((o) =>
              el('tr', { className: o.players === best && best > 0 ? 'most' : '' }, [
                el('th', {
                  text: `${String.fromCharCode(65 + o.option)}. ${node.options[o.option]?.text[lang] ?? ''}`,
                  attrs: { scope: 'row' },
                }),
                el('td', { className: 'number', text: String(o.players) }),
                el('td', { className: 'number', text: o.meanScore === null ? '—' : String(o.meanScore) }),
              ]),
            ),
          ),
        ]),
      ]);
    });

  const draw = () => {
    const { lang } = settings.get();
    for (const chart of charts) chart.destroy();
    charts = [];
    const board = buildBoard(entries, scenarios);
    const paste = el('textarea', { attrs: { id: 'board-paste', rows: '5', spellcheck: 'false', autocomplete: 'off' } });
    paste.value = draft;
    paste.addEventListener('input', () => {
      draft = paste.value;
    });
    const fileInput = el('input', {
      className: 'file-input',
      attrs: { type: 'file', id: 'board-files', multiple: '', accept: '.txt,.csv,.rvcode,text/plain' },
    });
    fileInput.addEventListener('change', () => void addFiles([...(fileInput.files ?? [])]));
    const played = [...new Set(board.rows.map((r) => r.scenarioId))];
    const spreadCanvas = el('canvas', { attrs: { role: 'img', 'aria-label': bt('spreadChart', lang) } });

    const section = el('section', { className: 'menu board', data: { role: 'board' } }, [
      el('header', { className: 'menu-head' }, [
        el('h1', { text: bt('title', lang) }),
        el('p', { className: 'tagline', text: bt('intro', lang) }),
        el('div', { className: 'prefs' }, [languageSwitch(settings)]),
      ]),
      el('div', { className: 'board-input' }, [
        el('label', { text: bt('pasteLabel', lang), attrs: { for: 'board-paste' } }),
        paste,
        el('div', { className: 'card-actions' }, [
          button(
            bt('add', lang),
            () => {
              addText(paste.value, bt('pasted', lang));
              draft = '';
              draw();
            },
            { className: 'primary', data: { action: 'add-codes' } },
          ),
          fileInput,
          el('label', { className: 'file-label', text: bt('files', lang), attrs: { for: 'board-files' } }),
          button(
            bt('clear', lang),
            () => {
              entries.length = 0;
              notes.length = 0;
              draw();
            },
            { data: { action: 'clear-board' } },
          ),
          button(bt('back', lang), handlers.menu, { data: { action: 'menu' } }),
        ]),
      ]),
      notes.length + board.problems.length > 0
        ? el('section', { className: 'board-problems', attrs: { role: 'alert' } }, [
            el('h2', { text: bt('problemsTitle', lang) }),
            el('ul', {}, [
              ...notes.map((n) => el('li', { text: bt(n.word, lang, { source: n.source }) })),
              ...board.problems.map((p) => problemItem(p, lang)),
            ]),
          ])
        : null,
      el('p', {
        className: 'board-summary',
        text: bt('summary', lang, { players: board.rows.length, duplicates: board.duplicates }),
        attrs: { 'aria-live': 'polite' },
      }),
      ...(board.rows.length === 0
        ? [el('p', { className: 'notice', text: bt('empty', lang) })]
        : [
            boardTable(board.rows, lang, (id) => scenarioTitle(id, lang)),
            el('div', { className: 'card-actions board-export' }, [
              button(bt('exportSemicolon', lang), () => download(csvOf(board.rows, ';', lang), 'rendez-vous-resultats.csv'), {
                data: { action: 'csv-semicolon' },
              }),
              button(bt('exportComma', lang), () => download(csvOf(board.rows, ',', lang), 'rendez-vous-results.csv'), {
                data: { action: 'csv-comma' },
              }),
              button(bt('print', lang), () => window.print(), { data: { action: 'print' } }),
            ]),
            el('h2', { text: bt('spread', lang) }),
            el('div', { className: 'board-chart' }, [spreadCanvas]),
            el('h2', { text: bt('commonlyMissed', lang) }),
            el(
              'ol',
              { className: 'board-missed' },
              commonlyMissed(board.rows).map((m) =>
                el('li', { data: { lesson: m.lesson } }, [
                  el('strong', { text: `${m.lesson} · ${LESSONS[m.lesson].title[lang]}` }),
                  el('span', { text: ` — ${bt('missedBy', lang, { count: m.players })}` }),
                ]),
              ),
            ),
            el('h2', { text: bt('decisions', lang) }),
            ...played.flatMap((id) => {
              const scenario = scenarios.find((s) => s.id === id);
              return scenario ? [el('h3', { text: scenario.title[lang] }), ...decisionsOf(scenario, board.rows, lang)] : [];
            }),
          ]),
    ]);
    section.addEventListener('dragover', (event) => event.preventDefault());
    section.addEventListener('drop', (event) => {
      event.preventDefault();
      void addFiles([...(event.dataTransfer?.files ?? [])]);
    });
    root.replaceChildren(section);
    if (board.rows.length > 0) {
      charts.push(
        spreadChart(
          spreadCanvas,
          [
            { label: SKILL_NAMES.listening[lang], counts: distribution(board.rows, 'listening'), colour: '#1f3a5f' },
            { label: SKILL_NAMES.closing[lang], counts: distribution(board.rows, 'closing'), colour: '#b9532f' },
          ],
          // The game's own Reduce motion setting (which follows the system's until the player sets it).
          settings.get().reducedMotion,
        ),
      );
    }
  };

  const csvOf = (rows: readonly BoardRow[], separator: ';' | ',', lang: Lang) =>
    boardCsv(rows, {
      separator,
      heading: (column) => columnHeading(column, lang),
      outcomeName: (outcome) => OUTCOME_NAMES[outcome][lang],
    });

  draw();
  const unsubscribe = settings.subscribe(draw);
  return {
    destroy() {
      unsubscribe();
      for (const chart of charts) chart.destroy();
      root.replaceChildren();
    },
  };
}
