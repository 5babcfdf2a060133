/** Gives the page a turn (input, other tasks) between two long pieces of start-up work. */
export function yieldToPage(): Promise<void> {
  return new Promise((resume) => setTimeout(resume, 0));
}

/**
 * Resumes once the page has shown what is in it now. A frame's callbacks run before it is drawn,
 * and the one after waits for it to be on the screen: two frames, then a task.
 */
export function afterPaint(): Promise<void> {
  return new Promise((resume) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resume, 0))));
}

/**
 * Resumes once the element named `identifier` (its `elementtiming` attribute) has been shown, as
 * the browser's Element Timing reports it: drawing and showing a frame can take a while after the
 * page's own work is done. Where the API is missing, after the next frames; in a hidden tab, which
 * draws nothing, after `atMostMs`.
 */
export function whenShown(identifier: string, atMostMs: number): Promise<void> {
  return new Promise((resume) => {
    let observer: PerformanceObserver | null = null;
    const done = () => {
      observer?.disconnect();
      clearTimeout(timer);
      resume();
    };
    const timer = setTimeout(done, atMostMs);
    if (!PerformanceObserver.supportedEntryTypes?.includes('element')) {
      void afterPaint().then(done);
      return;
    }
    observer = new PerformanceObserver((list) => {
      if (list.getEntries().some((entry) => (entry as PerformanceEntry & { identifier?: string }).identifier === identifier))
        done();
    });
    observer.observe({ type: 'element', buffered: true });
  });
}
