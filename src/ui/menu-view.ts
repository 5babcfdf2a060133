import type { Catalog, CatalogEntry } from '../content/catalog.ts';
import { easierFirst, type FinishedMeeting, learningPath, levelOf, type PathStep } from '../engine/debrief/path.ts';
import type { Lang, Text } from '../engine/index.ts';
import { languageSwitch, soundSwitch } from './controls.ts';
import type { CourseMenu } from './course-menu.ts';
import { button, el, focusedControl, isTextEntry, refocus, spoken } from './dom.ts';
import { rt } from './facilitator-strings.ts';
import { problemLines, unsavedMessage } from './import-messages.ts';
import { createImportView, type ImportView } from './import-view.ts';
import { intentOf } from './keys.ts';
import { MENU_COUNTS, mt } from './menu-strings.ts';
import { plural } from './plural.ts';
import { pt } from './progress-strings.ts';
import { pr } from './replay-strings.ts';
import { settingArt } from './setting-art.ts';
import type { Settings } from './settings.ts';
import { openSettingsDialog } from './settings-panel.ts';
import { st } from './settings-strings.ts';
import { t, UI_COUNTS, type UiWord } from './strings.ts';

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

/** A replay code that could not be watched: kept in its field, with the reason beside it. */
export interface RefusedReplay {
  readonly code: string;
  readonly reason: Text;
}

/** What the menu was opened to say. */
export interface MenuOpening {
  /** A word of the interface, or a message already in both languages (a screen that could not load…). */
  readonly notice: UiWord | Text | null;
  readonly refusedReplay: RefusedReplay | null;
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

/**
 * Watching a trainee's meeting from its replay code. A refused code stays in the field as typed, so
 * that a typo can be put right, with the reason beside it, tied to the field for screen readers.
 */
function watchReplay(handlers: MenuHandlers, refused: RefusedReplay | null, lang: Lang): HTMLElement {
  const field = el('input', {
    attrs: {
      id: 'watch-code',
      spellcheck: 'false',
      autocomplete: 'off',
      placeholder: 'RV2.…',
      ...(refused ? { 'aria-invalid': 'true', 'aria-describedby': 'watch-error' } : {}),
    },
    data: { role: 'watch-code' },
  });
  if (refused) field.value = refused.code;
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
    refused ? el('p', { className: 'notice watch-error', text: refused.reason[lang], attrs: { id: 'watch-error' } }) : null,
    button(pr('watchButton', lang), watch, { data: { action: 'watch' } }),
  ]);
}

/** Facilitator mode: pick the meeting the room will play together on the big screen. */
function facilitation(catalog: Catalog, handlers: MenuHandlers, lang: Lang): HTMLElement {
  const select = el(
    'select',
    { attrs: { id: 'facilitate-scenario' } },
    [...catalog.scenarios].sort(easierFirst).map((s) => el('option', { text: s.title[lang], attrs: { value: s.id } })),
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

/** The meeting's level and length, as the card's first line. */
function cardFacts(entry: Playable, lang: Lang): HTMLElement {
  const { scenario, length } = entry;
  const facts = [mt('level', lang, { level: levelOf(scenario) })];
  if (length) {
    facts.push(
      length.fewestDecisions === length.mostDecisions
        ? plural(MENU_COUNTS.decisions, length.mostDecisions, lang)
        : plural(MENU_COUNTS.decisionsRange, length.mostDecisions, lang, { fewest: length.fewestDecisions }),
    );
  }
  return el('p', { className: 'facts', text: facts.join(' · ') });
}

/** Where the meeting stands on the player's path: done with its best scores, or the next to play. */
function pathMarks(step: PathStep | undefined, lang: Lang): HTMLElement[] {
  if (step?.best) return [el('span', { className: 'done', text: mt('best', lang, step.best) })];
  if (step?.status === 'next') return [el('span', { className: 'next', text: mt('next', lang) })];
  return [];
}

type Playable = Extract<CatalogEntry, { ok: true }>;

/** A playable scenario's card; `key` is the number key that starts it. */
function scenarioCard(
  entry: Playable,
  key: number,
  step: PathStep | undefined,
  marks: HTMLElement[],
  handlers: MenuHandlers,
  importer: ImportView,
  lang: Lang,
): HTMLElement {
  const { scenario } = entry;
  const title = scenario.title[lang];
  const data = {
    scenario: scenario.id,
    origin: entry.origin,
    level: String(levelOf(scenario)),
    ...(step ? { status: step.status } : {}),
    ...(entry.savedId ? { savedId: entry.savedId } : {}),
  };
  return el('li', { className: `card ${entry.origin}`, data }, [
    settingArt(scenario.setting),
    badge(entry, lang),
    cardFacts(entry, lang),
    el('h3', { text: title }),
    el('p', { className: 'summary', text: scenario.summary[lang] }),
    entry.unsaved ? el('p', { className: 'unsaved', text: unsavedMessage(entry.unsaved, lang) }) : null,
    el('p', { className: 'marks', data: { role: 'marks' } }, marks),
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

/** The playable scenarios, easier first (the path's order): the number keys follow it. */
function playableInOrder(catalog: Catalog): Playable[] {
  return catalog.entries.filter((e): e is Playable => e.ok).sort((a, b) => easierFirst(a.scenario, b.scenario));
}

/**
 * The practice area: every playable meeting as a card, easier first, marked from the player's
 * progress; in a course launched by a training platform, the course's meetings only, marked from
 * what the platform holds, under what the course asks.
 */
function practice(
  catalog: Catalog,
  finished: readonly FinishedMeeting[] | null,
  handlers: MenuHandlers,
  importer: ImportView,
  lang: Lang,
  course: CourseMenu | null,
): HTMLElement {
  const playable = playableInOrder(catalog).filter((entry) => !course || course.meetings.includes(entry.scenario.id));
  const path = finished && !course ? learningPath(catalog.scenarios, finished) : [];
  const stepOf = (id: string) => path.find((s) => s.scenario.id === id);
  const marksOf = (id: string) => (course ? course.marks(id, lang) : pathMarks(stepOf(id), lang));
  return el('section', { className: 'practice', attrs: { 'aria-labelledby': 'practice-title' } }, [
    // Named for the Element Timing API: the page starts Phaser once the menu is on the screen (src/main.ts).
    el('h2', {
      text: course ? course.title(lang) : mt('practise', lang),
      attrs: { id: 'practice-title', elementtiming: MENU_SHOWN },
    }),
    el('p', { className: 'area-help', text: course ? course.asks(lang) : mt('practiseHelp', lang) }),
    course ? el('p', { className: 'course-standing', text: course.standing(lang), data: { role: 'course-standing' } }) : null,
    playable.length === 0
      ? el('p', { className: 'notice', text: t('noScenario', lang) })
      : el(
          'ol',
          { className: 'cards' },
          playable.map((entry, i) =>
            scenarioCard(entry, i + 1, stepOf(entry.scenario.id), marksOf(entry.scenario.id), handlers, importer, lang),
          ),
        ),
    // With the practice meetings, after them: a way back to the controls, not a meeting to score.
    el('p', { className: 'introduction-entry' }, [
      button(t('playIntroduction', lang), handlers.introduction, { data: { action: 'introduction' } }),
    ]),
  ]);
}

function menuHead(root: HTMLElement, settings: Settings, handlers: MenuHandlers, lang: Lang): HTMLElement {
  return el('header', { className: 'menu-head' }, [
    el('div', { className: 'masthead' }, [
      el('h1', { text: 'Rendez-vous' }),
      el('p', { className: 'tagline', text: t('tagline', lang) }),
    ]),
    el('div', { className: 'prefs' }, [
      languageSwitch(settings),
      soundSwitch(settings),
      button(st('open', lang), () => openSettingsDialog(settings, () => refocus(root, '[data-action="settings"]')), {
        data: { action: 'settings' },
      }),
      button(pt('open', lang), handlers.progress, { data: { action: 'progress' } }),
    ]),
  ]);
}

/** What the menu was opened to say (a screen that could not start…), and saved files it could not read. */
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
      ? el('p', { className: 'notice', text: plural(UI_COUNTS.unreadableSaved, catalog.unreadableSaved, lang) })
      : null,
  ];
}

/** The facilitator's and coach's tools: a meeting with the room, a trainee's replay, the results board. */
function workshop(catalog: Catalog, handlers: MenuHandlers, refused: RefusedReplay | null, lang: Lang): HTMLElement {
  return el('section', { className: 'workshop area', attrs: { 'aria-labelledby': 'workshop-title' } }, [
    el('h2', { text: mt('workshop', lang), attrs: { id: 'workshop-title' } }),
    el('p', { className: 'area-help', text: mt('workshopTools', lang) }),
    facilitation(catalog, handlers, lang),
    watchReplay(handlers, refused, lang),
    el('div', { className: 'board-link' }, [
      el('p', { text: mt('workshopHelp', lang) }),
      button(mt('board', lang), handlers.board, { data: { action: 'board' } }),
    ]),
  ]);
}

/** Writing one's own meetings: loading a file, and the files that could not be loaded, explained. */
function authoring(catalog: Catalog, importer: ImportView, lang: Lang): HTMLElement {
  const broken = catalog.entries.filter((e): e is Extract<CatalogEntry, { ok: false }> => !e.ok);
  return el('section', { className: 'authoring area', attrs: { 'aria-labelledby': 'authoring-title' } }, [
    el('h2', { text: mt('authoring', lang), attrs: { id: 'authoring-title' } }),
    el('p', { className: 'area-help', text: mt('authoringHelp', lang) }),
    broken.length > 0
      ? el(
          'ul',
          { className: 'cards broken-cards' },
          broken.map((entry) => brokenCard(entry, importer, lang)),
        )
      : null,
    importer.section(),
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
 * The title screen, in three areas: practice (every playable meeting as a card, easier first, with
 * the player's progress on it once read), the workshop tools, and writing scenarios (loading a
 * file, broken ones explained). The player's finished meetings are read once the menu is on the
 * screen (`finished`, which loads the saved progress): the cards are marked in place when they come.
 * In a course launched by a training platform (`course`), the menu is that course: its meetings,
 * marked from what the platform holds, and neither the workshop tools nor the loading of files,
 * which have no place there.
 */
export function mountMenu(
  root: HTMLElement,
  catalog: Catalog,
  settings: Settings,
  handlers: MenuHandlers,
  opening: MenuOpening,
  finished: () => Promise<readonly FinishedMeeting[]>,
  course: CourseMenu | null = null,
): { destroy(): void } {
  const importer = createImportView(root, catalog, settings);
  let progress: readonly FinishedMeeting[] | null = null;
  let destroyed = false;

  const draw = () => {
    const { lang } = settings.get();
    const section = el('section', { className: 'menu home', data: { role: 'menu' } }, [
      menuHead(root, settings, handlers, lang),
      ...notices(opening.notice, catalog, lang),
      practice(catalog, progress, handlers, importer, lang, course),
      course
        ? null
        : el('div', { className: 'areas' }, [
            workshop(catalog, handlers, opening.refusedReplay, lang),
            authoring(catalog, importer, lang),
          ]),
      el('p', { className: 'keys-help', text: t('keysHelp', lang) }),
    ]);
    const focused = focusedControl();
    root.replaceChildren(section);
    // Switching language redraws the menu; keep the focus on the switch the player just used.
    refocus(root, focused);
  };

  /** The progress marks, put on the cards already shown rather than redrawing the menu under the player. */
  const markCards = () => {
    const { lang } = settings.get();
    if (course) {
      for (const card of root.querySelectorAll<HTMLElement>('.card[data-scenario]')) {
        card.querySelector('[data-role="marks"]')?.replaceChildren(...course.marks(card.dataset.scenario ?? '', lang));
      }
      const standing = root.querySelector('[data-role="course-standing"]');
      if (standing) standing.textContent = course.standing(lang);
      return;
    }
    for (const step of learningPath(catalog.scenarios, progress ?? [])) {
      const card = root.querySelector<HTMLElement>(`.card[data-scenario="${CSS.escape(step.scenario.id)}"]`);
      if (!card) continue;
      card.dataset.status = step.status;
      card.querySelector('[data-role="marks"]')?.replaceChildren(...pathMarks(step, lang));
    }
  };

  const onKey = startByNumber(root);
  draw();
  // A refused replay code is back in its field, the reason beside it: the player corrects it there.
  if (opening.refusedReplay) root.querySelector<HTMLInputElement>('#watch-code')?.focus();
  finished().then(
    (attempts) => {
      if (destroyed) return;
      progress = attempts;
      markCards();
    },
    // Without the saved progress the cards stay unmarked; the progress screen says what went wrong.
    () => {},
  );
  const unsubscribe = settings.subscribe(draw);
  const unwatch = catalog.subscribe(draw);
  const unfollow = course?.subscribe(markCards);
  document.addEventListener('keydown', onKey);
  return {
    destroy() {
      destroyed = true;
      unsubscribe();
      unwatch();
      unfollow?.();
      importer.destroy();
      document.removeEventListener('keydown', onKey);
      root.replaceChildren();
    },
  };
}
