import { describe, expect, test } from 'vitest';
import {
  type CostlyDecision,
  loadScenarioOrThrow,
  type PlayerAction,
  type Road,
  roadNotTaken,
  startMeeting,
  weighRoad,
} from '../../src/engine/index.ts';

/*
 * Two decisions, worked by hand. Both skills start at 50. Each option is weighed by its best
 * continuation: its own points plus the most the rest of the meeting can still earn after it.
 *
 *   open:  0 open question  listening +10 │ 1 monologue  listening −20 │ 2 summary  listening +10
 *   close: 0 impression  closing +20 → continuation │ 1 force  closing −30 → lost
 *          2 next step   closing +20 → advance      │ 3 leave  closing   0 → continuation
 *
 * The best continuation after `open` is +20 (the next step: it ties with the impression on points
 * and wins on outcome). The player takes the monologue, then forces a decision: listening 30, closing 20.
 *   At `open`: 0 → 10 + 20 = 30; 1 → −20 + 20 = 0; 2 → 30. Best: 0 (ties with 2, shown first). Cost 30.
 *   At `close`: 0 → 20 continuation; 1 → −30; 2 → 20 advance; 3 → 0. Best: 2. Cost 20 − (−30) = 50.
 */
const FIXTURE = `
format: 1
id: two-decisions
version: 1
title: { fr: Deux décisions, en: Two decisions }
summary: { fr: Deux choix., en: Two choices. }
setting: office
lessons: [L11, L16]
prospects:
  - id: cio
    name: Anne Test
    role: { fr: DSI, en: CIO }
    mood: { trust: 50, interest: 50, patience: 50 }
rubric:
  listening: { base: 50 }
  closing: { base: 50 }
start: open
nodes:
  open:
    kind: decision
    prompt: { fr: Pour commencer ?, en: To begin? }
    options:
      - text: { fr: Qu’est-ce qui vous amène ?, en: What brings you here? }
        moves: [open-question]
        lessons: [L11]
        score: [{ skill: listening, points: 10, lesson: L11, why: { fr: Ouvert., en: Open. } }]
        next: close
      - text: { fr: Parlons de nous., en: Let us talk about us. }
        moves: [monologue]
        lessons: [L11]
        score: [{ skill: listening, points: -20, lesson: L11, why: { fr: Monologue., en: Monologue. } }]
        next: close
      - text: { fr: Si je résume…, en: If I sum up… }
        moves: [summarize]
        lessons: [L11]
        score: [{ skill: listening, points: 10, lesson: L11, why: { fr: Résumé., en: Summed up. } }]
        next: close
  close:
    kind: decision
    prompt: { fr: Pour finir ?, en: To close? }
    options:
      - text: { fr: Qu’en pensez-vous ?, en: What do you think? }
        moves: [ask-impression]
        lessons: [L16]
        score: [{ skill: closing, points: 20, lesson: L16, why: { fr: Avis., en: Impression. } }]
        next: later
      - text: { fr: Signez maintenant., en: Sign now. }
        moves: [force-decision]
        lessons: [L16]
        score: [{ skill: closing, points: -30, lesson: L16, why: { fr: Forcé., en: Forced. } }]
        next: door
      - text: { fr: On se revoit mardi ?, en: Meet again Tuesday? }
        moves: [propose-next-step]
        lessons: [L16]
        score: [{ skill: closing, points: 20, lesson: L16, why: { fr: Étape., en: Next step. } }]
        next: won
      - text: { fr: 'Merci, au revoir.', en: 'Thank you, goodbye.' }
        moves: [thank-and-leave]
        lessons: [L16]
        next: later
  won:
    kind: ending
    outcome: advance
    title: { fr: Mardi, en: Tuesday }
    say: { fr: À mardi., en: See you Tuesday. }
    epilogue: { fr: Le contrat suit., en: The contract follows. }
  later:
    kind: ending
    outcome: continuation
    title: { fr: On verra, en: We will see }
    say: { fr: Au revoir., en: Goodbye. }
    epilogue: { fr: Silence., en: Silence. }
  door:
    kind: ending
    outcome: lost
    title: { fr: La porte, en: The door }
    say: { fr: Au revoir., en: Goodbye. }
    epilogue: { fr: Rien., en: Nothing. }
`;

const scenario = loadScenarioOrThrow(FIXTURE, 'two-decisions.yaml');
const c: PlayerAction = { kind: 'continue' };
const choose = (index: number): PlayerAction => ({ kind: 'choose', index });
/** The monologue, its reply, forcing a decision, its reply. */
const played = [choose(1), c, choose(1), c];

function decisionsOf(road: Road): readonly CostlyDecision[] {
  if (road.kind !== 'weighed') throw new Error('the road was too large to weigh');
  return road.decisions;
}

describe('the road not taken', () => {
  test('each decision is weighed by the best continuation of each option', () => {
    const weighed = decisionsOf(roadNotTaken(scenario, 1, played, { count: 10 }));
    expect(
      weighed.map((d) => ({
        node: d.nodeId,
        turn: d.turn,
        step: d.step,
        chosen: [d.chosen.option, d.chosen.points],
        best: [d.best.option, d.best.points, d.best.result.outcome, d.best.result.scores],
        cost: d.cost,
      })),
    ).toEqual([
      { node: 'close', turn: 2, step: 2, chosen: [1, -30], best: [2, 20, 'advance', { listening: 30, closing: 70 }], cost: 50 },
      { node: 'open', turn: 1, step: 0, chosen: [1, 0], best: [0, 30, 'advance', { listening: 60, closing: 70 }], cost: 30 },
    ]);
  });

  test('the costliest decisions come first, and only as many as asked', () => {
    expect(decisionsOf(roadNotTaken(scenario, 1, played, { count: 1 })).map((d) => d.nodeId)).toEqual(['close']);
  });

  test('a session that took the best option everywhere has no road not taken', () => {
    expect(roadNotTaken(scenario, 1, [choose(0), c, choose(2), c])).toEqual({ kind: 'weighed', decisions: [] });
  });

  test('weighed a slice at a time, the road is the same as weighed in one go', () => {
    const weighing = weighRoad(scenario, 1, played, { count: 10 });
    let road: Road | null = null;
    let slices = 0;
    while (!road) {
      road = weighing.work(1);
      slices++;
    }
    expect(slices).toBeGreaterThan(1);
    expect(road).toEqual(roadNotTaken(scenario, 1, played, { count: 10 }));
  });

  test('past its state limit the road says the meeting is too large to compare', () => {
    expect(roadNotTaken(scenario, 1, played, { stateLimit: 1 })).toEqual({ kind: 'too-large' });
  });

  test('replaying the actions before a decision returns to that decision', () => {
    const [first] = decisionsOf(roadNotTaken(scenario, 1, played));
    const meeting = startMeeting(scenario, { seed: 1 });
    for (const action of played.slice(0, first?.step)) {
      meeting.lineShown();
      expect(meeting.act(action)).toBe(true);
    }
    const view = meeting.view('en');
    meeting.stop();
    expect([view.nodeId, view.phase]).toEqual(['close', 'decision']);
  });
});
