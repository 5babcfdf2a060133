import type { Lang } from '../engine/index.ts';
import { bt } from './board-strings.ts';
import { button, el } from './dom.ts';

/** One screen of the room's results: what a projector shows at once, read from the back of the room. */
export type BoardPage = readonly (HTMLElement | null)[];

export interface PagedResults {
  readonly element: HTMLElement;
  /** The arrow and Page keys turn the screens, unless the keys are typed into a field. */
  readonly onKey: (event: KeyboardEvent) => void;
}

/**
 * The room's results as screens shown one at a time, with Previous and Next (and the arrow keys),
 * rather than one page as tall as a dozen screens that a room cannot follow. Printed, all of them
 * show (style.css). `at` is the screen shown first; `turned` learns each turn, so that a redraw (a
 * language switch) keeps the screen the room is looking at.
 */
export function pagedResults(pages: readonly BoardPage[], lang: Lang, at: number, turned: (page: number) => void): PagedResults {
  const screens = pages.map((parts, index) =>
    el(
      'section',
      {
        className: 'board-page',
        data: { page: String(index + 1) },
        attrs: { 'aria-label': bt('pageOf', lang, { page: index + 1, pages: pages.length }) },
      },
      parts,
    ),
  );
  const counter = el('p', { className: 'board-page-count', attrs: { 'aria-live': 'polite' } });
  const previous = button(bt('previousPage', lang), () => show(current - 1), { data: { action: 'previous-page' } });
  const next = button(bt('nextPage', lang), () => show(current + 1), { className: 'primary', data: { action: 'next-page' } });
  let current = 0;
  const show = (page: number) => {
    current = Math.min(Math.max(page, 0), screens.length - 1);
    screens.forEach((screen, index) => {
      screen.hidden = index !== current;
    });
    counter.textContent = bt('pageOf', lang, { page: current + 1, pages: screens.length });
    // A button that just became disabled would drop the focus to the page: it moves to the other one.
    const focused = document.activeElement;
    previous.disabled = current === 0;
    next.disabled = current === screens.length - 1;
    if (focused === next && next.disabled) previous.focus();
    if (focused === previous && previous.disabled) next.focus();
    turned(current);
  };
  show(at);
  const element = el('div', { className: 'board-pages', data: { role: 'board-pages' } }, [
    el('nav', { className: 'board-pager', attrs: { 'aria-label': bt('results', lang) } }, [previous, counter, next]),
    ...screens,
  ]);
  const onKey = (event: KeyboardEvent) => {
    const target = event.target;
    if (target instanceof HTMLElement && target.closest('input, textarea, select, [contenteditable="true"]')) return;
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === 'ArrowRight' || event.key === 'PageDown') show(current + 1);
    else if (event.key === 'ArrowLeft' || event.key === 'PageUp') show(current - 1);
    else return;
    event.preventDefault();
  };
  return { element, onKey };
}
