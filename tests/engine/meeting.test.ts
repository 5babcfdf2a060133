import { describe, expect, test } from 'vitest';
import { initialTransition, transition } from 'xstate';
import { type PlayerAction, playToEnd, preferMoves, startMeeting } from '../../src/engine/index.ts';
import { buildMeetingMachine, type MeetingEvent } from '../../src/engine/meeting/meeting.ts';
import { loadFixture } from './fixtures.ts';

const scenario = loadFixture('small-meeting.yaml');

/** Finds a seed that draws the given variant, so tests do not depend on the generator's exact numbers. */
function seedFor(variant: string): number {
  for (let seed = 0; seed < 1000; seed++) {
    const meeting = startMeeting(scenario, { seed });
    const drawn = meeting.actor.getSnapshot().context.variant;
    meeting.stop();
    if (drawn === variant) return seed;
  }
  throw new Error(`no seed draws ${variant}`);
}

function play(seed: number, actions: PlayerAction[]) {
  const meeting = startMeeting(scenario, { seed });
  const refused: PlayerAction[] = [];
  for (const action of actions) {
    meeting.lineShown();
    if (!meeting.act(action)) refused.push(action);
  }
  return { meeting, refused };
}

const C: PlayerAction = { kind: 'continue' };
const N: PlayerAction = { kind: 'note' };
const I: PlayerAction = { kind: 'interrupt' };
const choose = (index: number): PlayerAction => ({ kind: 'choose', index });

describe('a meeting built from a scenario', () => {
  test('the seed draws the hidden variant, and the variant changes what is said', () => {
    const politics = startMeeting(scenario, { seed: seedFor('politics') });
    const expertise = startMeeting(scenario, { seed: seedFor('expertise') });
    expect(politics.view('en').text).toBe('You walk into a tense office.');
    expect(expertise.view('en').text).toBe('You walk in.');
    expect(expertise.view('fr').text).toBe('Vous entrez.');
  });

  test('letting the prospect finish reveals the hidden need and unlocks the option that uses it', () => {
    const { meeting, refused } = play(seedFor('expertise'), [C, C, C, C]);
    expect(refused).toEqual([]);
    expect(meeting.view('en').phase).toBe('decision');
    // Both options now, each by its index in the file (the screen shows them in an order drawn from the seed).
    const offered = meeting.view('en').actions.map((a) => [a.action.kind === 'choose' ? a.action.index : -1, a.label]);
    expect(offered.sort()).toEqual([
      [0, 'When will you decide?'],
      [1, 'I can be that ally; meet again Tuesday?'],
    ]);
    expect(meeting.actor.getSnapshot().context.flags).toContain('hidden-need');
  });

  test('interrupting closes the story early, costs listening, and hides the option that needed the story', () => {
    const { meeting } = play(seedFor('expertise'), [C, I]);
    expect(meeting.view('en')).toMatchObject({ phase: 'reply', playerSaid: 'I know that!', text: 'Oh. Right.' });
    meeting.act(C);
    expect(meeting.view('en').actions).toHaveLength(1);
    expect(meeting.act(choose(1))).toBe(false);
    meeting.act(choose(0));
    meeting.act(C);
    const result = meeting.result();
    expect(result?.outcome).toBe('continuation');
    expect(result?.scores).toEqual({ listening: 30, closing: 25 });
  });

  test('a note only captures a pain while that part of the story is being told', () => {
    const early = play(seedFor('expertise'), [C, N]).meeting;
    expect(early.view('en').notes).toEqual([]);
    const onTime = play(seedFor('expertise'), [C, C, N]).meeting;
    expect(onTime.view('fr').notes).toEqual(['Budget dépassé']);
    expect(onTime.actor.getSnapshot().context.flags).toContain('pain-budget');
    expect(onTime.act(N)).toBe(false);
  });

  test('continue in a listening window waits until the presentation reports the line finished', () => {
    const meeting = startMeeting(scenario, { seed: 1 });
    meeting.lineShown();
    meeting.act(C);
    expect(meeting.view('en').listening?.lineFinished).toBe(false);
    expect(meeting.act(C)).toBe(false);
    meeting.lineShown();
    expect(meeting.act(C)).toBe(true);
    expect(meeting.view('en').listening?.segment).toBe(1);
  });

  test('the prospect reacts to moves with its temperament, and its demeanor follows its mood', () => {
    const { meeting } = play(seedFor('expertise'), [C, C, N]);
    expect(meeting.view('en').prospects[0]?.mood.trust).toBe(55);
    meeting.act(I);
    const prospect = meeting.view('en').prospects[0];
    expect(prospect?.mood).toEqual({ trust: 35, interest: 50, patience: 20 });
    expect(prospect?.demeanor).toBe('impatient');
  });

  test('the mood decides the route: a proposal to a prospect who lost trust does not land', () => {
    const actions = [C, C, C, C, choose(1), C];
    const trusting = play(seedFor('expertise'), actions).meeting.result();
    expect(trusting?.endingId).toBe('won');
    const wary = { ...scenario, prospects: scenario.prospects.map((p) => ({ ...p, mood: { ...p.mood, trust: 30 } })) };
    const meeting = startMeeting(wary, { seed: seedFor('expertise') });
    for (const action of actions) {
      meeting.lineShown();
      meeting.act(action);
    }
    expect(meeting.result()?.endingId).toBe('later');
  });

  test('scores are the rubric base plus every moment, with each moment explained', () => {
    const result = play(seedFor('politics'), [C, C, N, C, C, C, choose(1), C]).meeting.result();
    expect(result?.moments.map((m) => [m.skill, m.points, m.lesson])).toEqual([
      ['listening', 10, 'L15'],
      ['listening', 15, 'L11'],
      ['closing', 30, 'L16'],
      ['closing', 5, 'L16'],
    ]);
    expect(result?.scores).toEqual({ listening: 75, closing: 85 });
    expect(result?.moments[2]?.said.en).toBe('I can be that ally; meet again Tuesday?');
    expect(result?.moments[0]?.turn).toBe(1);
  });

  test('the same scenario, seed and actions give the same session', () => {
    const style = preferMoves(['take-note', 'let-finish', 'propose-next-step']);
    const runs = [3, 3, 4].map((seed) => playToEnd(scenario, seed, style));
    expect(runs[0]).toEqual(runs[1]);
    const replayed = play(3, [...(runs[0]?.actions ?? [])]).meeting.result();
    expect(replayed).toEqual(runs[0]);
  });
});

describe('walkout', () => {
  test('a prospect whose patience runs out ends the meeting at the walkout ending', () => {
    const impatient = {
      ...scenario,
      prospects: scenario.prospects.map((p) => ({ ...p, mood: { ...p.mood, patience: 10 } })),
    };
    const result = playToEnd(impatient, 1, preferMoves(['interrupt']));
    expect(result.endingId).toBe('door');
    expect(result.outcome).toBe('lost');
  });
});

describe('play styles', () => {
  test.each([
    { style: ['interrupt', 'force-decision'], outcome: 'continuation' },
    { style: ['take-note', 'let-finish', 'propose-next-step'], outcome: 'advance' },
  ])('$style ends in $outcome', ({ style, outcome }) => {
    expect(playToEnd(scenario, 1, preferMoves(style)).outcome).toBe(outcome);
  });
});

describe('cues', () => {
  const impatient = { ...scenario, prospects: scenario.prospects.map((p) => ({ ...p, mood: { ...p.mood, patience: 10 } })) };

  /** Replays a style's meeting on a machine whose cue action records what it is given. */
  function cuesOf(meetingScenario: typeof scenario, style: readonly string[]) {
    const { actions } = playToEnd(meetingScenario, 1, preferMoves(style));
    const cues: string[] = [];
    const machine = buildMeetingMachine(meetingScenario).provide({ actions: { cue: (_, params) => cues.push(params.cue) } });
    const meeting = startMeeting(meetingScenario, { seed: 1, machine });
    for (const action of actions) {
      meeting.lineShown();
      meeting.act(action);
    }
    return cues;
  }

  // The fixture's endings: "won" is an advance, "later" a continuation, the walkout "door" a loss.
  test.each([
    { style: ['take-note', 'let-finish', 'propose-next-step'], patience: 'usual', cue: 'ending-advance' },
    { style: ['interrupt', 'force-decision'], patience: 'usual', cue: 'ending-continuation' },
    { style: ['interrupt'], patience: 'short', cue: 'ending-lost' },
  ])('an ending names its outcome: $style with $patience patience cues $cue, once', ({ style, patience, cue }) => {
    const cues = cuesOf(patience === 'short' ? impatient : scenario, style);
    expect(cues.filter((c) => c.startsWith('ending'))).toEqual([cue]);
    expect(cues.at(-1)).toBe(cue);
  });
});

describe('the machine is a pure function of its snapshot and an event', () => {
  const events: Record<PlayerAction['kind'], MeetingEvent> = {
    choose: { type: 'player.choose', index: 0 },
    continue: { type: 'player.continue' },
    note: { type: 'player.note' },
    interrupt: { type: 'player.interrupt' },
  };
  const toEvent = (action: PlayerAction): MeetingEvent =>
    action.kind === 'choose' ? { type: 'player.choose', index: action.index } : events[action.kind];

  test('stepped with transition() alone, an interrupting path moves the mood as the running meeting does, and leaves each earlier snapshot as it was', () => {
    const hasty = playToEnd(scenario, 1, preferMoves(['interrupt']));
    const machine = buildMeetingMachine(scenario);
    let [snapshot] = initialTransition(machine, { seed: 1 });
    const first = snapshot;
    for (const action of hasty.actions) {
      [snapshot] = transition(machine, snapshot, { type: 'line.finished' });
      [snapshot] = transition(machine, snapshot, toEvent(action));
    }
    expect(snapshot.status).toBe('done');
    // The fixture's prospect starts at trust 50, interest 50, patience 30 (small-meeting.yaml).
    expect(first.context.moods).toEqual({ [scenario.prospects[0]?.id ?? '']: { trust: 50, interest: 50, patience: 30 } });
    const played = play(1, [...hasty.actions]);
    expect(snapshot.context.moods).toEqual(played.meeting.actor.getSnapshot().context.moods);
    expect(snapshot.context.moods).not.toEqual(first.context.moods);
    expect(snapshot.context.endingId).toBe(hasty.endingId);
    played.meeting.stop();
  });
});
