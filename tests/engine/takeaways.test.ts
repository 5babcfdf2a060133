/**
 * The debrief's three things to remember and the reason a score and an outcome disagree (issue 18):
 * worked by hand on a fixture of three decisions, checked on shipped meetings, and held on random
 * sessions of every shipped meeting to what the debrief scores.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { shippedScenarios } from '../../src/cli/lessons-doc.ts';
import {
  type MeetingResult,
  outcomeGap,
  PLAY_STYLES,
  playToEnd,
  preferMoves,
  type Scenario,
  takeaways,
} from '../../src/engine/index.ts';
import { seededRng } from '../../src/engine/meeting/rng.ts';
import { loadFixture } from './fixtures.ts';

/*
 * tests/fixtures/debrief-meeting.yaml, both skills from 50:
 *   open:  0 open question   listening +20 L13 │ 1 monologue         listening −10 L12
 *   story: 0 prompt to go on listening +20 L13 │ 1 interruption      listening −10 L11
 *   close: 0 stay in touch   → continuation    │ 1 Tuesday?  closing +10 L29 → advance (+15 L29)
 *          2 decide now      closing −20 L30 → lost (−15 L30) │ 3 a proposal? closing −5 L32 → continuation
 */
const fixture = loadFixture('debrief-meeting.yaml');

/** Plays the fixture with these options, in the file's order; any other step is the one on offer (continue). */
function play(scenario: Scenario, choices: readonly number[]): MeetingResult {
  let next = 0;
  return playToEnd(scenario, 1, (available) => {
    if (!available.some((a) => a.action.kind === 'choose')) {
      const only = available[0];
      if (!only) throw new Error('nothing on offer');
      return only.action;
    }
    const index = choices[next++];
    if (index === undefined) throw new Error('the meeting needs more choices than given');
    return { kind: 'choose', index };
  });
}

/** A moment as the tests name it: where, how many points, under which lesson. */
const named = (m: { nodeId: string; points: number; lesson: string } | null) => m && [m.nodeId, m.points, m.lesson];

describe('the three things to remember, worked by hand', () => {
  test.each([
    {
      play: 'open question, prompt, stay in touch: nothing lost, Tuesday never proposed',
      choices: [0, 0, 0],
      scores: { listening: 90, closing: 50 },
      costliest: null,
      // The two +20 tie: the earlier one.
      best: ['open', 20, 'L13'],
      practise: { lesson: 'L29', reason: 'not-met' },
    },
    {
      play: 'monologue, interruption, Tuesday: the own +10 before the ending’s +15',
      choices: [1, 1, 1],
      scores: { listening: 30, closing: 75 },
      costliest: ['open', -10, 'L12'],
      best: ['close', 10, 'L29'],
      // L12 and L11 both cost 10: the one lost first.
      practise: { lesson: 'L12', reason: 'lost-points', lost: 10 },
    },
    {
      play: 'open question, interruption, decide now: the ending’s −15 adds to the lesson, not to the moment',
      choices: [0, 1, 2],
      scores: { listening: 60, closing: 15 },
      costliest: ['close', -20, 'L30'],
      best: ['open', 20, 'L13'],
      practise: { lesson: 'L30', reason: 'lost-points', lost: 35 },
    },
  ])('$play', ({ choices, scores, costliest, best, practise }) => {
    const result = play(fixture, choices);
    expect(result.scores).toEqual(scores);
    const found = takeaways(fixture, result);
    expect(named(found.costliest)).toEqual(costliest);
    expect(named(found.best)).toEqual(best);
    expect(found.practise).toEqual(practise);
  });

  test('an ending’s moment is picked only when no moment of the player’s went that way', () => {
    // A session of one moment, at the ending: as if the player’s own choices had scored nothing.
    const result = play(fixture, [0, 0, 2]);
    const endingOnly = { ...result, moments: result.moments.filter((m) => m.nodeId === 'door') };
    expect(named(takeaways(fixture, endingOnly).costliest)).toEqual(['door', -15, 'L30']);
  });

  test('a meeting with nothing lost and every rewarded lesson met has nothing to practise', () => {
    // L13 and L29 are the only lessons the fixture rewards; this session earns both and loses nothing.
    const result = play(fixture, [0, 0, 1]);
    expect(result.moments.map((m) => [m.points, m.lesson])).toEqual([
      [20, 'L13'],
      [20, 'L13'],
      [10, 'L29'],
      [15, 'L29'],
    ]);
    expect(takeaways(fixture, result).practise).toBeNull();
  });
});

describe('when the scores and the outcome disagree', () => {
  test.each([
    {
      play: 'listening 90, nothing agreed, nothing scored at the close: no reason to give',
      choices: [0, 0, 0],
      gap: { kind: 'not-won-despite-scores', skills: ['listening'], reason: null },
    },
    {
      play: 'listening 90, a proposal instead of a date: the last closing loss says why',
      choices: [0, 0, 3],
      gap: { kind: 'not-won-despite-scores', skills: ['listening'], reason: ['close', -5, 'L32'] },
    },
    {
      play: 'listening 90, the door shut: the ending’s own moment, not the larger loss before it',
      choices: [0, 0, 2],
      gap: { kind: 'not-won-despite-scores', skills: ['listening'], reason: ['door', -15, 'L30'] },
    },
    {
      play: 'listening 30 and an advance: the ending’s own moment',
      choices: [1, 1, 1],
      gap: { kind: 'won-despite-scores', skills: ['listening'], reason: ['tuesday', 15, 'L29'] },
    },
    { play: 'listening 90, closing 75 and an advance: they agree', choices: [0, 0, 1], gap: null },
    { play: 'listening 60, closing 15 and lost: they agree', choices: [0, 1, 2], gap: null },
  ])('$play', ({ choices, gap }) => {
    const found = outcomeGap(play(fixture, choices));
    expect(found && { ...found, reason: named(found.reason) }).toEqual(gap);
  });
});

const shipped = new Map(shippedScenarios('neutral').map((s) => [s.id, s]));
function shippedMeeting(id: string): Scenario {
  const scenario = shipped.get(id);
  if (!scenario) throw new Error(`no shipped meeting ${id}`);
  return scenario;
}

describe('on shipped meetings', () => {
  test('mission-interview, a careful player: the eleven references cost most, the small next step earned most', () => {
    const scenario = shippedMeeting('mission-interview');
    const result = playToEnd(scenario, 0, preferMoves(PLAY_STYLES.attentive ?? []));
    expect([result.outcome, result.scores]).toEqual(['advance', { listening: 84, closing: 90 }]);
    const found = takeaways(scenario, result);
    expect(found.costliest?.said.en).toBe(
      'Let me take you through them one by one, in order: the bank in 2012, the insurer, the two manufacturers, the retail chain, and so on up to the hospital last year.',
    );
    expect(named(found.costliest)).toEqual(['references', -4, 'L20']);
    expect(named(found.best)).toEqual(['closing', 12, 'L30']);
    expect(found.practise).toEqual({ lesson: 'L20', reason: 'lost-points', lost: 4 });
    expect(outcomeGap(result)).toBeNull();
  });

  test('mission-interview, a hasty player: the first interruption, nothing earned, monologues to practise', () => {
    const scenario = shippedMeeting('mission-interview');
    const result = playToEnd(scenario, 7, preferMoves(['interrupt', 'oversell', 'monologue', 'deny-weakness', 'force-decision']));
    expect([result.outcome, result.scores]).toEqual(['lost', { listening: 11, closing: 0 }]);
    const found = takeaways(scenario, result);
    expect(named(found.costliest)).toEqual(['project-story', -12, 'L11']);
    expect(found.best).toBeNull();
    // −5 and −8 while she spoke, −15 when she cut the interview short.
    expect(found.practise).toEqual({ lesson: 'L12', reason: 'lost-points', lost: 28 });
  });

  test('prospect-in-a-hurry, a careful player who lost nothing: a lesson the meeting rewards and the player never met', () => {
    const scenario = shippedMeeting('prospect-in-a-hurry');
    const result = playToEnd(scenario, 0, preferMoves(PLAY_STYLES.attentive ?? []));
    expect([result.outcome, result.scores]).toEqual(['advance', { listening: 80, closing: 100 }]);
    const found = takeaways(scenario, result);
    expect(found.costliest).toBeNull();
    expect(named(found.best)).toEqual(['draft', 10, 'L23']);
    expect(found.practise).toEqual({ lesson: 'L06', reason: 'not-met' });
  });

  test('prospect-in-a-hurry, listening 83 and lost to an unseen competitor: the ending says why', () => {
    const scenario = shippedMeeting('prospect-in-a-hurry');
    const result = playToEnd(scenario, 3, preferMoves(PLAY_STYLES.attentive ?? []));
    expect([result.outcome, result.endingId, result.scores]).toEqual(['lost', 'undercut', { listening: 83, closing: 40 }]);
    const gap = outcomeGap(result);
    expect(gap?.kind).toBe('not-won-despite-scores');
    expect(gap?.reason?.why.en).toBe(
      'You never asked who he was comparing you with: the competitor closed the deal instead of you.',
    );
    // The player's own costliest moment, and the larger loss of the ending as the lesson to practise.
    expect(named(takeaways(scenario, result).costliest)).toEqual(['cut-short', -4, 'L08']);
    expect(takeaways(scenario, result).practise).toEqual({ lesson: 'L24', reason: 'lost-points', lost: 25 });
  });
});

describe.each([...shipped.values()].map((scenario) => ({ id: scenario.id, scenario })))(
  'random sessions of $id: what the debrief recommends never contradicts what it scores',
  ({ scenario }) => {
    test('the costliest moment cost points, the best earned them, the lesson to practise was lost or never met', () => {
      fc.assert(
        fc.property(fc.nat(), (seed) => {
          const rng = seededRng(seed * 7919 + 13);
          const result = playToEnd(scenario, seed, (available) => {
            const pick = available[Math.floor(rng() * available.length)];
            if (!pick) throw new Error('nothing on offer');
            return pick.action;
          });
          const { costliest, best, practise } = takeaways(scenario, result);
          const losses = result.moments.filter((m) => m.points < 0);
          const gains = result.moments.filter((m) => m.points > 0);
          expect(costliest === null).toBe(losses.length === 0);
          expect(best === null).toBe(gains.length === 0);
          if (costliest) expect(losses).toContain(costliest);
          if (best) expect(gains).toContain(best);
          // No moment of the same kind (the player's, or the ending's) moved the score further.
          const mine = (m: { nodeId: string }) => m.nodeId !== result.endingId;
          if (costliest && mine(costliest)) expect(Math.min(...losses.filter(mine).map((m) => m.points))).toBe(costliest.points);
          if (best && mine(best)) expect(Math.max(...gains.filter(mine).map((m) => m.points))).toBe(best.points);
          if (practise?.reason === 'lost-points') {
            const under = losses.filter((m) => m.lesson === practise.lesson);
            expect(under.reduce((sum, m) => sum - m.points, 0)).toBe(practise.lost);
          } else {
            expect(losses).toEqual([]);
            if (practise) expect(result.moments.map((m) => m.lesson)).not.toContain(practise.lesson);
          }
        }),
        { seed: 0x18, numRuns: 150 },
      );
    }, 60_000);
  },
);
