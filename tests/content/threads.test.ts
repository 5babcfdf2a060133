/**
 * The continuity slips a new player found (issue 16), as rules that read every shipped meeting: a
 * question nobody gets to answer, an echo of words the prospect did not say, a price pointed at
 * before it is named, a face written in brackets that the art does not draw, and the calques and
 * slips a reader struck. Each rule is shown to find the bug in the meetings as they were
 * (tests/fixtures/replay/v1/, the version a new player saw), so a rule that finds nothing proves
 * something.
 */
import { describe, expect, test } from 'vitest';
import { shippedScenarios } from '../../src/cli/lessons-doc.ts';
import type { Scenario } from '../../src/engine/index.ts';
import {
  echoesOfUnsaidWords,
  pricesPointedAtBeforeNamed,
  struckWording,
  unansweredQuestions,
  undrawnExpressions,
} from '../content-rules.ts';
import { loadFixture } from '../engine/fixtures.ts';

const now = shippedScenarios();
const before = new Map(now.map((s) => [s.id, loadFixture(`replay/v1/${s.id}.yaml`)]));
const beforeOf = (id: string): Scenario => {
  const scenario = before.get(id);
  if (!scenario) throw new Error(`no version 1 of "${id}"`);
  return scenario;
};

describe.each(now.map((s) => [s.id, s] as const))('%s', (_, scenario) => {
  test('every question a prospect ends on is answered: by the player’s choice, or by the one it was put to', () => {
    expect(unansweredQuestions(scenario)).toEqual([]);
  });
  test('an echo repeats words the prospect said, in every version of the line', () => {
    expect(echoesOfUnsaidWords(scenario)).toEqual([]);
  });
  test('“that price” is said only once a price has been named', () => {
    expect(pricesPointedAtBeforeNamed(scenario)).toEqual([]);
  });
  test('a face or gesture the speaker makes is drawn, not only written in brackets', () => {
    expect(undrawnExpressions(scenario)).toEqual([]);
  });
  test('no calque or slip a reader struck comes back', () => {
    expect(struckWording(scenario)).toEqual([]);
  });
});

describe('each rule finds the bug the new player saw in version 1', () => {
  test('Claire’s “had they failed before, too?” was followed by her own next line', () => {
    expect(unansweredQuestions(beforeOf('mission-interview')).join('\n')).toContain('They had a failure first, too?');
  });
  test('“Win it back…?” echoed a line she does not say after a cut-in (“that’s another story”)', () => {
    expect(echoesOfUnsaidWords(beforeOf('mission-interview')).join('\n')).toContain(
      "“Win it back…?” after “We'll also need the warehouses on board",
    );
  });
  test('Thomas’s “at that price” could come before any price', () => {
    expect(pricesPointedAtBeforeNamed(beforeOf('prospect-in-a-hurry')).join('\n')).toContain('at that price');
  });
  test('“(His jaw tightens.)” was read while the drawn face could smile', () => {
    expect(undrawnExpressions(beforeOf('prospect-in-a-hurry')).join('\n')).toContain('(His jaw tightens.)');
  });
  test('“(At the lift, she holds out her hand.)” was read while the drawn arms rested (a gesture in a later clause)', () => {
    expect(undrawnExpressions(beforeOf('interview-end')).join('\n')).toContain('she holds out her hand');
  });
  test('the calques (“in two words”, “it’s burning now”) and French slips (“avez passé par-dessus”, “par mail”)', () => {
    const struck = [...before.values()].flatMap(struckWording).join('\n');
    for (const words of ['in two words', 'burning now', 'passé par-dessus', 'par mail']) expect(struck).toContain(words);
  });
});
