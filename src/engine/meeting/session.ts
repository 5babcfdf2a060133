import { type Actor, createActor, type Snapshot } from 'xstate';
import { scoreMeeting } from '../debrief/scoring.ts';
import type { Lang } from '../scenario/lang.ts';
import type { Scenario } from '../scenario/schema.ts';
import { buildMeetingMachine, type MeetingMachine } from './meeting.ts';
import type { Seeding } from './rng.ts';
import { availableActions, describeMeeting } from './view.ts';
import type { AvailableAction, MeetingResult, MeetingView, PlayerAction } from './view.types.ts';

/**
 * What a meeting is started from besides the scenario: a seed, with the rules its draws follow when
 * they are not today's (a session replayed from a code of format 1). A bare number follows today's.
 */
export type MeetingSeed = number | { readonly seed: number; readonly seeding: Seeding };

/** The seed and the rules of its draws, as the machine's input takes them. */
export function seedInput(seed: MeetingSeed): { readonly seed: number; readonly seeding?: Seeding } {
  return typeof seed === 'number' ? { seed } : seed;
}

export interface MeetingOptions {
  readonly seed: MeetingSeed;
  /** A machine with effects attached (`machine.provide`); defaults to the bare machine. */
  readonly machine?: MeetingMachine;
  /** Resumes from `actor.getPersistedSnapshot()` of a meeting of the same scenario. */
  readonly snapshot?: Snapshot<unknown>;
}

/** A running meeting: one actor plus the questions every presentation asks of it. */
export interface Meeting {
  readonly actor: Actor<MeetingMachine>;
  view(lang: Lang): MeetingView;
  /** What the player may do now (the view's actions, language aside). */
  available(): readonly AvailableAction[];
  /** The presentation has shown the current line in full (the typewriter finished or was skipped). */
  lineShown(): void;
  /** Sends a player action if it is allowed now; returns false (and changes nothing) otherwise. */
  act(action: PlayerAction): boolean;
  result(): MeetingResult | null;
  stop(): void;
}

export function sameAction(a: PlayerAction, b: PlayerAction): boolean {
  return a.kind === b.kind && (a.kind !== 'choose' || (b.kind === 'choose' && a.index === b.index));
}

/**
 * The bare machine of each scenario, built once: a machine is an immutable definition that any
 * number of actors can run, and building one is a third of the cost of playing a meeting headless.
 */
const bareMachines = new WeakMap<Scenario, MeetingMachine>();

export function meetingMachineOf(scenario: Scenario): MeetingMachine {
  const built = bareMachines.get(scenario) ?? buildMeetingMachine(scenario);
  bareMachines.set(scenario, built);
  return built;
}

export function startMeeting(scenario: Scenario, options: MeetingOptions): Meeting {
  const actor = createActor(options.machine ?? meetingMachineOf(scenario), {
    input: seedInput(options.seed),
    ...(options.snapshot ? { snapshot: options.snapshot } : {}),
  });
  actor.start();
  // A snapshot is immutable, so its view is described once however often the screen asks, and what
  // is on offer is worked out once however often it is checked (asking, then acting).
  let described: { snapshot: unknown; lang: Lang; view: MeetingView } | null = null;
  const describe = (lang: Lang): MeetingView => {
    const snapshot = actor.getSnapshot();
    if (described?.snapshot !== snapshot || described.lang !== lang) {
      described = { snapshot, lang, view: describeMeeting(snapshot, lang) };
    }
    return described.view;
  };
  let offered: { snapshot: unknown; actions: readonly AvailableAction[] } | null = null;
  const meeting: Meeting = {
    actor,
    view: describe,
    // Only what is on offer, not the whole view: played without a screen, nothing asks for the rest.
    available: () => {
      const snapshot = actor.getSnapshot();
      if (offered?.snapshot !== snapshot) offered = { snapshot, actions: availableActions(snapshot, described?.lang ?? 'en') };
      return offered.actions;
    },
    lineShown: () => actor.send({ type: 'line.finished' }),
    act(action) {
      if (!meeting.available().some((a) => sameAction(a.action, action))) return false;
      switch (action.kind) {
        case 'choose':
          actor.send({ type: 'player.choose', index: action.index });
          break;
        case 'continue':
          actor.send({ type: 'player.continue' });
          break;
        case 'note':
          actor.send({ type: 'player.note' });
          break;
        case 'interrupt':
          actor.send({ type: 'player.interrupt' });
          break;
      }
      return true;
    },
    result: () => scoreMeeting(actor.getSnapshot().context),
    stop: () => actor.stop(),
  };
  return meeting;
}

/**
 * Plays recorded actions on a meeting without a screen, every line shown at once before the next
 * action. `before` sees each action just before it is played. Returns the position of the first
 * action refused (or left over after the ending), or null when every one was played.
 */
export function replayActions(
  meeting: Meeting,
  actions: readonly PlayerAction[],
  before?: (action: PlayerAction, position: number) => void,
): number | null {
  for (const [position, action] of actions.entries()) {
    if (meeting.result()) return position;
    meeting.lineShown();
    before?.(action, position);
    if (!meeting.act(action)) return position;
  }
  return null;
}

/** Plays a started meeting to its end without a screen: every line shown at once, `choose` picking among the actions on offer. */
export function playOut(
  meeting: Meeting,
  choose: (available: readonly AvailableAction[]) => PlayerAction,
  maxSteps = 10_000,
): MeetingResult {
  for (let step = 0; step < maxSteps; step++) {
    const done = meeting.result();
    if (done) return done;
    meeting.lineShown();
    const action = choose(meeting.available());
    if (!meeting.act(action)) {
      throw new Error(`action ${JSON.stringify(action)} is not allowed at node "${meeting.view('en').nodeId}"`);
    }
  }
  throw new Error(`the meeting did not end within ${maxSteps} steps`);
}

/**
 * Plays a meeting from the start to its end without a screen (see `playOut`). Used by the command
 * line, tests and replays.
 */
export function playToEnd(
  scenario: Scenario,
  seed: MeetingSeed,
  choose: (available: readonly AvailableAction[]) => PlayerAction,
  maxSteps = 10_000,
): MeetingResult {
  const meeting = startMeeting(scenario, { seed });
  try {
    return playOut(meeting, choose, maxSteps);
  } finally {
    meeting.stop();
  }
}

/** The `--prefer` play style: the first action whose moves come earliest in the list, else the first action. */
export function preferMoves(preferences: readonly string[]) {
  return (available: readonly AvailableAction[]): PlayerAction => {
    for (const move of preferences) {
      const found = available.find((a) => (a.moves as readonly string[]).includes(move));
      if (found) return found.action;
    }
    const first = available[0];
    if (!first) throw new Error('no action is available');
    return first.action;
  };
}
