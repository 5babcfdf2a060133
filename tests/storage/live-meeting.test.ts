import { expect, test } from 'vitest';
import { forgetMeeting, type KeptMeeting, keepMeeting, readKeptMeeting } from '../../src/storage/live-meeting.ts';
import type { KeyValueStore } from '../../src/storage/preferences.ts';

const store = (values: Record<string, string>): KeyValueStore => ({
  getItem: (key) => values[key] ?? null,
  setItem: (key, value) => {
    values[key] = value;
  },
});

const meeting: KeptMeeting = {
  room: 'K7MP2Q',
  scenarioId: 'mission-interview',
  seed: { seed: 3, seeding: 2 },
  actions: [{ kind: 'continue' }, { kind: 'choose', index: 1 }, { kind: 'note' }],
  votes: [
    {
      nodeId: 'prepare',
      counts: [8, 32],
      played: 1,
      shown: [0, 1],
      rounds: [
        [21, 19],
        [8, 32],
      ],
    },
  ],
};

test('a meeting kept is read back as it was, and is gone once forgotten', () => {
  const storage = store({});
  keepMeeting(storage, meeting);
  expect(readKeptMeeting(storage)).toEqual(meeting);
  forgetMeeting(storage);
  expect(readKeptMeeting(storage)).toBeNull();
});

test.each([
  ['no meeting', undefined],
  ['not JSON', '{'],
  ['an action the game has no name for', JSON.stringify({ ...meeting, actions: [{ kind: 'jump' }] })],
  ['a negative option', JSON.stringify({ ...meeting, actions: [{ kind: 'choose', index: -1 }] })],
  ['a seeding that does not exist', JSON.stringify({ ...meeting, seed: { seed: 3, seeding: 7 } })],
  ['votes that are not counts', JSON.stringify({ ...meeting, votes: [{ ...meeting.votes[0], counts: ['x'] }] })],
  ['a field of its own', JSON.stringify({ ...meeting, extra: true })],
])('%s is not a meeting to take back', (_, stored) => {
  expect(readKeptMeeting(store(stored === undefined ? {} : { 'rendez-vous:live-meeting': stored }))).toBeNull();
});
