/**
 * Consequences that follow the lessons (issue "The five meetings", point 1), as a sales trainer
 * would state them, checked by replaying play styles on every shipped meeting and several seeds.
 * A style is a habit: it always cuts in, or never proposes a next step, and otherwise plays the
 * attentive style, so each claim is about the one habit it names.
 */
import { describe, expect, test } from 'vitest';
import { shippedScenarios } from '../../src/cli/lessons-doc.ts';
import {
  type AvailableAction,
  type Meeting,
  type MeetingResult,
  type Move,
  PLAY_STYLES,
  type PlayerAction,
  playOut,
  preferMoves,
  type Scenario,
  startMeeting,
} from '../../src/engine/index.ts';

const SEEDS = [0, 1, 2, 3, 4, 5];
/** Asking for an impression is right at the end of a job interview and wrong in a mission meeting (L30 vs L31). */
const JOB_INTERVIEWS = new Set(['interview-end']);
const ATTENTIVE = PLAY_STYLES.attentive ?? [];

type Chooser = (available: readonly AvailableAction[], meeting: Meeting) => PlayerAction;

function play(scenario: Scenario, seed: number, choose: Chooser): MeetingResult {
  const meeting = startMeeting(scenario, { seed });
  try {
    return playOut(meeting, (available) => choose(available, meeting));
  } finally {
    meeting.stop();
  }
}

const attentive = (prefer: readonly Move[] = [], avoid: readonly Move[] = []): Chooser => {
  const style = preferMoves([...prefer, ...ATTENTIVE.filter((m) => !avoid.includes(m))]);
  return (available) => {
    const allowed = available.filter((a) => !a.moves.some((m) => avoid.includes(m)));
    return style(allowed.length > 0 ? allowed : available);
  };
};

/** Cuts in at the first chance in every story (never with a relaunch question); otherwise `rest`. */
const cuttingIn =
  (rest: Chooser): Chooser =>
  (available, meeting) => {
    const cut = available.find((a) => a.action.kind === 'interrupt' && !a.moves.includes('relaunch'));
    return cut ? cut.action : rest(available, meeting);
  };

/** Puts a story's relaunch question whenever one is on offer; otherwise `rest`. */
const relaunching =
  (rest: Chooser): Chooser =>
  (available, meeting) => {
    const relaunch = available.find((a) => a.action.kind === 'interrupt' && a.moves.includes('relaunch'));
    return relaunch ? relaunch.action : rest(available, meeting);
  };

/** Notes a part of a story only when it holds a pain (`all`: every part). */
const noting =
  (scenario: Scenario, all: boolean, rest: Chooser): Chooser =>
  (available, meeting) => {
    const note = available.find((a) => a.action.kind === 'note');
    const view = meeting.view('en');
    const node = scenario.nodes[view.nodeId];
    const pain = node?.kind === 'listen' && view.listening && node.lines[view.listening.segment]?.pain;
    return note && (all || pain) ? note.action : rest(available, meeting);
  };

const careful = attentive(['take-note']);

describe.each(shippedScenarios().map((s) => [s.id, s] as const))('%s', (id, scenario) => {
  test.each(SEEDS)(
    'seed %i: cutting off a prospect who is opening up, and never giving them the floor back, never wins the advance (L12)',
    (seed) => {
      const result = play(scenario, seed, cuttingIn(attentive(['take-note'], ['repair'])));
      expect(result.moments.some((m) => m.moves.includes('interrupt'))).toBe(true);
      expect(result.outcome).not.toBe('advance');
    },
  );

  test.each(SEEDS)('seed %i: owning up to the interruption at a later decision earns back what cutting in lost (L12)', (seed) => {
    const repaired = play(scenario, seed, cuttingIn(careful));
    const unrepaired = play(scenario, seed, cuttingIn(attentive(['take-note'], ['repair'])));
    expect(repaired.moments.some((m) => m.moves.includes('repair'))).toBe(true);
    expect(repaired.scores.listening).toBeGreaterThan(unrepaired.scores.listening);
    // …and still scores under hearing every story out.
    expect(repaired.scores.listening).toBeLessThan(play(scenario, seed, careful).scores.listening);
  });

  test.each(SEEDS)('seed %i: a short relaunch question mid-story is never worse than silence (L11)', (seed) => {
    const relaunched = play(scenario, seed, relaunching(careful));
    expect(relaunched.moments.some((m) => m.moves.includes('relaunch') && m.points > 0)).toBe(true);
    expect(relaunched.scores.listening).toBeGreaterThanOrEqual(play(scenario, seed, careful).scores.listening);
  });

  test('every listening window has a moment where a short relaunch question is the right interruption (L11)', () => {
    for (const [nodeId, node] of Object.entries(scenario.nodes)) {
      if (node.kind !== 'listen') continue;
      const relaunches = node.lines.flatMap((line) => (line.relaunch ? [line.relaunch] : []));
      expect(relaunches.length, nodeId).toBeGreaterThan(0);
      for (const relaunch of relaunches) {
        expect(relaunch.moves, nodeId).toContain('relaunch');
        expect(relaunch.moves, nodeId).not.toContain('interrupt');
        expect(
          (relaunch.score ?? []).reduce((sum, rule) => sum + rule.points, 0),
          nodeId,
        ).toBeGreaterThan(0);
      }
    }
  });

  test.each(SEEDS)('seed %i: never proposing a next step never wins the advance (L29)', (seed) => {
    const result = play(scenario, seed, attentive(['take-note'], ['propose-next-step', 'ask-contract']));
    expect(result.outcome).not.toBe('advance');
  });

  if (JOB_INTERVIEWS.has(id)) {
    test.each(SEEDS)('seed %i: in a job interview, asking for the impression closes better than not asking (L31)', (seed) => {
      const asked = play(scenario, seed, attentive(['take-note', 'ask-impression']));
      const silent = play(scenario, seed, attentive(['take-note'], ['ask-impression']));
      expect(asked.scores.closing).toBeGreaterThan(silent.scores.closing);
    });
  } else {
    test.each(SEEDS)('seed %i: in a mission meeting, forcing the decision never wins it (L30)', (seed) => {
      const result = play(scenario, seed, attentive(['take-note', 'force-decision']));
      expect(result.moments.some((m) => m.moves.includes('force-decision'))).toBe(true);
      expect(result.outcome).not.toBe('advance');
    });

    test('in a mission meeting, where forcing the decision leads never turns on trust: no cliff between 69 and 70 (L30)', () => {
      for (const [nodeId, node] of Object.entries(scenario.nodes)) {
        if (node.kind !== 'decision') continue;
        for (const option of node.options.filter((o) => o.moves.includes('force-decision'))) {
          expect(option.route?.filter((r) => r.when.trust) ?? [], nodeId).toEqual([]);
        }
      }
    });
  }

  test('a cut-in fits the first part of its story: it can be said before the rest is told', () => {
    for (const [nodeId, node] of Object.entries(scenario.nodes)) {
      if (node.kind !== 'listen') continue;
      // Words of four letters or more (SaaS), by their first five (launch, launching): a rough stem, enough here.
      const COMMON = new Set([
        'that',
        'what',
        'this',
        'with',
        'your',
        'have',
        'they',
        'them',
        'then',
        'there',
        'their',
        'about',
        'would',
        'every',
      ]);
      const words = (text: string) =>
        new Set((text.toLowerCase().match(/\p{L}{4,}/gu) ?? []).filter((w) => !COMMON.has(w)).map((w) => w.slice(0, 5)));
      const first = words(node.lines[0]?.say.en ?? '');
      const later = words(
        node.lines
          .slice(1)
          .map((l) => l.say.en)
          .join(' '),
      );
      const echoed = [...words(node.interrupt.text.en)].filter((w) => later.has(w) && !first.has(w));
      expect(echoed, `${nodeId}: the interruption repeats words its story has not said yet`).toEqual([]);
    }
  });
});

describe('noting everything', () => {
  const minding = shippedScenarios().filter((s) =>
    Object.values(s.nodes).some((n) => n.kind === 'listen' && (n.idleNote?.score ?? []).some((r) => r.points < 0)),
  );

  test('costs something in at least one meeting (L15: mark the pains, not every word)', () => {
    expect(minding.map((s) => s.id)).toContain('prospect-in-a-hurry');
  });

  test.each(minding.flatMap((s) => SEEDS.map((seed) => [s.id, seed, s] as const)))(
    '%s, seed %i: noting every part of a story scores lower listening than noting the pains',
    (_, seed, scenario) => {
      const everything = play(scenario, seed, noting(scenario, true, attentive([], ['take-note'])));
      const pains = play(scenario, seed, noting(scenario, false, attentive([], ['take-note'])));
      expect(everything.scores.listening).toBeLessThan(pains.scores.listening);
    },
  );
});
