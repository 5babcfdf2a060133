import type { Catalog, CatalogEntry } from '../content/catalog.ts';
import type { Lang, Text } from '../engine/index.ts';
import { bt } from './board-strings.ts';
import { languageSwitch, soundSwitch } from './controls.ts';
import { button, el, focusedControl, isTextEntry, refocus, spoken } from './dom.ts';
import { rt } from './facilitator-strings.ts';
import { problemLines, unsavedMessage } from './import-messages.ts';
import { createImportView, type ImportView } from './import-view.ts';
import { intentOf } from './keys.ts';
import { pt } from './progress-strings.ts';
import { pr } from './replay-strings.ts';
import type { Settings } from './settings.ts';
import { openSettingsDialog } from './settings-panel.ts';
import { st } from './settings-strings.ts';
import { t, tf, type UiWord } from './strings.ts';

export interface MenuHandlers {
  start(scenarioId: string): void;
  /** Opens the facilitator's results board. */
  board(): void;
  /** Opens the player's progress over weeks. */
  progress(): void;
  /** Watches the meeting a replay code records. */
  watch(code: string): void;
  /** Starts a meeting in facilitator mode (the room votes at each decision). */
  facilitate(scenarioId: string): void;
  /** Plays the introduction again (or for the first time, for a player who came by a meeting's address). */
  introduction(): void;
}

const SHOWN_PROBLEMS = 8;

/** The menu's name in the browser's element timing entries. */
export const MENU_SHOWN = 'menu';

/** The badge that tells the player's own scenarios (and the address's) from the shipped ones. */
function badge(entry: CatalogEntry, lang: Lang): HTMLElement | null {
  if (entry.origin === 'shipped') return null;
  return el('p', { className: 'badge', text: t(entry.origin === 'custom' ? 'yourScenario' : 'fromAddress', lang) });
}

function removeButton(entry: CatalogEntry, title: string, importer: ImportView, lang: Lang): HTMLButtonElement | null {
  const { savedId } = entry;
  if (entry.origin !== 'custom' || savedId === undefined) return null;
  return button('', () => importer.remove(savedId), { className: 'remove', data: { action: 'remove' } }, [
    el('span', { text: t('remove', lang) }),
    spoken(` — ${title}`),
  ]);
}

function brokenCard(entry: Extract<CatalogEntry, { ok: false }>, importer: ImportView, lang: Lang): HTMLElement {
  const problems =
    entry.origin === 'shipped'
      ? entry.problems
          .slice(0, SHOWN_PROBLEMS)
          .map((p) => el('li', { text: `${t('line', lang)} ${p.line}, ${t('column', lang)} ${p.column} — ${p.message}` }))
      : problemLines(entry.file, entry.problems.slice(0, SHOWN_PROBLEMS), entry.refusal, lang).map((line) =>
          el('li', { text: line }),
        );
  if (entry.problems.length > SHOWN_PROBLEMS) problems.push(el('li', { text: `… +${entry.problems.length - SHOWN_PROBLEMS}` }));
  // A file refused for its size or origin has nothing to fix inside; one with problems does.
  const help =
    entry.origin === 'custom'
      ? el('p', { className: 'help', text: t('customBrokenHelp', lang) })
      : entry.refusal && entry.refusal.kind !== 'id-taken'
        ? null
        : el('p', { className: 'help' }, [
            document.createTextNode(`${t('brokenHelp', lang)} `),
            el('code', { text: entry.file }),
          ]);
  return el(
    'li',
    { className: 'card broken', data: { file: entry.file, ...(entry.savedId ? { savedId: entry.savedId } : {}) } },
    [
      badge(entry, lang),
      el('h3', { text: entry.file }),
      el('p', { className: 'broken-title', text: t('brokenTitle', lang) }),
      el('ul', { className: 'problems' }, problems),
      help,
      removeButton(entry, entry.file, importer, lang),
    ],
  );
}

/** Watching a trainee's meeting from its replay code. */
function watchReplay(handlers: MenuHandlers, lang: Lang): HTMLElement {
  const field = el('input', { attrs: { id: 'watch-code', spellcheck: 'false', autocomplete: 'off', placeholder: 'RV2.…' } });
  const watch = () => {
    if (field.value.trim()) handlers.watch(field.value.trim());
  };
  field.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') watch();
  });
  return el('div', { className: 'watch' }, [
    el('p', { text: pr('watchHelp', lang) }),
    el('label', { text: pr('watch', lang), attrs: { for: 'watch-code' } }),
    field,
    button(pr('watchButton', lang), watch, { data: { action: 'watch' } }),
  ]);
}

/** Facilitator mode: pick the meeting the room will play together on the big screen. */
function facilitation(catalog: Catalog, handlers: MenuHandlers, lang: Lang): HTMLElement {
  const select = el(
    'select',
    { attrs: { id: 'facilitate-scenario' } },
    catalog.scenarios.map((s) => el('option', { text: s.title[lang], attrs: { value: s.id } })),
  );
  return el('div', { className: 'facilitate' }, [
    el('p', { text: rt('facilitateHelp', lang) }),
    el('label', { text: rt('chooseMeeting', lang), attrs: { for: 'facilitate-scenario' } }),
    select,
    button(rt('facilitate', lang), () => handlers.facilitate(select.value), {
      className: 'primary',
      data: { action: 'facilitate' },
    }),
  ]);
}

/** A playable scenario's card; `key` is the number key that starts it. */
function scenarioCard(
  entry: Extract<CatalogEntry, { ok: true }>,
  key: number,
  handlers: MenuHandlers,
  importer: ImportView,
  lang: Lang,
): HTMLElement {
  const { scenario } = entry;
  const title = scenario.title[lang];
  const data = { scenario: scenario.id, origin: entry.origin, ...(entry.savedId ? { savedId: entry.savedId } : {}) };
  return el('li', { className: `card ${entry.origin}`, data }, [
    badge(entry, lang),
    el('h3', { text: title }),
    el('p', { text: scenario.summary[lang] }),
    entry.unsaved ? el('p', { className: 'unsaved', text: unsavedMessage(entry.unsaved, lang) }) : null,
    el('div', { className: 'card-actions' }, [
      button('', () => handlers.start(scenario.id), { className: 'start', attrs: { 'aria-keyshortcuts': String(key) } }, [
        el('span', { text: t('play', lang) }),
        spoken(` — ${title}`),
        el('kbd', { text: String(key), attrs: { 'aria-hidden': 'true' } }),
      ]),
      removeButton(entry, title, importer, lang),
    ]),
  ]);
}

/** Every scenario as a card, numbered from 1 in the order shown; broken ones explained. */
function cards(catalog: Catalog, handlers: MenuHandlers, importer: ImportView, lang: Lang): HTMLElement {
  if (catalog.entries.length === 0) return el('p', { className: 'notice', text: t('noScenario', lang) });
  let position = 0;
  return el(
    'ul',
    { className: 'cards' },
    catalog.entries.map((entry) =>
      entry.ok ? scenarioCard(entry, ++position, handlers, importer, lang) : brokenCard(entry, importer, lang),
    ),
  );
}

function menuHead(root: HTMLElement, settings: Settings, handlers: MenuHandlers, lang: Lang): HTMLElement {
  return el('header', { className: 'menu-head' }, [
    el('h1', { text: 'Rendez-vous' }),
    el('p', { className: 'tagline', text: t('tagline', lang) }),
    el('div', { className: 'prefs' }, [
      languageSwitch(settings),
      soundSwitch(settings),
      button(st('open', lang), () => openSettingsDialog(settings, () => refocus(root, '[data-action="settings"]')), {
        data: { action: 'settings' },
      }),
    ]),
    button(pt('open', lang), handlers.progress, { data: { action: 'progress' } }),
  ]);
}

/** What the menu was opened to say (a replay that could not start…), and saved files it could not read. */
function notices(notice: UiWord | Text | null, catalog: Catalog, lang: Lang): (HTMLElement | null)[] {
  return [
    notice
      ? el('p', {
          className: 'notice',
          text: typeof notice === 'string' ? t(notice, lang) : notice[lang],
          attrs: { role: 'alert' },
        })
      : null,
    catalog.unreadableSaved > 0
      ? el('p', {
          className: 'notice',
          text: tf(catalog.unreadableSaved === 1 ? 'unreadableSavedOne' : 'unreadableSaved', lang, {
            count: catalog.unreadableSaved,
          }),
        })
      : null,
  ];
}

function workshop(catalog: Catalog, handlers: MenuHandlers, lang: Lang): HTMLElement {
  return el('section', { className: 'workshop', attrs: { 'aria-labelledby': 'workshop-title' } }, [
    el('h2', { text: bt('workshop', lang), attrs: { id: 'workshop-title' } }),
    el('p', { text: bt('workshopHelp', lang) }),
    facilitation(catalog, handlers, lang),
    watchReplay(handlers, lang),
    button(bt('title', lang), handlers.board, { data: { action: 'board' } }),
  ]);
}

/** The number keys start the scenario shown at that position (outside text fields). */
function startByNumber(root: HTMLElement): (event: KeyboardEvent) => void {
  return (event) => {
    if (isTextEntry(event)) return;
    const intent = intentOf(event);
    if (intent?.kind !== 'pick') return;
    const start = root.querySelectorAll<HTMLButtonElement>('.card .start')[intent.position - 1];
    if (!start) return;
    event.preventDefault();
    start.click();
  };
}

/**
 * The title screen: every scenario as a card (shipped ones, then the player's own), broken ones
 * explained, the section that loads a player's file, and the settings.
 */
export function mountMenu(
  root: HTMLElement,
  catalog: Catalog,
  settings: Settings,
  handlers: MenuHandlers,
  notice: UiWord | Text | null,
): { destroy(): void } {
  const importer = createImportView(root, catalog, settings);

  const draw = () => {
    const { lang } = settings.get();
    const section = el('section', { className: 'menu', data: { role: 'menu' } }, [
      menuHead(root, settings, handlers, lang),
      ...notices(notice, catalog, lang),
      // Named for the Element Timing API: the page starts Phaser once the menu is on the screen (src/main.ts).
      el('h2', { text: t('chooseScenario', lang), attrs: { elementtiming: MENU_SHOWN } }),
      cards(catalog, handlers, importer, lang),
      // With the practice meetings, after them: a way back to the controls, not a meeting to score.
      el('p', { className: 'introduction-entry' }, [
        button(t('playIntroduction', lang), handlers.introduction, { data: { action: 'introduction' } }),
      ]),
      importer.section(),
      workshop(catalog, handlers, lang),
      el('p', { className: 'keys-help', text: t('keysHelp', lang) }),
    ]);
    const focused = focusedControl();
    root.replaceChildren(section);
    // Switching language redraws the menu; keep the focus on the switch the player just used.
    refocus(root, focused);
  };

  const onKey = startByNumber(root);
  draw();
  const unsubscribe = settings.subscribe(draw);
  const unwatch = catalog.subscribe(draw);
  document.addEventListener('keydown', onKey);
  return {
    destroy() {
      unsubscribe();
      unwatch();
      importer.destroy();
      document.removeEventListener('keydown', onKey);
      root.replaceChildren();
    },
  };
}
