import type { Chart } from 'chart.js';
import {
  type Board,
  type BoardEntry,
  type BoardProblem,
  type BoardRoom,
  type BoardRow,
  boardCsv,
  buildBoard,
  commonlyMissed,
  distribution,
  findEntries,
  type Lang,
  LESSONS,
  roomVotesCsv,
  type Scenario,
} from '../engine/index.ts';
import { spreadChart } from './board-charts.ts';
import { decisionPages, roomLabel } from './board-decisions.ts';
import { type BoardPage, pagedResults } from './board-pages.ts';
import { BOARD_COUNTS, BOARD_PROBLEMS, bt } from './board-strings.ts';
import { boardTable, columnHeading } from './board-table.ts';
import { languageSwitch } from './controls.ts';
import { decisionTitle } from './decision-title.ts';
import { button, el } from './dom.ts';
import { downloadText } from './download.ts';
import { letter } from './facilitator-strings.ts';
import { mt } from './menu-strings.ts';
import { plural } from './plural.ts';
import type { Settings } from './settings.ts';
import { OUTCOME_NAMES, SKILL_NAMES } from './strings.ts';

export interface BoardHandlers {
  menu(): void;
}

/** Files bigger than this are not replay codes (a code is a few hundred characters). */
const MAX_FILE_BYTES = 1024 * 1024;

/** A note about one input that held no code at all (a wrong file dropped, say). */
type InputNote = { readonly word: 'noCode' | 'unreadableFile'; readonly source: string };

/** The codes handed in to the board so far, and a note for each input that held none. */
interface HandedInCodes {
  readonly entries: readonly BoardEntry[];
  readonly notes: readonly InputNote[];
  addText(text: string, source: string): void;
  /** Reads the files one by one; a file too big to be a code, or unreadable, becomes a note. */
  addFiles(files: readonly File[]): Promise<void>;
  clear(): void;
}

function handedInCodes(): HandedInCodes {
  const entries: BoardEntry[] = [];
  const notes: InputNote[] = [];
  const addText = (text: string, source: string) => {
    const found = findEntries(text, source);
    if (found.length === 0) notes.push({ word: 'noCode', source });
    entries.push(...found);
  };
  return {
    entries,
    notes,
    addText,
    async addFiles(files) {
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
    },
    clear() {
      entries.length = 0;
      notes.length = 0;
    },
  };
}

/** What the code input asks of the board; it keeps nothing itself, so a redraw loses nothing. */
interface CodeInputActions {
  /** What is typed but not yet added: kept so it survives a redraw. */
  edit(draft: string): void;
  /** Text pasted into the board, under the source name its messages will show. */
  add(text: string, source: string): void;
  addFiles(files: readonly File[]): void;
  clear(): void;
  menu(): void;
}

const scenarioTitle = (scenarios: readonly Scenario[], id: string, lang: Lang) =>
  scenarios.find((s) => s.id === id)?.title[lang] ?? id;

function boardHead(settings: Settings, lang: Lang): HTMLElement {
  return el('header', { className: 'menu-head' }, [
    el('h1', { text: mt('board', lang) }),
    el('p', { className: 'tagline', text: bt('intro', lang) }),
    el('div', { className: 'prefs' }, [languageSwitch(settings)]),
  ]);
}

/** Where the facilitator pastes codes or picks files, with the board's own buttons. */
function codeInput(draft: string, actions: CodeInputActions, lang: Lang): HTMLElement {
  const paste = el('textarea', { attrs: { id: 'board-paste', rows: '5', spellcheck: 'false', autocomplete: 'off' } });
  paste.value = draft;
  paste.addEventListener('input', () => actions.edit(paste.value));
  const fileInput = el('input', {
    className: 'file-input',
    attrs: { type: 'file', id: 'board-files', multiple: '', accept: '.txt,.csv,.rvcode,text/plain' },
  });
  fileInput.addEventListener('change', () => actions.addFiles([...(fileInput.files ?? [])]));
  return el('div', { className: 'board-input' }, [
    el('label', { text: bt('pasteLabel', lang), attrs: { for: 'board-paste' } }),
    paste,
    el('div', { className: 'card-actions' }, [
      button(bt('add', lang), () => actions.add(paste.value, bt('pasted', lang)), {
        className: 'primary',
        data: { action: 'add-codes' },
      }),
      fileInput,
      el('label', { className: 'file-label', text: bt('files', lang), attrs: { for: 'board-files' } }),
      button(bt('clear', lang), actions.clear, { data: { action: 'clear-board' } }),
      button(bt('back', lang), actions.menu, { data: { action: 'menu' } }),
    ]),
  ]);
}

function problemItem(p: BoardProblem, lang: Lang): HTMLElement {
  return el('li', {}, [
    el('span', {
      className: 'where',
      text: `${bt('at', lang, { source: p.source, line: p.line })}${p.name ? ` · ${p.name}` : ''} — `,
    }),
    el('span', { text: BOARD_PROBLEMS[p.kind][lang].replace('{scenario}', p.scenarioId ?? '') }),
  ]);
}

/** Inputs that held no code and codes the board refused, each located so it can be fixed; none when all went in. */
function problemList(notes: readonly InputNote[], problems: readonly BoardProblem[], lang: Lang): HTMLElement | null {
  if (notes.length + problems.length === 0) return null;
  return el('section', { className: 'board-problems', attrs: { role: 'alert' } }, [
    el('h2', { text: bt('problemsTitle', lang) }),
    el('ul', {}, [
      ...notes.map((n) => el('li', { text: bt(n.word, lang, { source: n.source }) })),
      ...problems.map((p) => problemItem(p, lang)),
    ]),
  ]);
}

function roomCsv(rows: readonly BoardRow[], scenarios: readonly Scenario[], separator: ';' | ',', lang: Lang): string {
  return boardCsv(rows, {
    separator,
    heading: (column) => columnHeading(column, lang),
    outcomeName: (outcome) => OUTCOME_NAMES[outcome][lang],
    scenarioTitle: (id) => scenarioTitle(scenarios, id, lang),
    lessonTitle: (lesson) => LESSONS[lesson].title[lang],
  });
}

/** The rooms' votes as CSV: a row per option each room's card showed, both rounds side by side. */
function votesCsv(rooms: readonly BoardRoom[], scenarios: readonly Scenario[], separator: ';' | ',', lang: Lang): string {
  const nodeOf = (scenarioId: string, nodeId: string) => {
    const node = scenarios.find((s) => s.id === scenarioId)?.nodes[nodeId];
    return node?.kind === 'decision' ? node : null;
  };
  return roomVotesCsv(rooms, {
    separator,
    // The columns are named as the board's own words name them.
    heading: (column) => bt(column, lang),
    roomName: (name, room) => roomLabel({ name, room }, rooms.length, lang),
    scenarioTitle: (id) => scenarioTitle(scenarios, id, lang),
    decisionTitle: (id, nodeId, place) => {
      const node = nodeOf(id, nodeId);
      return node ? decisionTitle(node, lang, place) : nodeId;
    },
    optionLabel: (id, nodeId, option, place) => `${letter(place)}. ${nodeOf(id, nodeId)?.options[option]?.text[lang] ?? ''}`,
    yes: bt('yes', lang),
  });
}

/**
 * The results leave the board as CSV for either kind of spreadsheet, or printed; the rooms' votes,
 * when a session code was added, as CSV files of their own (a row per option, not per player).
 */
function exportActions(board: Board, scenarios: readonly Scenario[], lang: Lang): HTMLElement {
  const csv = 'text/csv;charset=utf-8';
  const download = (separator: ';' | ',', fileName: string) =>
    downloadText(roomCsv(board.rows, scenarios, separator, lang), fileName, csv);
  const votes = (separator: ';' | ',', fileName: string) =>
    downloadText(votesCsv(board.rooms, scenarios, separator, lang), fileName, csv);
  return el('div', { className: 'card-actions board-export' }, [
    ...(board.rows.length === 0
      ? []
      : [
          button(bt('exportSemicolon', lang), () => download(';', 'rendez-vous-resultats.csv'), {
            data: { action: 'csv-semicolon' },
          }),
          button(bt('exportComma', lang), () => download(',', 'rendez-vous-results.csv'), { data: { action: 'csv-comma' } }),
        ]),
    ...(board.rooms.length === 0
      ? []
      : [
          button(bt('votesSemicolon', lang), () => votes(';', 'rendez-vous-votes-salle.csv'), {
            data: { action: 'votes-semicolon' },
          }),
          button(bt('votesComma', lang), () => votes(',', 'rendez-vous-room-votes.csv'), { data: { action: 'votes-comma' } }),
        ]),
    button(bt('print', lang), () => window.print(), { data: { action: 'print' } }),
  ]);
}

/** The lessons the room missed most, most missed first: what the facilitator's debrief could start with. */
function missedLessons(rows: readonly BoardRow[], lang: Lang): HTMLElement {
  return el(
    'ol',
    { className: 'board-missed' },
    commonlyMissed(rows).map((m) =>
      el('li', { data: { lesson: m.lesson } }, [
        el('strong', { text: LESSONS[m.lesson].title[lang] }),
        el('span', { text: ` — ${plural(BOARD_COUNTS.players, m.players, lang)}` }),
      ]),
    ),
  );
}

/**
 * The room summed up, a screen each: the table, the spread of scores, the missed lessons, then the
 * decisions (with the rooms' votes). With session codes only, the decisions alone.
 */
function roomResults(board: Board, scenarios: readonly Scenario[], spreadCanvas: HTMLCanvasElement, lang: Lang): BoardPage[] {
  const { rows, rooms } = board;
  const players: BoardPage[] =
    rows.length === 0
      ? []
      : [
          [boardTable(rows, lang, (id) => scenarioTitle(scenarios, id, lang))],
          [el('h2', { text: bt('spread', lang) }), el('div', { className: 'board-chart' }, [spreadCanvas])],
          [el('h2', { text: bt('commonlyMissed', lang) }), missedLessons(rows, lang)],
        ];
  return [...players, ...decisionPages(rows, rooms, scenarios, lang)];
}

/** How much the board holds: meetings, facilitated sessions (when any), duplicates. */
function boardSummary(board: Board, lang: Lang): string {
  return [
    plural(BOARD_COUNTS.meetings, board.rows.length, lang),
    board.rooms.length > 0 ? plural(BOARD_COUNTS.rooms, board.rooms.length, lang) : null,
    plural(BOARD_COUNTS.duplicates, board.duplicates, lang),
  ]
    .filter((part) => part !== null)
    .join(' · ');
}

const spreadCanvasFor = (lang: Lang) => el('canvas', { attrs: { role: 'img', 'aria-label': bt('spreadChart', lang) } });

function roomSpread(canvas: HTMLCanvasElement, rows: readonly BoardRow[], lang: Lang, reducedMotion: boolean): Chart {
  return spreadChart(
    canvas,
    [
      { label: SKILL_NAMES.listening[lang], counts: distribution(rows, 'listening'), colour: '#1f3a5f' },
      { label: SKILL_NAMES.closing[lang], counts: distribution(rows, 'closing'), colour: '#b9532f' },
    ],
    reducedMotion,
  );
}

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
  const handedIn = handedInCodes();
  // What is typed but not yet added survives a redraw (a language switch, a dropped file).
  let draft = '';
  let charts: Chart[] = [];
  // The screen of results the room is looking at, kept when the board is drawn again.
  let screen = 0;
  let pageKeys: ((event: KeyboardEvent) => void) | null = null;
  const onKey = (event: KeyboardEvent) => pageKeys?.(event);
  document.addEventListener('keydown', onKey);

  const addFiles = async (files: readonly File[]) => {
    await handedIn.addFiles(files);
    draw();
  };

  const input: CodeInputActions = {
    edit: (text) => {
      draft = text;
    },
    add: (text, source) => {
      handedIn.addText(text, source);
      draft = '';
      draw();
    },
    addFiles: (files) => void addFiles(files),
    clear: () => {
      handedIn.clear();
      draw();
    },
    menu: handlers.menu,
  };

  const draw = () => {
    const { lang } = settings.get();
    for (const chart of charts) chart.destroy();
    charts = [];
    const board = buildBoard(handedIn.entries, scenarios);
    const results =
      board.rows.length + board.rooms.length === 0
        ? null
        : pagedResults(roomResults(board, scenarios, spreadCanvasFor(lang), lang), lang, screen, (page) => {
            screen = page;
          });
    pageKeys = results?.onKey ?? null;
    const section = el('section', { className: 'menu board', data: { role: 'board' } }, [
      boardHead(settings, lang),
      el('p', {
        className: 'board-summary',
        text: boardSummary(board, lang),
        attrs: { 'aria-live': 'polite' },
      }),
      // The results first, where the projector's screen starts; the codes are added below them.
      results ? results.element : el('p', { className: 'notice', text: bt('empty', lang) }),
      // Under whichever screen is shown: the whole room's results leave as CSV or on paper.
      results ? exportActions(board, scenarios, lang) : null,
      codeInput(draft, input, lang),
      problemList(handedIn.notes, board.problems, lang),
    ]);
    section.addEventListener('dragover', (event) => event.preventDefault());
    section.addEventListener('drop', (event) => {
      event.preventDefault();
      void addFiles([...(event.dataTransfer?.files ?? [])]);
    });
    root.replaceChildren(section);
    // The game's own Reduce motion setting (which follows the system's until the player sets it).
    const spreadCanvas = section.querySelector<HTMLCanvasElement>('.board-chart canvas');
    if (spreadCanvas) charts.push(roomSpread(spreadCanvas, board.rows, lang, settings.get().reducedMotion));
  };

  draw();
  const unsubscribe = settings.subscribe(draw);
  return {
    destroy() {
      unsubscribe();
      document.removeEventListener('keydown', onKey);
      for (const chart of charts) chart.destroy();
      root.replaceChildren();
    },
  };
}
