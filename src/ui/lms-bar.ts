/**
 * The learning platform's bar, in a course launched by a platform: a notice the moment progress is
 * not being recorded (what to do, a retry, the platform's own words for whoever helps), the
 * confirmation once the session is finished, and the learner's explicit "Finish and save".
 */
import type { Lang } from '../engine/index.ts';
import type { CourseTracker, TrackingStatus } from '../lms/tracking.ts';
import { button, el } from './dom.ts';
import { lw, WHAT_TO_DO } from './lms-strings.ts';
import type { Settings } from './settings.ts';

function statusContent(status: TrackingStatus, lang: Lang, retry: () => void): Node[] {
  switch (status.state) {
    case 'recording':
      return [];
    case 'finished':
      return [el('p', { text: lw('finished', lang) })];
    case 'failing':
      return [
        el('p', { className: 'lms-headline', text: lw('notRecorded', lang) }),
        el('p', { text: WHAT_TO_DO[status.problem.kind][lang] }),
        el('p', { className: 'lms-detail', text: `${lw('details', lang)} ${status.problem.detail}` }),
        button(lw('retry', lang), retry, { className: 'primary', data: { action: 'lms-retry' } }),
      ];
  }
}

/** Mounts the bar in `app`; it follows the tracker's status and the player's language. */
export function mountLmsBar(app: HTMLElement, tracker: CourseTracker, settings: Settings): void {
  // Both live regions stay in the page so that screen readers hear what is put in them: the
  // failure as an alert, the confirmation as a status.
  const alert = el('div', { className: 'lms-alert', attrs: { role: 'alert' }, data: { role: 'lms-alert' } });
  const status = el('div', { className: 'lms-status', attrs: { role: 'status' }, data: { role: 'lms-status' } });
  const finish = el('div', { className: 'lms-finish' });
  const bar = el('aside', { className: 'lms-bar', data: { role: 'lms-bar' } }, [alert, status, finish]);
  const draw = () => {
    const lang = settings.get().lang;
    const state = tracker.status();
    bar.setAttribute('aria-label', lw('region', lang));
    bar.dataset.state = state.state;
    alert.replaceChildren(...(state.state === 'failing' ? statusContent(state, lang, () => tracker.retry()) : []));
    status.replaceChildren(...(state.state === 'finished' ? statusContent(state, lang, () => tracker.retry()) : []));
    finish.replaceChildren(
      ...(state.state === 'finished'
        ? []
        : [button(lw('finish', lang), () => tracker.finish(), { data: { action: 'lms-finish' } })]),
    );
  };
  tracker.onStatus(draw);
  settings.subscribe(draw);
  draw();
  app.append(bar);
}
