import { describe, expect, test } from 'vitest';
import { apply, initialState, nodeIdOf, offers, walkFor } from '../../src/engine/analysis/state-graph.ts';
import {
  isChoicePoint,
  mermaidLabel,
  type PathSummary,
  type PlayerAction,
  parseSetting,
  playToEnd,
  reportScenario,
  type Scenario,
  scenarioFlowchart,
  shortestPathTo,
  startMeetingAt,
} from '../../src/engine/index.ts';
import { loadFixture, shownOnScreen } from './fixtures.ts';

const twoDecisions = loadFixture('report/two-decisions.yaml');
const findings = loadFixture('report/findings.yaml');

/** Replays a reported path on the real meeting machine, the way `play --choices` does. */
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

describe('the report walks every path of a small scenario', () => {
  // The counts below are worked out by hand in the fixture's header comment.
  const report = reportScenario(twoDecisions, { listLimit: 100 });
  const only = report.variants[0];

  test('one variant, walked exhaustively: 40 paths, 20 to each ending', () => {
    expect(report.variants).toHaveLength(1);
    expect(only?.method.kind).toBe('exhaustive');
    expect(only?.paths).toBe(40);
    expect(only?.endings).toEqual([
      { ending: 'agreed', outcome: 'advance', paths: 20 },
      { ending: 'refused', outcome: 'lost', paths: 20 },
    ]);
    expect(report.decisionPoints).toEqual({ decisions: 2, listens: 1 });
  });

  test('best and worst of each skill, and how many paths exercise each lesson', () => {
    expect(only?.skills?.listening.best.scores.listening).toBe(80);
    expect(only?.skills?.listening.worst.scores.listening).toBe(10);
    expect(only?.skills?.closing.best.scores.closing).toBe(80);
    expect(only?.skills?.closing.worst.scores.closing).toBe(20);
    expect(only?.lessons).toEqual([
      { lesson: 'L11', paths: 40 },
      { lesson: 'L12', paths: 20 },
      { lesson: 'L13', paths: 20 },
      { lesson: 'L30', paths: 20 },
      { lesson: 'L32', paths: 20 },
    ]);
    expect(report.findings).toEqual([]);
  });

  test('every listed path is distinct and replays on the real machine to the same ending and scores', () => {
    const listed = only?.listed ?? [];
    expect(listed).toHaveLength(40);
    expect(new Set(listed.map((p) => p.choices.join(','))).size).toBe(40);
    for (const path of listed) {
      const result = replay(twoDecisions, only?.seed ?? 0, path);
      expect([result.endingId, result.scores]).toEqual([path.ending, path.scores]);
    }
  });

  test('no path is listed when there are more than the limit', () => {
    expect(reportScenario(twoDecisions, { listLimit: 39 }).variants[0]?.listed).toBeNull();
  });
});

describe('suspicious findings', () => {
  const report = reportScenario(findings);

  test('3 paths; a success only a bad path reaches, weak skills, twin options, an ending never reached, an advance with a poor close', () => {
    expect(report.variants[0]?.paths).toBe(3);
    expect(report.findings).toEqual(
      expect.arrayContaining([
        { kind: 'weak-success', variant: null, ending: 'lucky', skill: 'closing', best: 20 },
        { kind: 'best-too-low', variant: null, skill: 'listening', score: 60 },
        { kind: 'worst-too-high', variant: null, skill: 'listening', score: 50 },
        { kind: 'best-too-low', variant: null, skill: 'closing', score: 50 },
        { kind: 'same-options', node: 'ask', options: [1, 2] },
        { kind: 'unreached-ending', ending: 'never' },
        // The same path that makes "lucky" a weak success reaches an advance with closing 20 < 50.
        { kind: 'advance-low-closing', variant: null, ending: 'lucky', closing: 20 },
      ]),
    );
    expect(report.findings).toHaveLength(7);
  });
});

describe('when the states are too many, the report samples and says so', () => {
  test('a tiny state limit switches to seeded walks, repeatable, whose paths replay on the machine', () => {
    const sampled = reportScenario(twoDecisions, { stateLimit: 5, walks: 200 });
    const v = sampled.variants[0];
    expect(v?.method).toEqual({ kind: 'sampled', walks: 204, stateLimit: 5 });
    expect(v?.endings.reduce((sum, e) => sum + e.paths, 0)).toBe(204);
    expect(v?.paths).toBeLessThanOrEqual(40);
    expect(reportScenario(twoDecisions, { stateLimit: 5, walks: 200 })).toEqual(sampled);
    for (const found of Object.values(v?.skills ?? {})) {
      for (const path of [found.best, found.worst]) {
        const result = replay(twoDecisions, v?.seed ?? 0, path);
        expect(result.scores).toEqual(path.scores);
      }
    }
  });
});

describe('the small meeting fixture: the plain walk agrees with the machine on every path', () => {
  test('every path of both variants replays to the same ending and scores', () => {
    const scenario = loadFixture('small-meeting.yaml');
    const report = reportScenario(scenario, { listLimit: 1000 });
    for (const v of report.variants) {
      expect(v.listed?.length).toBe(v.paths);
      for (const path of v.listed ?? []) {
        const result = replay(scenario, v.seed, path);
        expect([result.endingId, result.scores]).toEqual([path.ending, path.scores]);
      }
    }
  });
});

describe('states merged on what the future reads lose no path', () => {
  /** Every path walked on the machine without merging any state: (ending, scores) of each. */
  function everyPathUnmerged(scenario: Scenario, seed: number): string[] {
    const walk = walkFor(scenario, seed);
    const out: string[] = [];
    const visit = (state: ReturnType<typeof initialState>, sums: { listening: number; closing: number }) => {
      const node = scenario.nodes[nodeIdOf(state)];
      if (node?.kind === 'ending') {
        const score = (skill: 'listening' | 'closing') => Math.max(0, Math.min(100, scenario.rubric[skill].base + sums[skill]));
        out.push(`${nodeIdOf(state)} ${score('listening')} ${score('closing')}`);
        return;
      }
      for (const offer of offers(walk, state)) {
        const { state: next, gained } = apply(walk, state, offer.action);
        visit(next, { listening: sums.listening + gained.points.listening, closing: sums.closing + gained.points.closing });
      }
    };
    visit(initialState(walk), { listening: 0, closing: 0 });
    return out.sort();
  }

  test.each(['small-meeting.yaml', 'trainer-meeting.yaml'])('%s: the same paths, endings and scores', (name) => {
    const scenario = loadFixture(name);
    const report = reportScenario(scenario, { listLimit: 10_000 });
    for (const v of report.variants) {
      const listed = (v.listed ?? []).map((p) => `${p.ending} ${p.scores.listening} ${p.scores.closing}`).sort();
      expect(listed).toEqual(everyPathUnmerged(scenario, v.seed));
    }
  });

  test('merging is what keeps the walk small: the trainer meeting has ten times fewer states than paths', () => {
    for (const v of reportScenario(loadFixture('trainer-meeting.yaml')).variants) {
      expect(v.method.kind === 'exhaustive' && v.method.states * 10 < v.paths).toBe(true);
    }
  });
});

describe('starting at a node, with the mood forced', () => {
  const C: PlayerAction = { kind: 'continue' };

  test('the shortest path to "second" interrupts the story: 5 actions, taking the option shown first', () => {
    const path = shortestPathTo(twoDecisions, 1, 'second') ?? [];
    expect(path).toEqual([C, { kind: 'interrupt' }, C, { kind: 'choose', index: expect.any(Number) }, C]);
    expect(path[3]).toEqual({ kind: 'choose', index: shownOnScreen(twoDecisions, 1, path)[0]?.shown[0] });
    expect(shortestPathTo(twoDecisions, 1, 'hello')).toEqual([]);
  });

  test('the meeting then stands at that decision; the interruption cost the speaker 10 trust', () => {
    const started = startMeetingAt(twoDecisions, { seed: 1, from: 'second' });
    if (!started.ok) throw new Error(started.error);
    const view = started.meeting.view('en');
    expect([view.nodeId, view.phase]).toEqual(['second', 'decision']);
    expect(view.prospects.find((p) => p.id === 'ana')?.mood.trust).toBe(40);
    started.meeting.stop();
  });

  test('--set forces the speaker’s mood, another prospect’s, and flags', () => {
    const settings = ['trust=20', 'bob.patience=5'].map((s) => parseSetting(twoDecisions, s));
    const started = startMeetingAt(twoDecisions, {
      seed: 1,
      from: 'first',
      settings: settings.filter((s) => typeof s !== 'string'),
    });
    if (!started.ok) throw new Error(started.error);
    const moods = Object.fromEntries(started.meeting.view('en').prospects.map((p) => [p.id, p.mood]));
    expect(moods.ana).toEqual({ trust: 20, interest: 50, patience: 50 });
    expect(moods.bob).toEqual({ trust: 50, interest: 50, patience: 5 });
    expect(started.meeting.view('en').prospects.find((p) => p.id === 'ana')?.demeanor).toBe('closed');
    started.meeting.stop();

    const small = loadFixture('small-meeting.yaml');
    const flag = parseSetting(small, 'hidden-need=on');
    expect(flag).toEqual({ kind: 'flag', flag: 'hidden-need', on: true });
    const atClose = startMeetingAt(small, { seed: 1, from: 'close', settings: typeof flag === 'string' ? [] : [flag] });
    if (!atClose.ok) throw new Error(atClose.error);
    // The shortest way to "close" interrupts the story, so only the flag offers the second option.
    expect(atClose.meeting.available()).toHaveLength(2);
    atClose.meeting.stop();
  });

  test.each([
    ['trsut=20', 'unknown name "trsut" (did you mean "trust"?)'],
    ['trust=120', 'trust must be a whole number from 0 to 100'],
    ['trust', 'expected name=value'],
    ['anna.trust=20', 'no prospect "anna" (did you mean "ana"?)'],
  ])('--set %s is refused: %s', (text, message) => {
    expect(parseSetting(twoDecisions, text)).toContain(message);
  });

  test('an unknown node is refused with a suggestion', () => {
    const started = startMeetingAt(twoDecisions, { seed: 1, from: 'secnd' });
    expect(started).toEqual({ ok: false, error: '--from: no node "secnd" (did you mean "second"?)' });
  });
});

describe('the Mermaid flowchart', () => {
  test('labels cannot break out of their quotes', () => {
    expect(mermaidLabel('a "b" #1 <x> [y]')).toBe('a #34;b#34; #35;1 #60;x#62; #91;y#93;');
  });

  test('every node is drawn once, every way out is an arrow, endings are coloured by outcome', () => {
    const chart = scenarioFlowchart(twoDecisions, 'en');
    const lines = chart.trim().split('\n');
    expect(lines[0]).toBe('flowchart TD');
    // 6 nodes; arrows: hello 1, story 2 (interrupt, finish), first 2, second 2 = 7.
    expect(lines.filter((l) => /^ {2}n_\w+[[{(]/.test(l))).toHaveLength(6);
    expect(lines.filter((l) => l.includes('-->'))).toHaveLength(7);
    expect(chart).toContain('n_first -->|"1. open-question"| n_second');
    expect(chart).toContain('n_story -->|"i. interrupt"| n_first');
    expect(chart).toContain('class n_agreed advance');
    expect(chart).toContain('class n_refused lost');
    expect(chart).toContain('n_first{"first: What next?"}');
  });

  test('routes are dotted arrows labelled with their condition', () => {
    expect(scenarioFlowchart(findings, 'fr')).toContain('n_ask -.->|"3. if trust ≥ 90"| n_never');
  });
});
