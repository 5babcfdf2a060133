/**
 * A course launched by a learning platform: the tracker, connected to the SCORM 1.2 platform the
 * page finds and to the page's own moments (hidden, left), with its bar on the screen. Loaded by
 * the page only in a package built for a platform.
 */
import { mountLmsBar } from '../ui/lms-bar.ts';
import type { Settings } from '../ui/settings.ts';
import type { CourseRules } from './course.ts';
import { findScormApi, scorm12Runtime } from './scorm12.ts';
import { type CourseTracker, trackCourse } from './tracking.ts';

export function connectCourse(win: Window, rules: CourseRules, app: HTMLElement, settings: Settings): CourseTracker {
  const tracker = trackCourse(
    () => {
      const found = findScormApi(win);
      return 'api' in found ? { runtime: scorm12Runtime(found.api) } : found;
    },
    rules,
    {
      now: () => Date.now(),
      every: (ms, run) => win.setInterval(run, ms),
      // Hidden is the last moment a page can count on (a closed tab or a phone's switched app may
      // never see `pagehide`), and a platform that saves synchronously still may then.
      onHidden: (run) =>
        win.document.addEventListener('visibilitychange', () => win.document.visibilityState === 'hidden' && run()),
      onLeave: (run) => win.addEventListener('pagehide', run),
    },
  );
  mountLmsBar(app, tracker, settings);
  return tracker;
}
