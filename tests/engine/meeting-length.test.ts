import { expect, test } from 'vitest';
import { meetingLength } from '../../src/engine/analysis/meeting-length.ts';
import { loadFixture } from './fixtures.ts';

test('a meeting’s length is the decisions on the attentive road of each variant: here one when rushed, two when relaxed', () => {
  // length-meeting, counted by hand: asking the time is a decision; only the relaxed variant then
  // reaches a second one.
  expect(meetingLength(loadFixture('length-meeting.yaml'))).toEqual({ fewestDecisions: 1, mostDecisions: 2 });
});

test('listening windows are not decisions: the small meeting’s one story and one decision count one', () => {
  expect(meetingLength(loadFixture('small-meeting.yaml'))).toEqual({ fewestDecisions: 1, mostDecisions: 1 });
});
