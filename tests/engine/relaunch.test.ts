import { describe, expect, test } from 'vitest';
import { type PlayerAction, reportScenario, startMeeting } from '../../src/engine/index.ts';
import { loadFixture } from './fixtures.ts';

/**
 * A story's relaunch question (L11), a note on small talk that costs something, and endings that
 * score the close: tests/fixtures/relaunch-meeting.yaml is the small meeting with the three added.
 */
const scenario = loadFixture('relaunch-meeting.yaml');

const C: PlayerAction = { kind: 'continue' };
const N: PlayerAction = { kind: 'note' };
const I: PlayerAction = { kind: 'interrupt' };

/** Plays from the story's first part: the meeting opens on a line before it. */
function play(actions: PlayerAction[]) {
  const meeting = startMeeting(scenario, { seed: 1 });
  const refused: PlayerAction[] = [];
  for (const action of [C, ...actions]) {
    meeting.lineShown();
    if (!meeting.act(action)) refused.push(action);
  }
  meeting.lineShown();
  return { meeting, refused };
}

describe('a relaunch question in a story', () => {
  test('on its part, key I puts the short question: they answer and the story goes on', () => {
    const { meeting, refused } = play([]);
    expect(meeting.view('en').listening?.interruptLabel).toBe('And then?');
    expect(meeting.act(I)).toBe(true);
    meeting.lineShown();
    const view = meeting.view('en');
    expect(refused).toEqual([]);
    expect(view.phase).toBe('listen');
    expect(view.listening?.segment).toBe(0);
    expect(view.playerSaid).toBe('And then?');
    expect(view.text).toBe('Then it all went wrong.');
    // Put once: cutting in again on this part is the interruption.
    expect(view.listening?.interruptLabel).toBe('I know that!');
    expect(meeting.act(C)).toBe(true);
    meeting.lineShown();
    expect(meeting.view('en').listening?.segment).toBe(1);
    expect(meeting.view('en').listening?.interruptLabel).toBe('I know that!');
  });

  test('earns its moment, and hearing the rest out still earns the finished story', () => {
    const { meeting } = play([I, C, C]);
    const why = meeting.actor.getSnapshot().context.moments.map((m) => [m.why.en, m.points]);
    expect(why).toEqual([
      ['Relaunched.', 4],
      ['Listened.', 15],
    ]);
  });

  test('on a part without one, key I still cuts the story short', () => {
    const { meeting } = play([C, I]);
    expect(meeting.view('en').phase).toBe('reply');
    expect(meeting.view('en').playerSaid).toBe('I know that!');
  });
});

describe('a note on small talk, where the story says what it costs', () => {
  test('costs its moment and the patience, and puts nothing on the pad', () => {
    const { meeting } = play([N]);
    const context = meeting.actor.getSnapshot().context;
    expect(context.moments.map((m) => [m.why.en, m.points])).toEqual([['Everything noted.', -2]]);
    expect(context.moods.cio?.patience).toBe(25);
    expect(meeting.view('en').notes).toEqual([]);
  });

  test('a note on a pain is scored as before, without the cost', () => {
    const { meeting } = play([C, N]);
    expect(meeting.view('en').listening?.segment).toBe(1);
    expect(meeting.actor.getSnapshot().context.moments.map((m) => m.why.en)).toEqual(['Noted.']);
    expect(meeting.view('en').notes).toEqual(['Budget overrun']);
  });
});

describe('scored endings', () => {
  test('the ending reached is a moment of the close, and the replay keeps only the player’s actions', () => {
    const { meeting } = play([C, C, C, { kind: 'choose', index: 1 }, C]);
    const result = meeting.result();
    expect(result?.endingId).toBe('won');
    expect(result?.moments.map((m) => [m.nodeId, m.skill, m.points])).toContainEqual(['won', 'closing', 10]);
    // 50 + 30 for the hidden need + 10 for the date (seed 1 draws politics: + 5).
    expect(result?.variant).toBe('politics');
    expect(result?.scores.closing).toBe(95);
    expect(result?.actions).toHaveLength(6);
  });

  test('the exact report counts the ending’s points in the best and worst closing', () => {
    const variant = reportScenario(scenario).variants.find((v) => v.variant === 'expertise');
    expect(variant?.skills?.closing.best.scores.closing).toBe(90);
    expect(variant?.skills?.closing.best.ending).toBe('won');
    // The worst: forcing the decision (−25), which ends at "later", an ending the file leaves unscored.
    expect(variant?.skills?.closing.worst.scores.closing).toBe(25);
    expect(variant?.skills?.closing.worst.ending).toBe('later');
  });
});
