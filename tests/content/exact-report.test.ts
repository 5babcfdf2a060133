/**
 * The author's report of every shipped meeting is exact: every variant walked in full (no sample),
 * and its best and worst paths replay on the real meeting to the ending and scores it gives; and
 * the give-away findings it raises are the known ones. Each meeting's report is made once (the
 * largest takes about 40 s) and read by both tests.
 */
import { describe, expect, test } from 'vitest';
import { shippedScenarios } from '../../src/cli/lessons-doc.ts';
import {
  type Finding,
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
    // mission-interview walks 400,000 states a variant: minutes on a loaded two-core runner.
    480_000,
  );
});

/**
 * The give-away and coherence findings of the report (issue 15, item 5) that the shipped meetings
 * still raise, over all their variants: a known list for the next issue, which rewrites the
 * meetings, to shrink. A finding that appears, or one that goes away without its line being
 * removed here, fails the test. Each is one kind and what it is about (the ending, the naive
 * habit, or the decision, option and name).
 */
const KNOWN_GIVE_AWAYS: Readonly<Record<string, readonly string[]>> = {
  'full-diary': ['advance-low-closing booked', 'longest-is-best'],
  'interview-end': [
    'advance-low-closing call-booked',
    'advance-low-closing second-interview',
    'best-names-move take-stock 1 take stock',
    'longest-is-best',
  ],
  'mission-interview': [
    'advance-low-closing handover-agreed',
    'advance-low-closing next-step-agreed',
    'longest-is-best',
    'lost-high-closing door-closed',
  ],
  'prospect-in-a-hurry': ['longest-is-best', 'lost-high-closing undercut'],
  'round-table': ['longest-is-best', 'naive-play-wins longest'],
};

function giveAway(f: Finding): string | null {
  switch (f.kind) {
    case 'longest-is-best':
      return f.kind;
    case 'best-names-move':
      return `${f.kind} ${f.node} ${f.option} ${f.name}`;
    case 'naive-play-wins':
      return `${f.kind} ${f.style}`;
    case 'advance-low-closing':
    case 'lost-high-closing':
      return `${f.kind} ${f.ending}`;
    case 'variants-alike':
      return f.kind;
    default:
      return null;
  }
}

describe.each(shippedScenarios().map((s) => [s.id, s] as const))('%s: give-aways', (id, scenario) => {
  test('raises exactly the known give-away and coherence findings', () => {
    const findings = reportOf(scenario).findings;
    const raised = [...new Set(findings.flatMap((f) => giveAway(f) ?? []))].sort();
    expect(raised).toEqual(KNOWN_GIVE_AWAYS[id] ?? []);
    if (id === 'interview-end') {
      // Checked by hand in dialogues/interview-end.yaml: at "take-stock" option 1 says "I take stock
      // in silence", the name of its move take-stock, and it is the best: +6 closing against −5 and
      // −2, the three lead to "last-word", and its flag "stocked" offers there the +6 (+9 knowing
      // the manager's need) option in place of a −2 one; the other options there (−3) stay.
      for (const variant of ['convinced', 'polite-no', 'undecided']) {
        expect(findings).toContainEqual({
          kind: 'best-names-move',
          variant,
          node: 'take-stock',
          option: 1,
          name: 'take stock',
        });
      }
    }
  }, 480_000);
});
