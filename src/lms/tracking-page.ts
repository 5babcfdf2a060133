/**
 * The page's moments as the tracker follows them, whatever the platform's standard (the cmi5
 * course uses it; connect.ts words the same for SCORM and can use it once both branches are in).
 */
import type { TrackingPage } from './tracking.ts';

export function trackingPage(win: Window): TrackingPage {
  return {
    now: () => Date.now(),
    every: (ms, run) => win.setInterval(run, ms),
    // Hidden is the last moment a page can count on (a closed tab or a phone's switched app may
    // never see `pagehide`), and a platform that saves synchronously still may then.
    onHidden: (run) =>
      win.document.addEventListener('visibilitychange', () => win.document.visibilityState === 'hidden' && run()),
    onLeave: (run) => win.addEventListener('pagehide', run),
  };
}
