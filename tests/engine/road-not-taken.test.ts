import { describe, expect, test } from 'vitest';
import { loadScenarioOrThrow, type PlayerAction, roadNotTaken, startMeeting, weighDecisions } from '../../src/engine/index.ts';

/*
 * Two decisions, worked by hand. Both skills start at 50. The rest of a meeting is played in the
 * attentive style, which at `close` takes propose-next-step (it comes before thank-and-leave in
 * that style; ask-impression and force-decision are not in it).
 *
 *   open:  0 open question  listening +10 │ 1 monologue  listening −20 │ 2 summary  listening +10
 *   close: 0 impression  closing +20 → continuation │ 1 force  closing −30 → lost
 *          2 next step   closing +20 → advance      │ 3 leave  closing   0 → continuation
 *
 * The player takes the monologue, then forces a decision: listening 30, closing 20.
 *   At `close` (listening 30): 0 → 30 + 70 = 100 continuation; 1 → 30 + 20 = 50 lost;
 *     2 → 100 advance; 3 → 30 + 50 = 80. Best: 2 (ties with 0 on points, wins on outcome). Cost 100 − 50 = 50.
 *   At `open` (played on: next step at `close`): 0 → 60 + 70 = 130; 1 → 30 + 70 = 100; 2 → 130.
 *     Best: 0 (ties with 2 on points and outcome, shown first). Cost 130 − 100 = 30.
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

describe('the road not taken', () => {
  test('each decision is weighed against its best option, played on in the same style', () => {
    const weighed = weighDecisions(scenario, 1, played);
    expect(
      weighed.map((d) => ({
        node: d.nodeId,
        turn: d.turn,
        step: d.step,
        chosen: [d.chosen.option, d.chosen.total],
        best: [d.best.option, d.best.total, d.best.result.outcome],
        cost: d.cost,
      })),
    ).toEqual([
      { node: 'open', turn: 1, step: 0, chosen: [1, 100], best: [0, 130, 'advance'], cost: 30 },
      { node: 'close', turn: 2, step: 2, chosen: [1, 50], best: [2, 100, 'advance'], cost: 50 },
    ]);
  });

  test('the costliest decisions come first, and only as many as asked', () => {
    expect(roadNotTaken(scenario, 1, played).map((d) => [d.nodeId, d.cost])).toEqual([
      ['close', 50],
      ['open', 30],
    ]);
    expect(roadNotTaken(scenario, 1, played, 1).map((d) => d.nodeId)).toEqual(['close']);
  });

  test('a session that took the best option everywhere has no road not taken', () => {
    expect(roadNotTaken(scenario, 1, [choose(0), c, choose(2), c])).toEqual([]);
  });

  test('replaying the actions before a decision returns to that decision', () => {
    const [first] = roadNotTaken(scenario, 1, played);
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
