/**
 * A scored mistake always shows in the score (issue 15): a skill in which a moment cost points
 * never shows 100, however many points the rest of the meeting earned; a clean meeting can.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { shippedScenarios } from '../../src/cli/lessons-doc.ts';
import { scoreSkill } from '../../src/engine/debrief/scoring.ts';
import { playToEnd, reportScenario, type Scenario, SKILLS } from '../../src/engine/index.ts';
import { seededRng } from '../../src/engine/meeting/rng.ts';
import type { Moment } from '../../src/engine/meeting/view.types.ts';
import { loadFixture } from './fixtures.ts';

function moment(points: number): Moment {
  const text = { fr: 'x', en: 'x' };
  return { turn: 1, nodeId: 'n', skill: 'closing', points, lesson: 'L16', moves: [], said: text, why: text };
}

describe('the score of one skill', () => {
  test('a wrong pitch (−6) and the right one (+12) no longer both end at 100 when the rest earns plenty', () => {
    expect(scoreSkill('closing', 60, [moment(40), moment(12)]).score).toBe(100);
    expect(scoreSkill('closing', 60, [moment(50), moment(-6)]).score).toBe(99);
    expect(scoreSkill('closing', 60, [moment(40), moment(12), moment(-6)]).score).toBe(99);
  });

  test('below the top a mistake costs its points, and the score stays within 0–100', () => {
    expect(scoreSkill('closing', 60, [moment(20), moment(-6)]).score).toBe(74);
    expect(scoreSkill('closing', 10, [moment(-30)]).score).toBe(0);
  });

  test('moments of the other skill do not count', () => {
    expect(scoreSkill('listening', 60, [moment(40), moment(-6)]).score).toBe(60);
  });
});

const scenarios: readonly Scenario[] = [...shippedScenarios(), loadFixture('trainer-meeting.yaml')];

/** One seeded random session: each action on offer equally likely. */
function randomSession(scenario: Scenario, seed: number) {
  const rng = seededRng(seed * 7919 + 13);
  return playToEnd(scenario, seed, (available) => {
    const pick = available[Math.floor(rng() * available.length)];
    if (!pick) throw new Error(`nothing on offer in ${scenario.id}`);
    return pick.action;
  });
}

describe.each(scenarios.map((scenario) => ({ id: scenario.id, scenario })))('random sessions of $id', ({ scenario }) => {
  test('a skill with a scored mistake never shows 100', () => {
    fc.assert(
      fc.property(fc.nat(), (seed) => {
        const result = randomSession(scenario, seed);
        for (const skill of result.skills) {
          if (skill.moments.some((m) => m.points < 0)) expect(skill.score).toBeLessThan(100);
        }
      }),
      { seed: 0x5c0e, numRuns: 200 },
    );
  }, 60_000);
});

describe.each(
  ['full-diary', 'round-table']
    .flatMap((id) => scenarios.filter((s) => s.id === id))
    .map((scenario) => ({ id: scenario.id, scenario })),
)('the exact report of $id bounds every session', ({ scenario }) => {
  test('no random session scores above the reported best or below the reported worst of its variant', () => {
    const report = reportScenario(scenario);
    const variants = new Map(report.variants.map((v) => [v.variant, v]));
    for (let seed = 0; seed < 300; seed++) {
      const result = randomSession(scenario, seed);
      const found = variants.get(result.variant)?.skills;
      if (!found) throw new Error(`variant ${result.variant} missing from the report`);
      for (const skill of SKILLS) {
        expect(result.scores[skill]).toBeLessThanOrEqual(found[skill].best.scores[skill]);
        expect(result.scores[skill]).toBeGreaterThanOrEqual(found[skill].worst.scores[skill]);
      }
    }
    // A best that shows 100 is a path without a mistake in that skill.
    for (const v of report.variants) {
      for (const skill of SKILLS) {
        const best = v.skills?.[skill].best;
        if (best?.scores[skill] === 100) expect(best.erred).not.toContain(skill);
      }
    }
    // full-diary walks about 170,000 states a variant: a minute and more on a loaded two-core runner.
  }, 300_000);
});
