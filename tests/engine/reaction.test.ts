import { expect, test } from 'vitest';
import { type PlayerAction, startMeeting } from '../../src/engine/index.ts';
import { loadFixture } from './fixtures.ts';

const scenario = loadFixture('small-meeting.yaml');

/**
 * Plays the fixture to its listening window, on to the given part of the story, and does one thing
 * there; returns the prospect as the view shows it.
 */
function afterOneMove(action: PlayerAction, part = 0) {
  const meeting = startMeeting(scenario, { seed: 1 });
  try {
    for (let step = 0; step < 20 && meeting.view('en').phase !== 'listen'; step++) {
      meeting.lineShown();
      meeting.act({ kind: 'continue' });
    }
    for (let told = 0; told < part; told++) {
      meeting.lineShown();
      meeting.act({ kind: 'continue' });
    }
    const before = meeting.view('en').prospects[0];
    meeting.lineShown();
    expect(meeting.act(action)).toBe(true);
    return { before, after: meeting.view('en').prospects[0] };
  } finally {
    meeting.stop();
  }
}

test('nobody reacts before the player has done anything', () => {
  const { before } = afterOneMove({ kind: 'continue' });
  expect(before?.reaction).toBe('none');
});

// The fixture's prospect gains 5 trust from a note and loses 20 from an interruption (its reactions).
// Its story's second part holds a pain point (the budget); the first holds nothing worth noting.
test('a move that wins trust warms the face; one that loses it cools it', () => {
  const noted = afterOneMove({ kind: 'note' }, 1).after;
  expect(noted?.reaction).toBe('warmer');
  const cut = afterOneMove({ kind: 'interrupt' }).after;
  expect(cut?.reaction).toBe('cooler');
});

test('a note on a part with nothing worth writing down changes nothing in the prospect', () => {
  const { before, after } = afterOneMove({ kind: 'note' }, 0);
  expect(after?.reaction).toBe('none');
  expect(after?.mood).toEqual(before?.mood);
});
