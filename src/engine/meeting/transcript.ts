import type { Lang } from '../scenario/lang.ts';
import type { Move } from '../scenario/moves.ts';
import type { Scenario } from '../scenario/schema.ts';
import { placeOf } from './meeting.ts';
import { type MeetingSeed, sameAction, startMeeting } from './session.ts';
import type { MeetingView, PlayerAction } from './view.types.ts';

/*
 * A session read back screen by screen: the meeting is played again from its seed and the player's
 * actions, so what each step said comes from the machine itself. The debrief's conversation figures
 * count its words; the meeting's history shows its lines.
 */

/** One step of a replayed session: the screen acted on, the action, and the screen it led to. */
export interface SessionStep {
  /** The screen the player acted on. */
  readonly before: MeetingView;
  readonly action: PlayerAction | null;
  readonly moves: readonly Move[];
  /** The screen the action led to (for the last step, the ending). */
  readonly after: MeetingView;
  /** The meeting entered the end of a listening window: the prospect was let finish. */
  readonly finished: boolean;
}

/** Replays a session, handing each step to `visit`; stops at the ending or when an action is refused. */
export function walkSession(
  scenario: Scenario,
  seed: MeetingSeed,
  actions: readonly PlayerAction[],
  lang: Lang,
  visit: (step: SessionStep) => void,
): void {
  const meeting = startMeeting(scenario, { seed });
  try {
    meeting.lineShown();
    let before = meeting.view(lang);
    visit({ before, action: null, moves: [], after: before, finished: false });
    for (const action of actions) {
      if (meeting.result()) return;
      const moves = before.actions.find((a) => sameAction(a.action, action))?.moves ?? [];
      if (!meeting.act(action)) return;
      meeting.lineShown();
      const after = meeting.view(lang);
      const finished = placeOf(meeting.actor.getSnapshot().value).kind === 'finish';
      visit({ before, action, moves, after, finished });
      before = after;
    }
  } finally {
    meeting.stop();
  }
}

/** Whether a step shows a new screen (a note taken during a story leaves the same part on screen). */
export function newScreen(step: SessionStep): boolean {
  if (step.action === null) return true;
  const { before, after } = step;
  return !(
    after.phase === before.phase &&
    after.nodeId === before.nodeId &&
    after.listening?.segment === before.listening?.segment &&
    after.text === before.text
  );
}

/** One line of a meeting's history: said by the player, by someone in the room, or the narration. */
export interface SaidLine {
  readonly by: 'player' | 'speaker' | 'narration';
  /** Who spoke; null for the player and the narration. */
  readonly speaker: { readonly id: string; readonly name: string } | null;
  readonly text: string;
}

/** What a screen says, the player's words first (the line after them answers them). */
function linesOf(view: MeetingView): SaidLine[] {
  const lines: SaidLine[] = [];
  if (view.playerSaid) lines.push({ by: 'player', speaker: null, text: view.playerSaid });
  if (view.text) {
    const speaker = view.speaker ? { id: view.speaker.id, name: view.speaker.name } : null;
    lines.push({ by: speaker ? 'speaker' : 'narration', speaker, text: view.text });
  }
  return lines;
}

/**
 * Everything said in a meeting so far, in order, in one language, the player's own words included
 * (aloud or to themselves). Replayed rather than recorded as it was shown, the history is whole
 * however the meeting started ("try again from here" plays its first actions at once) and reads in
 * the language chosen now.
 */
export function meetingTranscript(
  scenario: Scenario,
  seed: MeetingSeed,
  actions: readonly PlayerAction[],
  lang: Lang,
): SaidLine[] {
  const said: SaidLine[] = [];
  walkSession(scenario, seed, actions, lang, (step) => {
    if (newScreen(step)) said.push(...linesOf(step.after));
  });
  return said;
}
