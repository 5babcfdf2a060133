/**
 * What makes a meeting worth playing again and the people in it real (issue 16, items 1–2): the
 * choices lead to different places, every prospect in the room counts, and the sources' lessons
 * that were missing are staged. Rules on the shipped files as written.
 */
import { describe, expect, test } from 'vitest';
import { shippedScenarios } from '../../src/cli/lessons-doc.ts';
import type { Scenario } from '../../src/engine/index.ts';
import { focusOf } from '../../src/engine/scenario/nodes.ts';
import type { Condition } from '../../src/engine/scenario/schema.ts';

/** A decision branches when two of its options can lead to different nodes (next or a route). */
const BRANCHING_AT_LEAST = 0.25;

const readsMood = (when: Condition | undefined) =>
  when !== undefined && (when.trust !== undefined || when.interest !== undefined || when.patience !== undefined);

/** The prospects whose mood picks an option, a route or a score somewhere (texts aside: they change no result). */
function moodsThatCount(scenario: Scenario): Set<string> {
  const found = new Set<string>();
  for (const node of Object.values(scenario.nodes)) {
    const focus = focusOf(scenario, node);
    const acts =
      node.kind === 'decision'
        ? node.options
        : node.kind === 'listen'
          ? [node.interrupt, node.finish]
          : node.kind === 'line'
            ? [node]
            : [];
    for (const act of acts) {
      const routes = 'route' in act ? (act.route ?? []) : [];
      const scores = 'score' in act ? (act.score ?? []) : [];
      const when = 'when' in act ? (act.when as Condition | undefined) : undefined;
      if (readsMood(when) || routes.some((r) => readsMood(r.when)) || scores.some((r) => readsMood(r.when))) found.add(focus);
    }
  }
  return found;
}

describe.each(shippedScenarios().map((s) => [s.id, s] as const))('%s', (_id, scenario) => {
  test(`at least ${BRANCHING_AT_LEAST * 100} % of its decisions lead to different places depending on the choice`, () => {
    const decisions = Object.entries(scenario.nodes).flatMap(([id, node]) =>
      node.kind === 'decision' ? [[id, node] as const] : [],
    );
    const branching = decisions.filter(([, node]) => {
      const ways = new Set(node.options.map((o) => JSON.stringify([o.next, ...(o.route ?? []).map((r) => r.to)])));
      return ways.size > 1;
    });
    expect(branching.length / decisions.length).toBeGreaterThanOrEqual(BRANCHING_AT_LEAST);
  });

  test('every prospect’s mood counts: it picks an option, a route or a score somewhere, not only a walkout', () => {
    expect([...moodsThatCount(scenario)].sort()).toEqual(scenario.prospects.map((p) => p.id).sort());
  });
});

describe('001, the prospect in a hurry: let him drift, with the checklist in mind (L17)', () => {
  test('a story where letting Thomas wander is right and steering him back costs', () => {
    const scenario = shippedScenarios().find((s) => s.id === 'prospect-in-a-hurry');
    const drifts = Object.values(scenario?.nodes ?? {}).filter(
      (node) =>
        node.kind === 'listen' &&
        (node.finish.score ?? []).some((r) => r.lesson === 'L17' && r.points > 0) &&
        (node.interrupt.score ?? []).some((r) => r.lesson === 'L17' && r.points < 0),
    );
    expect(drifts.length).toBeGreaterThan(0);
  });
});
