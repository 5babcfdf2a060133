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
import { trackingPage } from './tracking-page.ts';

export function connectCourse(win: Window, rules: CourseRules, app: HTMLElement, settings: Settings): CourseTracker {
  const tracker = trackCourse(
    () => {
      const found = findScormApi(win);
      return 'api' in found ? { runtime: scorm12Runtime(found.api) } : found;
    },
    rules,
    trackingPage(win),
  );
  mountLmsBar(app, tracker, settings);
  return tracker;
}
