import { CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip } from 'chart.js';
import { learningPath, lessonDeck, mergeProgress, type Progress, skillHistory, suggestNext } from '../engine/debrief/progress.ts';
import { type Lang, LESSONS, type LessonId, lessonUses, type Scenario } from '../engine/index.ts';
import { type ProgressStore, progressText, readProgressText } from '../storage/progress-store.ts';
import { languageSwitch } from './controls.ts';
import { button, el } from './dom.ts';
import { downloadText } from './download.ts';
import { CARD_STATUS, PROGRESS_NOTICES, pt } from './progress-strings.ts';
import type { Settings } from './settings.ts';
import { SKILL_NAMES } from './strings.ts';

Chart.register(LineController, LineElement, PointElement, CategoryScale, LinearScale, Legend, Tooltip);

export interface ProgressHandlers {
  play(scenarioId: string): void;
  menu(): void;
}

/** Where a lesson is practised, and the reason a scenario gives for it, from the shipped files. */
function lessonPlaces(scenarios: readonly Scenario[], lesson: LessonId, lang: Lang): { places: string[]; why: string | null } {
  const places = [...new Set(scenarios.filter((s) => lessonUses(s).some((u) => u.lesson === lesson)).map((s) => s.title[lang]))];
  for (const scenario of scenarios) {
    for (const node of Object.values(scenario.nodes)) {
      if (node.kind !== 'decision') continue;
      for (const option of node.options) {
        const rule = (option.score ?? []).find((s) => s.lesson === lesson && s.points > 0);
        if (rule) return { places, why: rule.why[lang] };
      }
    }
  }
  return { places, why: null };
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

  const download = () => downloadText(progressText(store.read()), 'rendez-vous-progress.json', 'application/json');

  const importFile = async (file: File) => {
    const { lang } = settings.get();
    const text = file.size > 2 * 1024 * 1024 ? null : await file.text().catch(() => null);
    const reading = text === null ? null : readProgressText(text);
    if (!reading || reading.notice !== null) {
      message = pt('importFailed', lang, { file: file.name });
    } else {
      const { progress, added } = mergeProgress(store.read(), reading.progress);
      store.write(progress);
      message = pt('imported', lang, { count: added, file: file.name });
    }
    draw();
  };

  const historyChart = (canvas: HTMLCanvasElement, progress: Progress, lang: Lang, titleOf: (id: string) => string) => {
    const listening = skillHistory(progress, 'listening');
    const closing = skillHistory(progress, 'closing');
    const day = (iso: string) =>
      new Date(iso).toLocaleDateString(lang === 'fr' ? 'fr-FR' : 'en-GB', { day: 'numeric', month: 'short' });
    chart = new Chart(canvas, {
      type: 'line',
      data: {
        // The attempt's number, as in the table, over its day: progress is read over weeks.
        labels: listening.map((p, i) => [String(i + 1), day(p.at)]),
        datasets: [
          {
            label: SKILL_NAMES.listening[lang],
            data: listening.map((p) => p.score),
            borderColor: '#1f3a5f',
            backgroundColor: '#1f3a5f',
          },
          {
            label: SKILL_NAMES.closing[lang],
            data: closing.map((p) => p.score),
            borderColor: '#b9532f',
            backgroundColor: '#b9532f',
          },
        ],
      },
      options: {
        // The game's own Reduce motion setting (which follows the system's until the player sets it).
        animation: settings.get().reducedMotion ? false : { duration: 300 },
        responsive: true,
        maintainAspectRatio: false,
        scales: { y: { min: 0, max: 100 } },
        plugins: {
          legend: { position: 'bottom' },
          // The points of different meetings share one line: the tooltip says which meeting each is.
          tooltip: {
            callbacks: {
              title: ([item]) => {
                const point = item ? listening[item.dataIndex] : undefined;
                return item && point ? `${item.dataIndex + 1}. ${titleOf(point.scenarioId)} — ${day(point.at)}` : '';
              },
              // French puts a (narrow) space before a colon; Chart.js's default label does not.
              label: (item) => `${item.dataset.label ?? ''}${lang === 'fr' ? '\u202f:' : ':'} ${item.formattedValue}`,
            },
          },
        },
      },
    });
  };

  const draw = () => {
    const { lang } = settings.get();
    chart?.destroy();
    chart = null;
    const progress = store.read();
    const path = learningPath(scenarios, progress);
    const next = suggestNext(scenarios, progress);
    const deck = lessonDeck(progress);
    const titleOf = (id: string) => scenarios.find((s) => s.id === id)?.title[lang] ?? id;
    const fileInput = el('input', {
      className: 'file-input',
      attrs: { type: 'file', id: 'progress-file', accept: '.json,application/json' },
    });
    fileInput.addEventListener('change', () => {
      const file = fileInput.files?.[0];
      if (file) void importFile(file);
    });
    const canvas = el('canvas', { attrs: { role: 'img', 'aria-label': pt('historyChart', lang) } });
    const dateOf = (iso: string) => new Date(iso).toLocaleDateString(lang === 'fr' ? 'fr-FR' : 'en-GB');

    root.replaceChildren(
      el('section', { className: 'menu progress', data: { role: 'progress' } }, [
        el('header', { className: 'menu-head' }, [
          el('h1', { text: pt('title', lang) }),
          el('p', { className: 'tagline', text: pt('intro', lang) }),
          el('div', { className: 'prefs' }, [languageSwitch(settings)]),
        ]),
        ...store.notices.map((n) => el('p', { className: 'notice', text: PROGRESS_NOTICES[n][lang], attrs: { role: 'status' } })),
        message ? el('p', { className: 'notice', text: message, attrs: { role: 'status' } }) : null,
        next
          ? el('section', { className: 'next', data: { suggested: next.scenario.id } }, [
              el('h2', { text: pt('next', lang) }),
              el('p', {
                text: next.skill
                  ? pt('nextFor', lang, { title: next.scenario.title[lang], skill: SKILL_NAMES[next.skill][lang].toLowerCase() })
                  : pt('nextFirst', lang, { title: next.scenario.title[lang] }),
              }),
              button(pt('play', lang), () => handlers.play(next.scenario.id), {
                className: 'primary',
                data: { action: 'play-next' },
              }),
            ])
          : null,
        el('h2', { text: pt('path', lang) }),
        el('p', { text: pt('pathHelp', lang) }),
        el(
          'ol',
          { className: 'path' },
          path.map((step) =>
            el('li', { data: { scenario: step.scenario.id, unlocked: String(step.unlocked), finished: String(step.finished) } }, [
              el('strong', { text: step.scenario.title[lang] }),
              el('span', {
                text: ` — ${step.best ? pt('best', lang, step.best) : step.unlocked ? pt('toPlay', lang) : pt('locked', lang)}`,
              }),
              step.unlocked
                ? button(pt('play', lang), () => handlers.play(step.scenario.id), { data: { action: 'play' } })
                : null,
            ]),
          ),
        ),
        el('h2', { text: pt('history', lang) }),
        ...(progress.attempts.length === 0
          ? [el('p', { className: 'notice', text: pt('none', lang) })]
          : [
              el('div', { className: 'board-chart' }, [canvas]),
              el('details', {}, [
                el('summary', { text: pt('historyTable', lang) }),
                el('table', { className: 'history' }, [
                  el('thead', {}, [
                    el(
                      'tr',
                      {},
                      ['#', pt('date', lang), pt('meeting', lang), SKILL_NAMES.listening[lang], SKILL_NAMES.closing[lang]].map(
                        (h) => el('th', { text: h, attrs: { scope: 'col' } }),
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
              ]),
            ]),
        el('h2', { text: pt('deck', lang) }),
        el('p', { text: pt('deckHelp', lang) }),
        ...(['needs-work', 'mastered', 'seen'] as const).flatMap((status) => {
          const cards = deck.filter((c) => c.status === status);
          if (cards.length === 0) return [];
          return [
            el('h3', { text: `${CARD_STATUS[status][lang]} (${cards.length})` }),
            el(
              'ul',
              { className: `deck ${status}` },
              cards.map((card) => {
                const { places, why } = lessonPlaces(scenarios, card.lesson, lang);
                return el('li', { className: 'lesson-card', data: { lesson: card.lesson, status } }, [
                  el('strong', { text: `${card.lesson} · ${LESSONS[card.lesson].title[lang]}` }),
                  why ? el('p', { text: why }) : null,
                  el('p', { className: 'counts', text: pt('rightWrong', lang, { right: card.right, wrong: card.wrong }) }),
                  places.length > 0
                    ? el('p', { className: 'where', text: pt('where', lang, { places: places.join(', ') }) })
                    : null,
                ]);
              }),
            ),
          ];
        }),
        el('div', { className: 'card-actions' }, [
          button(pt('export', lang), download, { data: { action: 'export-progress' } }),
          fileInput,
          el('label', { className: 'file-label', text: pt('import', lang), attrs: { for: 'progress-file' } }),
          button(pt('back', lang), handlers.menu, { data: { action: 'menu' } }),
        ]),
      ]),
    );
    if (progress.attempts.length > 0) historyChart(canvas, progress, lang, titleOf);
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
