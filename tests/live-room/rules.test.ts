import { describe, expect, test } from 'vitest';
import {
  type Ballot,
  countBallots,
  isRoomCode,
  NO_TALLY,
  nextTally,
  normaliseCode,
  parseBallot,
  parseStage,
  roomCodeFrom,
  type Stage,
} from '../../src/live-room/rules.ts';

const stage: Stage = {
  key: '3:budget',
  lang: 'en',
  options: [
    { letter: 'A', text: 'Ask what the budget covers' },
    { letter: 'B', text: 'Name your price' },
    { letter: 'C', text: 'Change the subject' },
  ],
  round: 1,
  locked: false,
  revealed: false,
  named: false,
};
const vote = (letter: string, extra: Partial<Ballot> = {}): Ballot => ({ key: '3:budget', round: 1, letter, ...extra });

describe('which ballots count', () => {
  test.each([
    ['a vote for a letter on stage', vote('B'), true],
    ['a vote for another decision', vote('B', { key: '5:close' }), false],
    ['a vote from the other round', vote('B', { round: 2 }), false],
    ['a vote for a letter not on stage', vote('D'), false],
  ])('%s', (_, ballot, counted) => {
    expect(countBallots(stage, [ballot]).voters).toBe(counted ? 1 : 0);
  });

  test('one ballot per phone, counted per letter; names only when the facilitator asked', () => {
    const ballots = [vote('A', { name: 'Zoé' }), vote('B', { name: 'Ali' }), vote('B')];
    expect(countBallots(stage, ballots)).toEqual({ counts: { A: 1, B: 2, C: 0 }, voters: 3, names: [] });
    expect(countBallots({ ...stage, named: true }, ballots).names).toEqual(['Ali (B)', 'Zoé (A)']);
  });
});

describe('the tally', () => {
  test('a locked round stops moving; the next round counts on its own; a new decision starts afresh', () => {
    const open = nextTally(NO_TALLY, stage, [vote('A'), vote('B')], 2);
    expect(open.rounds).toEqual([{ counts: { A: 1, B: 1, C: 0 }, voters: 2, names: [], locked: false }]);
    const locked = nextTally(open, { ...stage, locked: true }, [vote('A'), vote('A')], 2);
    expect(locked.rounds[0]?.counts).toEqual({ A: 2, B: 0, C: 0 });
    // A ballot changed after the lock changes nothing.
    const late = nextTally(locked, { ...stage, locked: true, revealed: true }, [vote('C'), vote('C')], 2);
    expect(late.rounds[0]?.counts).toEqual({ A: 2, B: 0, C: 0 });
    const again = nextTally(late, { ...stage, round: 2 }, [vote('C', { round: 2 }), vote('A')], 2);
    expect(again.rounds.map((r) => r.counts)).toEqual([
      { A: 2, B: 0, C: 0 },
      { A: 0, B: 0, C: 1 },
    ]);
    const next = nextTally(again, { ...stage, key: '7:close' }, [vote('C', { round: 2 })], 2);
    expect(next.rounds).toEqual([{ counts: { A: 0, B: 0, C: 0 }, voters: 0, names: [], locked: false }]);
    expect(nextTally(next, null, [], 1)).toEqual({ key: null, rounds: [], phones: 1 });
  });
});

describe('what is read from another device', () => {
  test.each([
    ['an extra field', { ...stage, extra: 1 }],
    ['a third round', { ...stage, round: 3 }],
    ['no options', { ...stage, options: [] }],
    ['a letter past L', { ...stage, options: [{ letter: 'M', text: 'x' }] }],
    ['a text of 401 characters', { ...stage, options: [{ letter: 'A', text: 'x'.repeat(401) }] }],
    ['not an object', 'stage'],
  ])('a stage with %s is refused', (_, value) => {
    expect(parseStage(value)).toBeNull();
  });

  test.each([
    ['an extra field', { ...vote('A'), counts: { A: 9 } }],
    ['two letters', vote('AB')],
    ['a name of 41 characters', vote('A', { name: 'x'.repeat(41) })],
    ['round 0', vote('A', { round: 0 })],
  ])('a ballot with %s is refused', (_, value) => {
    expect(parseBallot(value)).toBeNull();
  });

  test('a valid stage and ballot are read as they are', () => {
    expect(parseStage(stage)).toEqual(stage);
    expect(parseBallot(vote('C', { name: 'Ana' }))).toEqual(vote('C', { name: 'Ana' }));
  });
});

describe('room codes', () => {
  test('six characters of the unambiguous alphabet, every byte value mapping to one', () => {
    expect(roomCodeFrom(new Uint8Array([0, 31, 32, 63, 200, 255]))).toBe('A9A9J9');
    expect(isRoomCode('A9A9J9')).toBe(true);
    expect(isRoomCode('A0A9J9')).toBe(false); // no zero
    expect(isRoomCode('A9A9J')).toBe(false);
  });

  test('a code typed with spaces, dashes or small letters is read as shown', () => {
    expect(normaliseCode(' k7m-p2q ')).toBe('K7MP2Q');
  });
});
