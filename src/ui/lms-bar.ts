/**
 * The learning platform's bar, in a course launched by a platform: a notice the moment progress is
 * not being recorded (what to do, a retry, the platform's own words for whoever helps; it can be
 * folded to its retry, which a small screen needs), the confirmation once the session is finished,
 * and the learner's explicit "Finish and save".
 */
import type { Lang } from '../engine/index.ts';
import type { LmsProblem } from '../lms/runtime.ts';
import type { CourseTracker } from '../lms/tracking.ts';
import { button, el, focusedControl, refocus } from './dom.ts';
import { lw, WHAT_TO_DO } from './lms-strings.ts';
import type { Settings } from './settings.ts';

/** The failure in full: what happened, what to do, the platform's words, and a retry; or folded to the retry alone. */
function failureContent(problem: LmsProblem, lang: Lang, folded: boolean, actions: BarActions): Node[] {
  const retry = button(lw(folded ? 'retryFolded' : 'retry', lang), actions.retry, {
    className: 'primary',
    data: { action: 'lms-retry' },
  });
  if (folded) return [retry];
  const detail = problem.detail ? [el('p', { className: 'lms-detail', text: `${lw('details', lang)} ${problem.detail}` })] : [];
  return [
    el('p', { className: 'lms-headline', text: lw('notRecorded', lang) }),
    el('p', { text: WHAT_TO_DO[problem.kind][lang] }),
    ...detail,
    el('div', { className: 'lms-actions' }, [retry, button(lw('fold', lang), actions.fold, { data: { action: 'lms-fold' } })]),
  ];
}

interface BarActions {
  readonly retry: () => void;
  readonly fold: () => void;
}

/** Mounts the bar in `app`; it follows the tracker's status and the player's language. */
export function mountLmsBar(app: HTMLElement, tracker: CourseTracker, settings: Settings): void {
  // Both live regions stay in the page so that screen readers hear what is put in them: the
  // failure as an alert, the confirmation as a status.
  const alert = el('div', { className: 'lms-alert', attrs: { role: 'alert' }, data: { role: 'lms-alert' } });
  const status = el('div', { className: 'lms-status', attrs: { role: 'status' }, data: { role: 'lms-status' } });
  const finish = el('div', { className: 'lms-finish' });
  const bar = el('aside', { className: 'lms-bar', data: { role: 'lms-bar' } }, [alert, status, finish]);
  /** The problem the learner folded away: the same one stays folded, a new one opens again. */
  let folded: string | null = null;
  let drawn = '';
  const draw = () => {
    const lang = settings.get().lang;
    const state = tracker.status();
    const problem = state.state === 'failing' ? `${state.problem.kind} ${state.problem.detail}` : null;
    const isFolded = problem !== null && problem === folded;
    // Drawn again only when something shown changes: a live region redrawn is read out again.
    const key = JSON.stringify([lang, state.state, problem, isFolded]);
    if (key === drawn) return;
    drawn = key;
    const focused = bar.contains(document.activeElement) ? focusedControl() : null;
    bar.setAttribute('aria-label', lw('region', lang));
    bar.dataset.state = state.state;
    const actions: BarActions = {
      retry: () => tracker.retry(),
      fold: () => {
        folded = problem;
        draw();
        bar.querySelector<HTMLElement>('[data-action="lms-retry"]')?.focus();
      },
    };
    alert.replaceChildren(...(state.state === 'failing' ? failureContent(state.problem, lang, isFolded, actions) : []));
    status.replaceChildren(...(state.state === 'finished' ? [el('p', { text: lw('finished', lang) })] : []));
    finish.replaceChildren(
      ...(state.state === 'finished'
        ? []
        : [button(lw('finish', lang), () => tracker.finish(), { data: { action: 'lms-finish' } })]),
    );
    refocus(bar, focused);
  };
  tracker.onStatus(draw);
  settings.subscribe(draw);
  draw();
  app.append(bar);
}
