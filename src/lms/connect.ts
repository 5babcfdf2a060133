/**
 * A course launched by a learning platform: the tracker, connected to the SCORM platform the page
 * finds (1.2 or 2004, as the package was built) and to the page's own moments (hidden, left), with
 * its bar on the screen, and the platform's language followed. Loaded by the page only in a
 * package built for a platform.
 */
import { mountLmsBar } from '../ui/lms-bar.ts';
import type { Settings } from '../ui/settings.ts';
import { type CourseLanguage, followCourseLanguage } from './course-language.ts';
import type { PackagedCourse, ScormStandard } from './packaged-course.ts';
import type { LmsProblem, LmsRuntime } from './runtime.ts';
import { findScormApi, scorm12Runtime } from './scorm12.ts';
import { findScorm2004Api, scorm2004Runtime } from './scorm2004.ts';
import { type CourseTracker, trackCourse } from './tracking.ts';

type Reached = { readonly runtime: LmsRuntime } | { readonly problem: LmsProblem };

/** Reaches the platform of the package's standard from `win`. */
function platformOf(win: Window, standard: ScormStandard): () => Reached {
  if (standard === 'scorm2004') {
    return () => {
      const found = findScorm2004Api(win);
      return 'api' in found ? { runtime: scorm2004Runtime(found.api) } : found;
    };
  }
  return () => {
    const found = findScormApi(win);
    return 'api' in found ? { runtime: scorm12Runtime(found.api) } : found;
  };
}

export function connectCourse(
  win: Window,
  course: PackagedCourse,
  app: HTMLElement,
  settings: Settings,
  language: CourseLanguage,
): CourseTracker {
  const followLanguage = followCourseLanguage(course.id, language);
  const tracker = trackCourse(platformOf(win, course.standard), course.rules, {
    now: () => Date.now(),
    every: (ms, run) => win.setInterval(run, ms),
    // Hidden is the last moment a page can count on (a closed tab or a phone's switched app may
    // never see `pagehide`), and a platform that saves synchronously still may then.
    onHidden: (run) =>
      win.document.addEventListener('visibilitychange', () => win.document.visibilityState === 'hidden' && run()),
    onLeave: (run) => win.addEventListener('pagehide', run),
  });
  // The platform answers when the tracker opens: at once, or on a retry after a failure.
  followLanguage(tracker.course().language);
  tracker.onCourse((state) => followLanguage(state.language));
  mountLmsBar(app, tracker, settings);
  return tracker;
}
