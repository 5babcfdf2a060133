/**
 * The introduction (dialogues/introduction/introduction.yaml) is content like the shipped meetings,
 * checked the same way, and a lesson that must be learnt step by step: its ending is reached only
 * through letting Maud finish, noting her problem and cutting in once to see what it does. Each of
 * those is shown by walking the meeting machine itself with that step forbidden.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { apply, initialState, keyOf, nodeIdOf, offers, type WalkState, walkFor } from '../../src/engine/analysis/state-graph.ts';
import {
  formatProblem,
  type PlayerAction,
  parseScenario,
  playToEnd,
  type Scenario,
  scenarioWarnings,
  startMeeting,
} from '../../src/engine/index.ts';
import { placeOf } from '../../src/engine/meeting/meeting.ts';
import { frenchSlips, textsIn } from '../french-typography.ts';

const FILE = 'dialogues/introduction/introduction.yaml';
const text = readFileSync(fileURLToPath(new URL(`../../${FILE}`, import.meta.url)), 'utf8');
const parsed = parseScenario(text, FILE);
const scenario = (): Scenario => {
  if (!parsed.ok) throw new Error(parsed.errors.map(formatProblem).join('\n'));
  return parsed.value;
};
const SEED = 7;

describe('the introduction as content', () => {
  test('is valid, with no warnings, and named after its file', () => {
    expect(parsed.ok ? [] : parsed.errors.map(formatProblem)).toEqual([]);
    expect(scenarioWarnings(text, FILE).map(formatProblem)).toEqual([]);
    expect(scenario().id).toBe('introduction');
  });

  test('its French is set by the rules of French typography, its English with typographic marks', () => {
    const french = textsIn('fr', scenario(), 'introduction');
    const english = textsIn('en', scenario(), 'introduction');
    expect(french.length).toBeGreaterThan(40);
    expect(french.flatMap(([at, t]) => frenchSlips(t).map((slip) => `${at}: ${slip} in “${t}”`))).toEqual([]);
    expect(english.filter(([, t]) => /['"]/.test(t)).map(([at, t]) => `${at}: “${t}”`)).toEqual([]);
  });
});

/** One action of the walk, with the states on either side: what a forbidden step is judged on. */
interface Move {
  readonly before: WalkState;
  readonly action: PlayerAction;
  readonly after: WalkState;
}

/** The endings the machine can reach from the start without ever making a move `forbidden` names. */
function endingsWithout(forbidden: (move: Move) => boolean): Set<string> {
  const walk = walkFor(scenario(), SEED);
  const first = initialState(walk);
  const seen = new Set([keyOf(walk, first)]);
  const queue = [first];
  const endings = new Set<string>();
  for (let state = queue.shift(); state; state = queue.shift()) {
    if (state.status === 'done') {
      endings.add(nodeIdOf(state));
      continue;
    }
    for (const offer of offers(walk, state)) {
      const after = apply(walk, state, offer.action).state;
      if (forbidden({ before: state, action: offer.action, after })) continue;
      const key = keyOf(walk, after);
      if (seen.has(key)) continue;
      seen.add(key);
      queue.push(after);
    }
  }
  return endings;
}

const into = (move: Move) => placeOf(move.after.value);

describe('the introduction reaches its end only through its steps', () => {
  test('with every move allowed, each of its three endings is reachable', () => {
    expect([...endingsWithout(() => false)].sort()).toEqual(['brochure', 'not-today', 'tuesday']);
  });

  test.each([
    ['letting Maud finish her first story', (m: Move) => into(m).kind === 'finish' && into(m).nodeId === 'story-one'],
    [
      'noting her problem (the second part of her second story)',
      (m: Move) => m.action.kind === 'note' && nodeIdOf(m.before) === 'story-two' && m.before.context.segment === 1,
    ],
    ['cutting in on her third story', (m: Move) => into(m).kind === 'interrupt' && into(m).nodeId === 'story-three'],
  ])('without %s, no ending can be reached', (_, forbidden) => {
    expect([...endingsWithout(forbidden)]).toEqual([]);
  });

  test('a note on a part that holds nothing does not count as the step: the story comes round again', () => {
    const meeting = startMeeting(scenario(), { seed: SEED });
    const play = (...actions: PlayerAction[]) => {
      for (const action of actions) {
        meeting.lineShown();
        expect(meeting.act(action), `${action.kind} at ${meeting.view('en').nodeId}`).toBe(true);
      }
    };
    const c: PlayerAction = { kind: 'continue' };
    // Coach, coach, the first story heard out (three parts), coach ×2: the second story starts.
    play(c, c, c, c, c, c, c, c);
    expect(meeting.view('en').nodeId).toBe('story-two');
    // A note on the first part (small talk), then the story heard out and its last words.
    play({ kind: 'note' }, c, c, c, c);
    expect(meeting.view('en').nodeId).toBe('missed-note');
    expect(meeting.view('en').notes).toEqual([]);
    play(c);
    expect(meeting.view('en')).toMatchObject({ nodeId: 'story-two', listening: { segment: 0 } });
    meeting.stop();
  });
});

describe('the interruption of the third step shows what it does', () => {
  /** The player who does each step as asked, by the shortest way, up to cutting in on the third story. */
  const asked: PlayerAction[] = [
    ...Array<PlayerAction>(8).fill({ kind: 'continue' }),
    { kind: 'continue' },
    { kind: 'note' },
    ...Array<PlayerAction>(5).fill({ kind: 'continue' }),
    { kind: 'interrupt' },
  ];

  test('her face cools and her mood turns doubtful, and the coach names the points it cost', () => {
    const meeting = startMeeting(scenario(), { seed: SEED });
    const maud = () => meeting.view('en').prospects.find((p) => p.id === 'maud');
    for (const action of asked.slice(0, -1)) {
      meeting.lineShown();
      expect(meeting.act(action), `${action.kind} at ${meeting.view('en').nodeId}`).toBe(true);
    }
    expect(meeting.view('en').nodeId).toBe('story-three');
    expect(maud()?.demeanor).not.toBe('doubtful');
    meeting.lineShown();
    meeting.act({ kind: 'interrupt' });
    expect(meeting.view('en').phase).toBe('reply');
    expect(maud()).toMatchObject({ demeanor: 'doubtful', reaction: 'cooler' });
    const cost = meeting.actor.getSnapshot().context.moments.at(-1);
    expect(cost).toMatchObject({ nodeId: 'story-three', skill: 'listening' });
    expect(cost?.points).toBeLessThan(0);
    meeting.act({ kind: 'continue' });
    const coach = meeting.view('en');
    expect(coach).toMatchObject({ nodeId: 'cut-seen', speaker: { id: 'theo', companion: true } });
    // The coach's words and the score agree: the number said is the points the moment cost.
    expect(coach.text).toContain(`${Math.abs(cost?.points ?? 0)} listening points`);
    expect(meeting.view('fr').text).toContain(`${Math.abs(cost?.points ?? 0)} points d’écoute`);
    meeting.stop();
  });

  test('played to the close, every scored moment is kept, the note offers the precise next step', () => {
    // The precise next step is the first option of the file, offered only with the note taken.
    const script: PlayerAction[] = [
      ...asked,
      ...Array<PlayerAction>(3).fill({ kind: 'continue' }),
      { kind: 'choose', index: 0 },
      { kind: 'continue' },
    ];
    let next = 0;
    const result = playToEnd(scenario(), SEED, () => {
      const scripted = script[next++];
      if (!scripted) throw new Error('the script ran out before the ending');
      return scripted;
    });
    expect(result.endingId).toBe('tuesday');
    expect(result.moments.map((m) => [m.nodeId, m.skill, m.points])).toEqual([
      ['story-one', 'listening', 10],
      ['story-two', 'listening', 10],
      ['story-two', 'listening', 5],
      ['story-three', 'listening', -15],
      ['closing', 'closing', 20],
    ]);
  });
});
