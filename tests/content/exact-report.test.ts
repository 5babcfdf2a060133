/**
 * The author's report of every shipped meeting is exact: every variant walked in full (no sample),
 * and its best and worst paths replay on the real meeting to the ending and scores it gives.
 */
import { describe, expect, test } from 'vitest';
import { shippedScenarios } from '../../src/cli/lessons-doc.ts';
import { isChoicePoint, type PathSummary, playToEnd, reportScenario, type Scenario } from '../../src/engine/index.ts';

/** Replays a reported path with its `--choices` tokens, the way the command line does. */
function replay(scenario: Scenario, seed: number, path: PathSummary) {
  const tokens = [...path.choices];
  const result = playToEnd(scenario, seed, (available) => {
    if (!isChoicePoint(available)) return { kind: 'continue' };
    const token = tokens.shift();
    const letter = { c: 'continue', n: 'note', i: 'interrupt' }[token ?? ''];
    const found = letter ? available.find((a) => a.action.kind === letter) : available[Number(token) - 1];
    if (!found) throw new Error(`token ${token} is not possible`);
    return found.action;
  });
  expect(tokens).toEqual([]);
  return result;
}

describe('the report of every shipped meeting is exact', () => {
  test.each(shippedScenarios().map((s) => [s.id, s] as const))(
    '%s: every variant walked in full, extremes replay exactly',
    (_id, scenario) => {
      const report = reportScenario(scenario);
      expect(report.variants).toHaveLength(scenario.variant?.options.length ?? 1);
      for (const v of report.variants) {
        expect(v.method.kind).toBe('exhaustive');
        for (const found of Object.values(v.skills ?? {})) {
          for (const path of [found.best, found.worst]) {
            const result = replay(scenario, v.seed, path);
            expect([result.endingId, result.scores]).toEqual([path.ending, path.scores]);
          }
        }
      }
    },
    180_000,
  );
});
