import type { Chart } from 'chart.js';
import { learningPath, type PathStep } from '../engine/debrief/path.ts';
import { type LessonCard, lessonDeck, mergeProgress, type Progress, suggestNext } from '../engine/debrief/progress.ts';
import { type Lang, LESSONS, type LessonId, lessonUses, type Scenario, type Skill } from '../engine/index.ts';
import { type ProgressNotice, type ProgressStore, progressText, readProgressText } from '../storage/progress-store.ts';
import { languageSwitch } from './controls.ts';
import { button, el, spoken } from './dom.ts';
import { downloadText } from './download.ts';
import { plural } from './plural.ts';
import { historyChart } from './progress-chart.ts';
import { CARD_STATUS, PROGRESS_COUNTS, PROGRESS_NOTICES, pt } from './progress-strings.ts';
import type { Settings } from './settings.ts';
import { SKILL_NAMES } from './strings.ts';

export interface ProgressHandlers {
  play(scenarioId: string): void;
  menu(): void;
}

/** Where a lesson is practised, from the scenarios' own scoring. */
function lessonPlaces(scenarios: readonly Scenario[], lesson: LessonId, lang: Lang): string[] {
  return [...new Set(scenarios.filter((s) => lessonUses(s).some((u) => u.lesson === lesson)).map((s) => s.title[lang]))];
}

/**
 * A moment where the lesson earns points, in a scenario's own words: a success, for a lesson the
 * player has shown; taken from a meeting where they showed it when that meeting has one.
 */
function paidOff(scenarios: readonly Scenario[], progress: Progress, lesson: LessonId, lang: Lang): string | null {
  const theirs = new Set(progress.attempts.filter((a) => a.shown.includes(lesson)).map((a) => a.scenarioId));
  const first = [...scenarios].sort((a, b) => Number(theirs.has(b.id)) - Number(theirs.has(a.id)));
  for (const scenario of first) {
    for (const node of Object.values(scenario.nodes)) {
      if (node.kind !== 'decision') continue;
      for (const option of node.options) {
        const rule = (option.score ?? []).find((s) => s.lesson === lesson && s.points > 0);
        if (rule) return pt('paidOff', lang, { title: scenario.title[lang], why: rule.why[lang] });
      }
    }
  }
  return null;
}

function progressHead(settings: Settings, lang: Lang): HTMLElement {
  return el('header', { className: 'menu-head' }, [
    el('h1', { text: pt('title', lang) }),
    el('p', { className: 'tagline', text: pt('intro', lang) }),
    el('div', { className: 'prefs' }, [languageSwitch(settings)]),
  ]);
}

/** What happened to the saved progress when it was read, and to the last file imported. */
function statusLines(notices: readonly ProgressNotice[], message: string | null, lang: Lang): (HTMLElement | null)[] {
  return [
    ...notices.map((n) => el('p', { className: 'notice', text: PROGRESS_NOTICES[n][lang], attrs: { role: 'status' } })),
    message ? el('p', { className: 'notice', text: message, attrs: { role: 'status' } }) : null,
  ];
}

/** The meeting suggested next, and the skill it is aimed at once there is one to work on. */
function nextMeeting(
  next: { readonly scenario: Scenario; readonly skill: Skill | null },
  lang: Lang,
  play: (scenarioId: string) => void,
): HTMLElement {
  return el('section', { className: 'next', data: { suggested: next.scenario.id } }, [
    el('h2', { text: pt('next', lang) }),
    el('p', {
      text: next.skill
        ? pt('nextFor', lang, { title: next.scenario.title[lang], skill: SKILL_NAMES[next.skill][lang].toLowerCase() })
        : pt('nextFirst', lang, { title: next.scenario.title[lang] }),
    }),
    button(pt('play', lang), () => play(next.scenario.id), { className: 'primary', data: { action: 'play-next' } }),
  ]);
}

/** Where a step stands: its best scores once finished, else whether it is the next to play. */
function stepStatus(step: PathStep, lang: Lang): string {
  if (step.best) return pt('best', lang, step.best);
  return step.status === 'next' ? pt('nextOnPath', lang) : pt('later', lang);
}

/** The path step by step, every meeting playable from here as from the menu. */
function pathList(path: readonly PathStep[], lang: Lang, play: (scenarioId: string) => void): HTMLElement {
  return el(
    'ol',
    { className: 'path' },
    path.map((step) =>
      el('li', { data: { scenario: step.scenario.id, status: step.status } }, [
        el('div', {}, [
          el('strong', { text: step.scenario.title[lang] }),
          el('span', { className: 'step-status', text: stepStatus(step, lang) }),
        ]),
        button('', () => play(step.scenario.id), { data: { action: 'play' } }, [
          el('span', { text: pt('play', lang) }),
          spoken(` — ${step.scenario.title[lang]}`),
        ]),
      ]),
    ),
  );
}

/** The chart's figures as a table, folded away: the same history for anyone who cannot see the chart. */
function historyTable(progress: Progress, lang: Lang, titleOf: (scenarioId: string) => string): HTMLElement {
  const dateOf = (iso: string) => new Date(iso).toLocaleDateString(lang === 'fr' ? 'fr-FR' : 'en-GB');
  return el('details', {}, [
    el('summary', { text: pt('historyTable', lang) }),
    el('table', { className: 'history' }, [
      el('thead', {}, [
        el(
          'tr',
          {},
          ['#', pt('date', lang), pt('meeting', lang), SKILL_NAMES.listening[lang], SKILL_NAMES.closing[lang]].map((h) =>
            el('th', { text: h, attrs: { scope: 'col' } }),
          ),
        ),
      ]),
      el(
        'tbody',
        {},
        progress.attempts.map((a, i) =>
          el('tr', {}, [
            el('th', { text: String(i + 1), attrs: { scope: 'row' } }),
            el('td', { text: dateOf(a.at) }),
            el('td', { text: titleOf(a.scenarioId) }),
            el('td', { className: 'number', text: String(a.scores.listening) }),
            el('td', { className: 'number', text: String(a.scores.closing) }),
          ]),
        ),
      ),
    ]),
  ]);
}

/**
 * One lesson of the deck: what it says, the player's record, a moment where it paid off (only once
 * the player has shown it: never a success they have not had), and where to practise it.
 */
function lessonCard(card: LessonCard, scenarios: readonly Scenario[], progress: Progress, lang: Lang): HTMLElement {
  const { title, description } = LESSONS[card.lesson];
  const places = lessonPlaces(scenarios, card.lesson, lang);
  const success = card.right > 0 ? paidOff(scenarios, progress, card.lesson, lang) : null;
  const record = pt('rightWrong', lang, {
    right: plural(PROGRESS_COUNTS.shown, card.right, lang),
    wrong: plural(PROGRESS_COUNTS.missed, card.wrong, lang),
  });
  return el('li', { className: 'lesson-card', data: { lesson: card.lesson, status: card.status } }, [
    el('strong', { text: `${card.lesson} · ${title[lang]}` }),
    el('p', { className: 'lesson-text', text: description[lang] }),
    el('p', { className: 'counts', text: record }),
    success ? el('p', { className: 'paid-off', text: success }) : null,
    places.length > 0 ? el('p', { className: 'where', text: pt('where', lang, { places: places.join(', ') }) }) : null,
  ]);
}

/** The deck grouped by status, what needs work first; a status with no card is left out. */
function deckGroups(progress: Progress, scenarios: readonly Scenario[], lang: Lang): HTMLElement[] {
  const deck = lessonDeck(progress);
  return (['needs-work', 'mastered', 'seen'] as const).flatMap((status) => {
    const cards = deck.filter((c) => c.status === status);
    if (cards.length === 0) return [];
    return [
      el('h3', { text: `${CARD_STATUS[status][lang]} (${cards.length})` }),
      el(
        'ul',
        { className: `deck ${status}` },
        cards.map((card) => lessonCard(card, scenarios, progress, lang)),
      ),
    ];
  });
}

/** What the progress screen's own buttons do; the screen itself only draws. */
interface ProgressActions {
  exportProgress(): void;
  importFile(file: File): void;
  menu(): void;
}

/** The whole progress leaves as a file and comes back from one (another device's, say). */
function progressFileActions(actions: ProgressActions, lang: Lang): HTMLElement {
  const fileInput = el('input', {
    className: 'file-input',
    attrs: { type: 'file', id: 'progress-file', accept: '.json,application/json' },
  });
  fileInput.addEventListener('change', () => {
    const file = fileInput.files?.[0];
    if (file) actions.importFile(file);
  });
  return el('div', { className: 'card-actions' }, [
    button(pt('export', lang), actions.exportProgress, { data: { action: 'export-progress' } }),
    fileInput,
    el('label', { className: 'file-label', text: pt('import', lang), attrs: { for: 'progress-file' } }),
    button(pt('back', lang), actions.menu, { data: { action: 'menu' } }),
  ]);
}

/**
 * The progress screen: what to practise next, the path, each skill over time as a chart (with the
 * figures as a table), the lesson deck, and export/import of the whole progress as a file.
 */
export function mountProgress(
  root: HTMLElement,
  scenarios: readonly Scenario[],
  store: ProgressStore,
  settings: Settings,
  handlers: ProgressHandlers,
): { destroy(): void } {
  let chart: Chart | null = null;
  let message: string | null = null;

  const importFile = async (file: File) => {
    const { lang } = settings.get();
    const text = file.size > 2 * 1024 * 1024 ? null : await file.text().catch(() => null);
    const reading = text === null ? null : readProgressText(text);
    if (!reading || reading.notice !== null) {
      message = pt('importFailed', lang, { file: file.name });
    } else {
      const { progress, added } = mergeProgress(store.read(), reading.progress);
      store.write(progress);
      message = plural(PROGRESS_COUNTS.imported, added, lang, { file: file.name });
    }
    draw();
  };

  const actions: ProgressActions = {
    exportProgress: () => downloadText(progressText(store.read()), 'rendez-vous-progress.json', 'application/json'),
    importFile: (file) => void importFile(file),
    menu: handlers.menu,
  };

  const draw = () => {
    const { lang } = settings.get();
    chart?.destroy();
    chart = null;
    const progress = store.read();
    const next = suggestNext(scenarios, progress);
    const titleOf = (id: string) => scenarios.find((s) => s.id === id)?.title[lang] ?? id;
    const canvas = el('canvas', { attrs: { role: 'img', 'aria-label': pt('historyChart', lang) } });

    root.replaceChildren(
      el('section', { className: 'menu progress', data: { role: 'progress' } }, [
        progressHead(settings, lang),
        ...statusLines(store.notices, message, lang),
        next ? nextMeeting(next, lang, handlers.play) : null,
        el('h2', { text: pt('path', lang) }),
        el('p', { text: pt('pathHelp', lang) }),
        pathList(learningPath(scenarios, progress.attempts), lang, handlers.play),
        el('h2', { text: pt('history', lang) }),
        ...(progress.attempts.length === 0
          ? [el('p', { className: 'notice', text: pt('none', lang) })]
          : [el('div', { className: 'board-chart' }, [canvas]), historyTable(progress, lang, titleOf)]),
        el('h2', { text: pt('deck', lang) }),
        el('p', { text: pt('deckHelp', lang) }),
        ...deckGroups(progress, scenarios, lang),
        progressFileActions(actions, lang),
      ]),
    );
    // The game's own Reduce motion setting (which follows the system's until the player sets it).
    if (progress.attempts.length > 0) chart = historyChart(canvas, progress, lang, titleOf, settings.get().reducedMotion);
  };

  draw();
  const unsubscribe = settings.subscribe(draw);
  return {
    destroy() {
      unsubscribe();
      chart?.destroy();
      root.replaceChildren();
    },
  };
}
