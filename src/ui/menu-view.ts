import type { Catalog, CatalogEntry } from '../content/catalog.ts';
import type { Lang } from '../engine/index.ts';
import { languageSwitch, soundSwitch } from './controls.ts';
import { button, el, focusedControl, refocus, spoken } from './dom.ts';
import { intentOf } from './keys.ts';
import type { Settings } from './settings.ts';
import { t, type UiWord } from './strings.ts';

export interface MenuHandlers {
  start(scenarioId: string): void;
}

const SHOWN_PROBLEMS = 8;

function brokenCard(entry: Extract<CatalogEntry, { ok: false }>, lang: Lang): HTMLElement {
  const problems = entry.problems
    .slice(0, SHOWN_PROBLEMS)
    .map((p) => el('li', { text: `${t('line', lang)} ${p.line}, ${t('column', lang)} ${p.column} — ${p.message}` }));
  if (entry.problems.length > SHOWN_PROBLEMS) problems.push(el('li', { text: `… +${entry.problems.length - SHOWN_PROBLEMS}` }));
  return el('li', { className: 'card broken', data: { file: entry.file } }, [
    el('h3', { text: entry.file }),
    el('p', { className: 'broken-title', text: t('brokenTitle', lang) }),
    el('ul', { className: 'problems' }, problems),
    el('p', { className: 'help' }, [document.createTextNode(`${t('brokenHelp', lang)} `), el('code', { text: entry.file })]),
  ]);
}

/** The title screen: every scenario of `dialogues/` as a card, broken ones explained, and the settings. */
export function mountMenu(
  root: HTMLElement,
  catalog: Catalog,
  settings: Settings,
  handlers: MenuHandlers,
  notice: UiWord | null,
): { destroy(): void } {
  const draw = () => {
    const { lang } = settings.get();
    let position = 0;
    const cards = catalog.entries.map((entry) => {
      if (!entry.ok) return brokenCard(entry, lang);
      const { scenario } = entry;
      const key = ++position;
      const title = scenario.title[lang];
      return el('li', { className: 'card', data: { scenario: scenario.id } }, [
        el('h3', { text: title }),
        el('p', { text: scenario.summary[lang] }),
        button('', () => handlers.start(scenario.id), { className: 'start', attrs: { 'aria-keyshortcuts': String(key) } }, [
          el('span', { text: t('play', lang) }),
          spoken(` — ${title}`),
          el('kbd', { text: String(key), attrs: { 'aria-hidden': 'true' } }),
        ]),
      ]);
    });
    const section = el('section', { className: 'menu', data: { role: 'menu' } }, [
      el('header', { className: 'menu-head' }, [
        el('h1', { text: 'Rendez-vous' }),
        el('p', { className: 'tagline', text: t('tagline', lang) }),
        el('div', { className: 'prefs' }, [languageSwitch(settings), soundSwitch(settings)]),
      ]),
      notice ? el('p', { className: 'notice', text: t(notice, lang), attrs: { role: 'alert' } }) : null,
      el('h2', { text: t('chooseScenario', lang) }),
      catalog.entries.length > 0
        ? el('ul', { className: 'cards' }, cards)
        : el('p', { className: 'notice', text: t('noScenario', lang) }),
      el('p', { className: 'keys-help', text: t('keysHelp', lang) }),
    ]);
    const focused = focusedControl();
    root.replaceChildren(section);
    // Switching language redraws the menu; keep the focus on the switch the player just used.
    refocus(root, focused);
  };

  const onKey = (event: KeyboardEvent) => {
    const intent = intentOf(event);
    if (intent?.kind !== 'pick') return;
    const start = root.querySelectorAll<HTMLButtonElement>('.card .start')[intent.position - 1];
    if (!start) return;
    event.preventDefault();
    start.click();
  };

  draw();
  const unsubscribe = settings.subscribe(draw);
  document.addEventListener('keydown', onKey);
  return {
    destroy() {
      unsubscribe();
      document.removeEventListener('keydown', onKey);
      root.replaceChildren();
    },
  };
}
