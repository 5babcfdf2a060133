import { describe, expect, test } from 'vitest';
import { bestScoredOption, isDivided, majorityOf, roomPath } from '../../src/engine/workshop/facilitation.ts';
import { loadFixture } from './fixtures.ts';

const scenario = loadFixture('small-meeting.yaml');

describe('votes', () => {
  test('the majority is the one option with the most hands; a shared lead or no vote has none', () => {
    expect(majorityOf([3, 5, 1])).toBe(1);
    expect(majorityOf([4, 4, 1])).toBeNull();
    expect(majorityOf([0, 0])).toBeNull();
  });

  test('a room is divided when no option has more than half the hands', () => {
    expect(isDivided([5, 5])).toBe(true);
    expect(isDivided([4, 3, 3])).toBe(true); // 4 of 10
    expect(isDivided([6, 4])).toBe(false);
    expect(isDivided([1, 0])).toBe(false); // one hand is not a debate
  });
});

describe('the best-scored option', () => {
  // small-meeting "close": forcing costs 25 closing; proposing Tuesday earns 30 (+5 in "politics").
  test('is the option whose score entries add up highest', () => {
    expect(bestScoredOption(scenario, 'close', 'expertise')).toBe(1);
    expect(bestScoredOption(scenario, 'close', null)).toBe(1);
  });

  test('is none where there is no decision', () => {
    expect(bestScoredOption(scenario, 'hello', null)).toBeNull();
    expect(bestScoredOption(scenario, 'nowhere', null)).toBeNull();
  });
});

test('the room’s path shows the played option, an override, a split room and the best option', () => {
  const path = roomPath(scenario, [{ nodeId: 'close', counts: [6, 2], played: 1, shown: [1, 0] }], 'politics');
  expect(path).toEqual([
    {
      nodeId: 'close',
      counts: [6, 2],
      played: 1,
      majority: 0,
      overridden: true,
      divided: false,
      best: 1,
      shown: [1, 0],
      rounds: [[6, 2]],
      changedMind: false,
    },
  ]);
});

test.each([
  [
    'the majority moved from A to B',
    [
      [5, 3],
      [2, 6],
    ],
    [2, 6],
    true,
  ],
  [
    'the majority held',
    [
      [5, 3],
      [7, 1],
    ],
    [7, 1],
    false,
  ],
  [
    'a shared lead became a majority',
    [
      [4, 4],
      [3, 5],
    ],
    [3, 5],
    true,
  ],
])('voting again (phones): %s', (_, rounds, counts, changedMind) => {
  const [decision] = roomPath(scenario, [{ nodeId: 'close', counts, played: 1, shown: [0, 1], rounds }], null);
  expect(decision?.rounds).toEqual(rounds);
  expect(decision?.changedMind).toBe(changedMind);
});
