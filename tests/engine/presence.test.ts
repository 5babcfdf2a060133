import { describe, expect, test } from 'vitest';
import { type Meeting, type MeetingView, type PlayerAction, startMeeting } from '../../src/engine/index.ts';
import { loadFixture } from './fixtures.ts';

/**
 * Who is in the room, where, and what the speaker does, as the view says it at each step:
 * tests/fixtures/presence-meeting.yaml brings Marc (cfo) in for one question and sends him out,
 * then moves to the corridor and the lift. The expected values are read from the file.
 */
const scenario = loadFixture('presence-meeting.yaml');

const C: PlayerAction = { kind: 'continue' };
const choose = (index: number): PlayerAction => ({ kind: 'choose', index });

/** What the scene would draw at this step. */
function staged(
  meeting: Meeting,
): Pick<MeetingView, 'nodeId' | 'phase' | 'present' | 'place' | 'gesture'> & { by: string | null } {
  const { nodeId, phase, present, place, gesture, speaker } = meeting.view('en');
  return { nodeId, phase, present, place, gesture, by: speaker?.id ?? null };
}

/** Every step of a session played with `actions`, the first one included. */
function steps(actions: PlayerAction[]) {
  const meeting = startMeeting(scenario, { seed: 1 });
  const seen = [staged(meeting)];
  for (const action of actions) {
    meeting.lineShown();
    expect(meeting.act(action)).toBe(true);
    seen.push(staged(meeting));
  }
  meeting.stop();
  return seen;
}

describe('who is in the room', () => {
  test('Marc comes in to speak, stays for his answer, and is gone once his node is over', () => {
    expect(steps([C, C, choose(0), C, C])).toEqual([
      { nodeId: 'hello', phase: 'line', present: ['cio'], place: 'office', gesture: 'smile', by: 'cio' },
      { nodeId: 'knock', phase: 'line', present: ['cio', 'cfo'], place: 'office', gesture: 'leans-in', by: 'cfo' },
      { nodeId: 'price', phase: 'decision', present: ['cio', 'cfo'], place: 'office', gesture: 'crossed-arms', by: 'cfo' },
      { nodeId: 'price', phase: 'reply', present: ['cio', 'cfo'], place: 'office', gesture: 'looks-at-watch', by: 'cfo' },
      { nodeId: 'walk-out', phase: 'line', present: ['cio'], place: 'corridor', gesture: 'smile', by: 'cio' },
      { nodeId: 'lift', phase: 'ended', present: ['cio'], place: 'lift', gesture: 'nods', by: 'cio' },
    ]);
  });

  test('a text said instead brings its own gesture, or keeps the one of the text it replaces', () => {
    const said = (actions: PlayerAction[]) => {
      const meeting = startMeeting(scenario, { seed: 1 });
      for (const action of actions) {
        meeting.lineShown();
        meeting.act(action);
      }
      const { text, gesture } = meeting.view('en');
      meeting.stop();
      return { text, gesture };
    };
    expect(said([C, C])).toEqual({ text: 'How much, then?', gesture: 'crossed-arms' });
    expect(said([C, C, choose(0), C])).toEqual({ text: "I'll see you out; this way.", gesture: 'smile' });
  });

  test('a reply without a gesture of its own shows none', () => {
    expect(steps([C, C, choose(1)]).at(-1)).toEqual({
      nodeId: 'price',
      phase: 'reply',
      present: ['cio', 'cfo'],
      place: 'office',
      gesture: null,
      by: 'cfo',
    });
  });

  test('the walkout, which can follow any node, begins with those present at the start', () => {
    // The price costs Marc all his patience while he is in the room: the walkout does not bring him along.
    expect(steps([C, C, choose(1), C]).at(-1)).toEqual({
      nodeId: 'walked-out',
      phase: 'ended',
      present: ['cio'],
      place: 'office',
      gesture: 'frown',
      by: 'cio',
    });
  });

  test('a file that says nothing of presence has everyone in the room, in its setting, all along', () => {
    // The round table as shipped in version 1, kept as a fixture: three prospects, a panel, no presence.
    const roundTable = loadFixture('replay/v1/round-table.yaml');
    const meeting = startMeeting(roundTable, { seed: 1 });
    const seen = new Set<string>();
    for (let step = 0; step < 200 && meeting.result() === null; step++) {
      const { present, place } = meeting.view('en');
      seen.add(`${present.join(' ')} in ${place}`);
      meeting.lineShown();
      const first = meeting.available()[0];
      if (!first || !meeting.act(first.action)) break;
    }
    expect(meeting.result()).not.toBeNull();
    expect([...seen]).toEqual(['isabelle marc sonia in panel']);
    meeting.stop();
  });
});
