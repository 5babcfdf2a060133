/**
 * Calls to a SCORM platform's run-time, checked the same way in SCORM 1.2 and 2004: a `false` is
 * followed by the platform's last error, its words and (2004) its diagnostic; a call that throws is
 * caught; either becomes a problem the learner is told about. Only the functions' names differ.
 */
import { thrownMessage } from './api-finder.ts';
import type { LmsProblem } from './runtime.ts';

/** The platform's functions, whatever its standard names them. */
export interface PlatformFunctions {
  readonly getValue: (element: string) => string;
  readonly setValue: (element: string, value: string) => string;
  /** The name of the set function, as the notice quotes it (`LMSSetValue`, `SetValue`). */
  readonly setName: string;
  readonly lastError: () => string;
  readonly errorString: (code: string) => string;
  /** SCORM 2004's details on the last error, which platforms fill with what went wrong. */
  readonly diagnostic?: (code: string) => string;
}

export type Pair = readonly [element: string, value: string];

export interface PlatformCalls {
  /** Runs a call that answers `"true"`; anything else is the problem of `kind`, quoting `what`. */
  attempt(kind: LmsProblem['kind'], what: string, call: () => unknown): LmsProblem | null;
  /** Reading is forgiving: an element a platform leaves out reads as empty. */
  read(element: string): string;
  /** Sets each pair in turn, stopping at the first refused. */
  setAll(pairs: readonly Pair[]): LmsProblem | null;
}

export function platformCalls(api: PlatformFunctions): PlatformCalls {
  const failure = (kind: LmsProblem['kind'], what: string): LmsProblem => {
    try {
      const code = String(api.lastError());
      const diagnostic = api.diagnostic ? String(api.diagnostic(code)) : '';
      const words = String(api.errorString(code));
      // A diagnostic that only repeats the error's words adds nothing for whoever helps.
      const extra = diagnostic && diagnostic !== words ? ` (${diagnostic})` : '';
      return { kind, detail: `${what}: ${code} ${words}${extra}`.trim() };
    } catch {
      return { kind, detail: what };
    }
  };
  const attempt = (kind: LmsProblem['kind'], what: string, call: () => unknown): LmsProblem | null => {
    try {
      return String(call()) === 'true' ? null : failure(kind, what);
    } catch (error) {
      return { kind: 'threw', detail: `${what}: ${thrownMessage(error)}` };
    }
  };
  return {
    attempt,
    read(element) {
      try {
        const value = api.getValue(element);
        return typeof value === 'string' ? value : '';
      } catch {
        return '';
      }
    },
    setAll(pairs) {
      for (const [element, value] of pairs) {
        const problem = attempt('write', `${api.setName}("${element}")`, () => api.setValue(element, value));
        if (problem) return problem;
      }
      return null;
    },
  };
}
