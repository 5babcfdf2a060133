/**
 * A course launched by a cmi5 platform: narrows the page's connections to the LRS the launch names,
 * opens the session (token, launch data, preferences, "initialized"), then tracks the course with
 * its bar on the screen, as a SCORM package does. Loaded by the page only in a cmi5 package.
 */
import type { Lang } from '../engine/index.ts';
import { mountLmsBar } from '../ui/lms-bar.ts';
import type { Settings } from '../ui/settings.ts';
import { type Cmi5Opened, cmi5Runtime, openCmi5 } from './cmi5.ts';
import { connectPolicy, hasCmi5Launch, readCmi5Launch } from './cmi5-launch.ts';
import { type CourseLanguage, followCourseLanguage } from './course-language.ts';
import type { PackagedCourse } from './packaged-course.ts';
import type { LmsProblem, LmsRuntime } from './runtime.ts';
import { type CourseTracker, trackCourse } from './tracking.ts';
import { trackingPage } from './tracking-page.ts';

export interface Cmi5Course extends CourseTracker {
  /** The learner's language from the platform's preferences, when the game speaks it; null otherwise. */
  readonly language: Lang | null;
}

/**
 * A version 4 UUID for each statement. `crypto.randomUUID` exists only on secure pages, and a
 * platform may serve the course over plain http; `getRandomValues` exists everywhere.
 */
function uuid(win: Window): string {
  const bytes = win.crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * Writes the connection policy into the page. It only narrows what the page may do (a policy can
 * never be widened once set), so it goes in before the first request to the platform.
 */
function restrictConnections(doc: Document, policy: string): void {
  const meta = doc.createElement('meta');
  meta.httpEquiv = 'Content-Security-Policy';
  meta.content = policy;
  doc.head.append(meta);
}

/** Only a web address is followed back to the platform: launch data is not trusted with `javascript:`. */
function webAddress(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}

export async function connectCmi5Course(
  win: Window,
  course: PackagedCourse,
  app: HTMLElement,
  settings: Settings,
  language: CourseLanguage,
): Promise<Cmi5Course> {
  const followLanguage = followCourseLanguage(course.id, language);
  const read = readCmi5Launch(win.location.search, win.location.href);
  const now = () => new Date();
  const newId = () => uuid(win);
  let opened: Cmi5Opened | null = null;
  let runtime: LmsRuntime | null = null;
  // Opened outside a platform there is nothing to quote; a launch missing a parameter names it.
  let problem: LmsProblem = {
    kind: 'no-platform',
    detail: read.ok || !hasCmi5Launch(win.location.search) ? '' : `the launch address has no valid "${read.missing}"`,
  };
  let opening: Promise<boolean> | null = null;
  const open = read.ok ? openCmi5(read.launch, win.fetch.bind(win), now, newId) : null;
  const attempt = (): Promise<boolean> => {
    if (!open) return Promise.resolve(false);
    opening ??= open().then((outcome) => {
      opening = null;
      if (!outcome.ok) {
        problem = outcome.problem;
        return false;
      }
      opened = outcome.opened;
      runtime = cmi5Runtime(opened, now, newId, (run) => win.setTimeout(run, 0));
      return true;
    });
    return opening;
  };

  if (read.ok) restrictConnections(win.document, connectPolicy(read.launch));
  await attempt();
  const tracker = trackCourse(
    () => {
      if (runtime) return { runtime };
      // Not open yet: try again behind the scenes, and track once the platform answers.
      void attempt().then((ok) => ok && tracker.retry());
      return { problem };
    },
    course.rules,
    trackingPage(win),
  );
  // The platform answers when the tracker opens: at once, or on a retry after a failure.
  followLanguage(tracker.course().language);
  tracker.onCourse((state) => followLanguage(state.language));
  tracker.onStatus((status) => {
    const back = opened?.session.data.returnURL;
    // cmi5 sends the learner back to the platform once the session is over, if it asks to.
    if (status.state === 'finished' && back && webAddress(back)) win.location.assign(back);
  });
  mountLmsBar(app, tracker, settings);
  return {
    ...tracker,
    get language() {
      return (opened as Cmi5Opened | null)?.language ?? null;
    },
  };
}
