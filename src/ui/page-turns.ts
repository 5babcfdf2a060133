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
