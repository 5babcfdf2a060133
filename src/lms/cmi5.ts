/**
 * The cmi5 adapter. cmi5 speaks HTTP to an LRS while the tracker's `LmsRuntime` is synchronous,
 * so the adapter is in two halves:
 * - `openCmi5` does the slow start before the tracker begins: the token, the launch data, the
 *   learner's preferences, what this registration already holds, then "initialized". Each step
 *   done is kept, so that a retry resumes at the step that failed (the token's address serves once).
 * - `cmi5Runtime` words each report as statements and takes it at once into a queue it sends in
 *   order, one request at a time; the tracker's calls always succeed, and how each send ended is
 *   told later through `watch`, which the tracker turns into the notice (a failure) or back into
 *   "recording" (all sent). Nothing is dropped: a failed request stays at the head of the queue
 *   until a retry sends it, under the same statement IDs, so an LRS that did store it keeps one copy.
 */
import type { Lang } from '../engine/index.ts';
import { type Cmi5Launch, type LaunchData, preferredLanguage, readLaunchData } from './cmi5-launch.ts';
import { type Fetch, fetchToken, type Lrs, LrsFailure, lrs } from './cmi5-lrs.ts';
import {
  answeredStatement,
  type Cmi5Session,
  type DefinedEvent,
  definedStatement,
  type Statement,
  verbId,
} from './cmi5-statements.ts';
import type { CourseStanding } from './course.ts';
import type { LmsProblem, LmsRuntime, PlatformRecord } from './runtime.ts';

/** The state document that keeps the learner's progress: the compact text SCORM keeps as suspend data. */
export const PROGRESS_STATE = 'https://rendez-vous.invalid/state/progress';

/** A session opened with the platform: what the runtime needs and what the platform holds. */
export interface Cmi5Opened {
  readonly session: Cmi5Session;
  readonly lrs: Lrs;
  readonly record: PlatformRecord;
  /** The learner's language from their cmi5 preferences, when the game speaks it (for the course's menu). */
  readonly language: Lang | null;
}

export type OpenOutcome =
  | { readonly ok: true; readonly opened: Cmi5Opened }
  | { readonly ok: false; readonly problem: LmsProblem };

const describe = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** A statement's score, when it carries a whole one from 0 to 100. */
function rawScore(statement: Statement | undefined): number | null {
  const raw = (statement?.result as { score?: { raw?: unknown } } | undefined)?.score?.raw;
  return typeof raw === 'number' && Number.isInteger(raw) && raw >= 0 && raw <= 100 ? raw : null;
}

/**
 * What this registration already holds, read from the LRS's own statements rather than from a copy
 * of the course's: cmi5 forbids a second "completed" or "passed" in a registration, and the LRS is
 * the one that knows what it took.
 */
async function heldStanding(store: Lrs): Promise<CourseStanding> {
  const [completed, passed, failed] = await Promise.all(
    (['completed', 'passed', 'failed'] as const).map((verb) => store.statementsWith(verbId(verb))),
  );
  const scores = [...(passed ?? []), ...(failed ?? [])].flatMap((statement) => rawScore(statement) ?? []);
  return {
    completion: completed?.length || passed?.length || failed?.length ? 'completed' : 'not attempted',
    success: passed?.length ? 'passed' : failed?.length ? 'failed' : null,
    score: scores.length > 0 ? Math.max(...scores) : null,
  };
}

/** Opens the session step by step; call the function it returns again to retry from the step that failed. */
export function openCmi5(launch: Cmi5Launch, fetchFn: Fetch, now: () => Date, newId: () => string): () => Promise<OpenOutcome> {
  let token: string | null = null;
  let data: LaunchData | null = null;
  let language: Lang | null | undefined;
  let progress: string | null = null;
  let held: CourseStanding | null = null;
  let initialized = false;
  return async () => {
    let step: LmsProblem['kind'] = 'refused';
    try {
      token ??= await fetchToken(launch.fetch, fetchFn);
      const store = lrs(launch, token, fetchFn);
      if (!data) {
        const read = readLaunchData(await store.getState('LMS.LaunchData'));
        if (typeof read === 'string') throw new LrsFailure(read);
        data = read;
      }
      language ??= preferredLanguage(await store.getAgentProfile('cmi5LearnerPreferences'));
      if (progress === null) {
        const kept = await store.getState(PROGRESS_STATE);
        progress = typeof kept === 'string' ? kept : '';
      }
      held ??= await heldStanding(store);
      const session: Cmi5Session = { launch, data };
      if (!initialized) {
        step = 'commit';
        await store.postStatements([definedStatement(session, newId(), now(), { verb: 'initialized' })]);
        initialized = true;
      }
      const mode = data.launchMode === 'Normal' ? 'normal' : data.launchMode === 'Browse' ? 'browse' : 'review';
      const record: PlatformRecord = {
        standing: held,
        objectives: new Map(),
        suspendData: progress,
        mode,
        // cmi5 has no attempt without credit, and a registration's state is its own: always resumed.
        credit: true,
        resumed: true,
        masteryScore: data.masteryScore === null ? null : Math.round(data.masteryScore * 10_000) / 100,
        // The course's menu follows it as it follows a SCORM platform's (src/lms/course-language.ts).
        language: language ?? '',
      };
      return { ok: true, opened: { session, lrs: store, record, language } };
    } catch (error) {
      return { ok: false, problem: { kind: step, detail: describe(error) } };
    }
  };
}

/**
 * A browser carries at most 64 KiB of `keepalive` requests at once: a batch stays well under it
 * (counted in characters, which French accents make up to twice as many bytes).
 */
const BATCH_CHARACTERS = 24_000;

/** How the runtime defers a send: a task later, so that a hide followed at once by leaving makes one request. */
export type Later = (run: () => void) => void;

/** The runtime of an opened session; `watch` tells how each send ended. */
export function cmi5Runtime(
  opened: Cmi5Opened,
  now: () => Date,
  newId: () => string,
  later: Later,
): LmsRuntime & { watch(listener: (problem: LmsProblem | null) => void): void } {
  const { session, lrs: store } = opened;
  /** Statements waiting, in order; the first batch is the one under way while `sending`. */
  const batches: Statement[][] = [];
  /** The latest progress to keep; only the latest matters, so it replaces any waiting one. */
  let progress: string | null = null;
  let sending = false;
  let terminated = false;
  let reported = opened.record.standing;
  /** The progress last queued (at first, what the platform holds). */
  let kept = opened.record.suspendData;
  const listeners: ((problem: LmsProblem | null) => void)[] = [];
  const tell = (problem: LmsProblem | null) => {
    for (const listener of listeners) listener(problem);
  };

  /** The characters in each waiting batch, kept under what a request sent as the page closes may carry. */
  const sizes = new WeakMap<Statement[], number>();
  const enqueue = (statements: readonly Statement[]) => {
    for (const statement of statements) {
      const size = JSON.stringify(statement).length;
      const open = batches.length > (sending ? 1 : 0) ? batches.at(-1) : undefined;
      const filled = open ? (sizes.get(open) ?? 0) : 0;
      if (open && filled + size <= BATCH_CHARACTERS) {
        open.push(statement);
        sizes.set(open, filled + size);
      } else {
        const batch = [statement];
        batches.push(batch);
        sizes.set(batch, size);
      }
    }
  };

  const defined = (event: DefinedEvent) => definedStatement(session, newId(), now(), event);

  /** Sends the head batch and the progress, until nothing waits or a request fails. */
  const drain = async () => {
    if (sending) return;
    sending = true;
    try {
      while (batches.length > 0 || progress !== null) {
        const batch = batches[0];
        const text = progress;
        const [statements, state] = await Promise.allSettled([
          batch ? store.postStatements(batch) : Promise.resolve(),
          text === null ? Promise.resolve() : store.putState(PROGRESS_STATE, text),
        ]);
        if (statements.status === 'fulfilled' && batch) batches.shift();
        if (state.status === 'fulfilled' && progress === text) progress = null;
        const failed = statements.status === 'rejected' ? statements : state.status === 'rejected' ? state : null;
        if (failed) {
          const finishing = terminated && batches.length <= 1;
          tell({ kind: finishing ? 'finish' : 'commit', detail: describe(failed.reason) });
          return;
        }
      }
      tell(null);
    } finally {
      sending = false;
    }
  };

  return {
    open: () => ({ ok: true, record: opened.record }),

    report(report) {
      // Nothing may follow "terminated" in a session.
      if (terminated) return null;
      const statements = report.decisions.map((decision) => answeredStatement(session, newId(), decision));
      const standing = report.standing;
      if (standing) {
        // Each said once in a registration and never lowered: the tracker raises the standing to
        // what the platform holds, and `reported` is what this adapter has said since.
        if (standing.completion === 'completed' && reported.completion !== 'completed') {
          statements.push(defined({ verb: 'completed', durationMs: report.sessionMs }));
        }
        const success = standing.success;
        if (success && standing.score !== null && success !== reported.success && reported.success !== 'passed') {
          const masteryScore = opened.record.masteryScore;
          statements.push(defined({ verb: success, score: standing.score, masteryScore, durationMs: report.sessionMs }));
        }
        reported = standing;
      }
      enqueue(statements);
      // The progress is written again only when it changed (the tracker reports every 30 s).
      if (report.suspendData !== null && report.suspendData !== kept) {
        progress = report.suspendData;
        kept = report.suspendData;
      }
      return null;
    },

    commit() {
      later(() => void drain());
      return null;
    },

    finish(sessionMs) {
      if (!terminated) {
        terminated = true;
        enqueue([defined({ verb: 'terminated', durationMs: sessionMs })]);
      }
      // At once, not a task later: the page may be closing, and a request begun now still goes.
      void drain();
      return null;
    },

    watch: (listener) => listeners.push(listener),
  };
}
