import {
  type AvailableAction,
  counted,
  isChoicePoint,
  type Lang,
  type MeetingResult,
  type MeetingView,
  type PlayerAction,
  playOut,
  preferMoves,
  type Scenario,
  type Setting,
  startMeetingAt,
} from '../engine/index.ts';
import { renderActions, renderResult, renderView } from './terminal.ts';
import type { Terminal } from './terminal-io.ts';

export interface PlayOptions {
  readonly lang: Lang;
  readonly seed: number;
  readonly json: boolean;
  /** Start at this node, after the shortest path to it (`--from`). */
  readonly from?: string | undefined;
  /** Moods and flags forced where play starts (`--set`). */
  readonly settings?: readonly Setting[];
}

const LETTERS: Record<string, PlayerAction['kind']> = { c: 'continue', n: 'note', i: 'interrupt' };

/** Reads one token of `--choices` (or one typed answer) against what is on offer. */
export function actionForToken(token: string, view: MeetingView): PlayerAction | string {
  const t = token.trim().toLowerCase();
  const kind = LETTERS[t];
  if (kind) {
    const found = view.actions.find((a) => a.action.kind === kind);
    return found ? found.action : `"${token}" is not possible at node "${view.nodeId}"; ${offer(view)}`;
  }
  const n = Number(t);
  const chosen = Number.isInteger(n) ? view.actions[n - 1] : undefined;
  if (chosen && chosen.action.kind === 'choose') return chosen.action;
  return `"${token}" is not an option at node "${view.nodeId}"; ${offer(view)}`;
}

function offer(view: MeetingView): string {
  const keys = view.actions.map((a, i) =>
    a.action.kind === 'choose' ? String(i + 1) : ({ continue: 'c', note: 'n', interrupt: 'i' } as const)[a.action.kind],
  );
  return `possible here: ${keys.join(', ')}`;
}

/**
 * A decision as the player met it: its options in the order shown (the order every screen, code
 * and tool follows: drawn from the seed and the decision), each by its index in the file, and the
 * one chosen, with the `--choices` token that picks it (its place in that order).
 */
export interface ShownDecision {
  readonly node: string;
  readonly shown: readonly { readonly option: number; readonly text: string }[];
  readonly chose: number;
  readonly token: string;
}

/** Notes the decision `action` answers, as `view` showed it (nothing for an action that is not a choice). */
function noteDecision(decisions: ShownDecision[], view: MeetingView, action: PlayerAction): void {
  if (action.kind !== 'choose') return;
  const place = view.actions.findIndex((a) => a.action.kind === 'choose' && a.action.index === action.index);
  decisions.push({
    node: view.nodeId,
    shown: view.actions.flatMap((a) => (a.action.kind === 'choose' ? [{ option: a.action.index, text: a.label }] : [])),
    chose: action.index,
    token: String(place + 1),
  });
}

export function resultJson(result: MeetingResult, lang: Lang, decisions: readonly ShownDecision[] = []) {
  return {
    scenario: result.scenarioId,
    version: result.scenarioVersion,
    seed: result.seed,
    lang,
    variant: result.variant,
    outcome: result.outcome,
    ending: result.endingId,
    scores: result.scores,
    moments: result.moments.map((m) => ({
      turn: m.turn,
      node: m.nodeId,
      skill: m.skill,
      points: m.points,
      lesson: m.lesson,
      moves: m.moves,
      said: m.said[lang],
      why: m.why[lang],
    })),
    actions: result.actions,
    decisions,
  };
}

/** Plays without asking: `--choices` tokens at each real choice, or a `--prefer` play style. */
export function playScripted(
  scenario: Scenario,
  options: PlayOptions,
  script: { choices?: string[] | undefined; prefer?: string[] | undefined },
): { ok: true; output: string } | { ok: false; error: string } {
  const tokens = [...(script.choices ?? [])];
  const prefer = script.prefer ? preferMoves(script.prefer) : null;
  const started = startAt(scenario, options);
  if (!started.ok) return started;
  const decisions: ShownDecision[] = [];
  try {
    const meeting = started.meeting;
    const pick = (available: readonly AvailableAction[]): PlayerAction => {
      if (prefer) return prefer(available);
      const view = meeting.view('en');
      if (!isChoicePoint(available)) return { kind: 'continue' };
      const token = tokens.shift();
      if (token === undefined) throw new Error(`--choices ran out at node "${view.nodeId}"; ${offer(view)}`);
      const action = actionForToken(token, view);
      if (typeof action === 'string') throw new Error(action);
      return action;
    };
    const result = playOut(meeting, (available) => {
      const action = pick(available);
      noteDecision(decisions, meeting.view(options.lang), action);
      return action;
    });
    if (tokens.length > 0) {
      return {
        ok: false,
        error: `the meeting ended with ${counted(tokens.length, 'choice', 'choices')} of --choices left unused`,
      };
    }
    const output = options.json
      ? JSON.stringify(resultJson(result, options.lang, decisions), null, 2)
      : renderResult(result, options.lang);
    return { ok: true, output };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  } finally {
    started.meeting.stop();
  }
}

function startAt(scenario: Scenario, options: PlayOptions) {
  return startMeetingAt(scenario, { seed: options.seed, from: options.from, settings: options.settings ?? [] });
}

/**
 * Plays in the terminal, asking at every real choice. Answers are read as a stream of lines, so
 * answers piped in ahead of the questions are kept, not lost.
 */
export async function playInteractive(scenario: Scenario, options: PlayOptions, io: Terminal): Promise<number> {
  const started = startAt(scenario, options);
  if (!started.ok) {
    io.err(started.error);
    return 1;
  }
  const answers = io.answers();
  const meeting = started.meeting;
  const decisions: ShownDecision[] = [];
  const fr = options.lang === 'fr';
  if (options.from !== undefined) {
    const skipped = started.path.length;
    io.out(
      fr
        ? `(départ au nœud «\u00a0${options.from}\u00a0», après ${counted(skipped, 'action', 'actions', 'fr')} du plus court chemin)`
        : `(starting at node "${options.from}", after ${skipped === 1 ? 'the 1 action' : `the ${skipped} actions`} of the shortest path)`,
    );
  }
  try {
    for (;;) {
      const result = meeting.result();
      if (result) {
        io.out(renderView(meeting.view(options.lang)));
        io.out(
          `\n${options.json ? JSON.stringify(resultJson(result, options.lang, decisions), null, 2) : renderResult(result, options.lang)}`,
        );
        return 0;
      }
      meeting.lineShown();
      const view = meeting.view(options.lang);
      io.out(`\n${renderView(view)}`);
      if (!isChoicePoint(view.actions)) {
        meeting.act({ kind: 'continue' });
        continue;
      }
      io.out(renderActions(view));
      for (;;) {
        io.write(fr ? 'Votre choix\u00a0: ' : 'Your choice: ');
        const next = await answers.next();
        if (next.done) {
          io.err(fr ? '\nPartie interrompue.' : '\nGame interrupted.');
          return 1;
        }
        // Enter alone lets the prospect go on, as in the game.
        const typed = String(next.value);
        const canContinue = view.actions.some((a) => a.action.kind === 'continue');
        const action = actionForToken(typed.trim() === '' && canContinue ? 'c' : typed, view);
        if (typeof action !== 'string' && meeting.act(action)) {
          noteDecision(decisions, view, action);
          break;
        }
        io.out(typeof action === 'string' ? action : offer(view));
      }
    }
  } finally {
    meeting.stop();
    await answers.return?.();
  }
}
