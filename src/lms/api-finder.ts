/**
 * Finding a SCORM platform's run-time API the way both SCORM 1.2 and 2004 say: this window, then up
 * the chain of parent frames (platforms nest the course a few levels deep), then the window that
 * opened this one and its parents. Only the name of the window's property differs: `API` in 1.2,
 * `API_1484_11` in 2004.
 */
import type { LmsProblem } from './runtime.ts';

export type Found<Api> = { readonly api: Api } | { readonly problem: LmsProblem };

/** Enough for any platform's nesting, and a bound for a chain of frames that never ends. */
const MOST_FRAMES = 8;

/**
 * The API named `name` that `isApi` recognises. A window of another origin cannot be read: met on
 * the way, it is named in the problem, since the platform then serves the course from the wrong address.
 */
export function findApi<Api>(start: Window, name: string, isApi: (value: unknown) => value is Api): Found<Api> {
  let otherOrigin = false;
  const apiOf = (win: Window): Api | null => {
    try {
      const api = (win as unknown as Record<string, unknown>)[name];
      return isApi(api) ? api : null;
    } catch {
      otherOrigin = true;
      return null;
    }
  };
  const climb = (from: Window): Api | null => {
    let win = from;
    for (let depth = 0; depth < MOST_FRAMES; depth++) {
      const api = apiOf(win);
      if (api) return api;
      if (win.parent === win) return null;
      win = win.parent;
    }
    return null;
  };
  const api = climb(start) ?? (start.opener ? climb(start.opener as Window) : null);
  if (api) return { api };
  // The notice says all there is to say: there is no call or code of the platform's to quote.
  return { problem: { kind: otherOrigin ? 'other-origin' : 'no-platform', detail: '' } };
}

/** An object that has every one of these functions: what a run-time API is recognised by. */
export const hasFunctions =
  <Api>(names: readonly string[]) =>
  (value: unknown): value is Api =>
    typeof value === 'object' &&
    value !== null &&
    names.every((name) => typeof (value as Record<string, unknown>)[name] === 'function');

/** The words of whatever a platform's call threw: an Error of another realm is not an instance of this one's. */
export const thrownMessage = (error: unknown): string =>
  typeof error === 'object' && error !== null && 'message' in error ? String(error.message) : String(error);
