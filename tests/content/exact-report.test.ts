/**
 * The author's report of every shipped meeting is exact: every variant walked in full (no sample),
 * and its best and worst paths replay on the real meeting to the ending and scores it gives; and
 * it finds nothing to fix. Each meeting's report is made once (the largest takes about 30 s) and
 * read by both tests.
 */
import { describe, expect, test } from 'vitest';
import { shippedScenarios } from '../../src/cli/lessons-doc.ts';
import { findingText } from '../../src/cli/report.ts';
import {
  isChoicePoint,
  type PathSummary,
  playToEnd,
  reportScenario,
  type Scenario,
  type ScenarioReport,
} from '../../src/engine/index.ts';

const reports = new Map<string, ScenarioReport>();
function reportOf(scenario: Scenario): ScenarioReport {
  const made = reports.get(scenario.id) ?? reportScenario(scenario);
  reports.set(scenario.id, made);
  return made;
}

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
      const report = reportOf(scenario);
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
    // The largest meetings walk about 200,000 states a variant: minutes on a loaded two-core runner.
    480_000,
  );
});

/**
 * What a trainer's standard asks of a shipped meeting (issue 16, "Done when"): the report raises
 * nothing — no give-away (the longest or first option wins, the best names its lesson), no
 * outcome the score contradicts, no variants that ask for the same play, no unreachable ending,
 * nothing suspicious. A finding is printed as the report's own text, so a failure says what to fix.
 */
describe.each(shippedScenarios().map((s) => [s.id, s] as const))('%s: the report', (_id, scenario) => {
  test('finds nothing: no give-away, coherence, unreachable or suspicious finding', () => {
    expect(reportOf(scenario).findings.map((f) => findingText(f, 'en'))).toEqual([]);
  }, 480_000);
});
