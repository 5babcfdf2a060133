/**
 * The menu of a course launched by a training platform: its meetings only, what the course asks
 * (all of them, or N of M), how many are finished, and each meeting's best or "not finished yet",
 * from what the platform holds with this session's meetings. Loaded only in a package built for a
 * platform; the menu (menu-view.ts) puts these parts in place of the practice area's.
 */
import type { Lang } from '../engine/index.ts';
import type { CourseState, CourseTracker } from '../lms/tracking.ts';
import { COURSE, COURSE_COUNTS } from './course-strings.ts';
import { el } from './dom.ts';
import { mt } from './menu-strings.ts';
import { plural } from './plural.ts';

export interface CourseMenu {
  /** The course's meetings, by scenario ID: the only ones the menu lists. */
  readonly meetings: readonly string[];
  readonly title: (lang: Lang) => string;
  /** What the course asks: all its meetings, or N of them. */
  asks(lang: Lang): string;
  /** Where the learner stands: how many are finished, or the course complete; empty until known. */
  standing(lang: Lang): string;
  /** A meeting's mark: finished with its best scores, or not yet. */
  marks(scenarioId: string, lang: Lang): HTMLElement[];
  /** Calls `changed` whenever the platform answers or a meeting is finished; returns how to stop. */
  subscribe(changed: () => void): () => void;
}

/** The course as the menu shows it, following the tracker once its code has loaded. */
export function courseMenu(tracker: CourseTracker): CourseMenu {
  let state: CourseState = tracker.course();
  const listeners = new Set<() => void>();
  tracker.onCourse((next) => {
    state = next;
    for (const listener of [...listeners]) listener();
  });
  const { rules } = state;
  const finishedCount = () => rules.meetings.filter((id) => state.progress.best[id]).length;
  return {
    meetings: rules.meetings,
    title: (lang) => COURSE.title[lang],
    asks(lang) {
      const total = rules.meetings.length;
      return rules.required === total
        ? plural(COURSE_COUNTS.allRequired, total, lang)
        : COURSE.someRequired[lang].replace('{required}', String(rules.required)).replace('{total}', String(total));
    },
    standing(lang) {
      const finished = finishedCount();
      if (finished >= rules.required) return COURSE.complete[lang];
      // Until the platform answers, "none finished" could be wrong: the count waits for it.
      return state.heard || finished > 0 ? plural(COURSE_COUNTS.finished, finished, lang, { required: rules.required }) : '';
    },
    marks(scenarioId, lang) {
      const best = state.progress.best[scenarioId];
      if (best) return [el('span', { className: 'done', text: mt('best', lang, best.skills) })];
      return state.heard ? [el('span', { className: 'todo', text: COURSE.toDo[lang] })] : [];
    },
    subscribe(changed) {
      listeners.add(changed);
      return () => listeners.delete(changed);
    },
  };
}
