/**
 * The French of every shipped meeting is set by the rules (issue 16): a no-break space before :
 * and inside « », a narrow one before ; ! ?, typographic apostrophes. Every text of the scenario
 * is read, as loaded, wherever it sits (lines, options, replies, pains, endings, variant texts).
 */
import { describe, expect, test } from 'vitest';
import { shippedScenarios } from '../../src/cli/lessons-doc.ts';
import { frenchSlips } from '../french-typography.ts';

/** Every French text in a loaded scenario, with the path that leads to it. */
function frenchTexts(value: unknown, at: string): [string, string][] {
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, inner]): [string, string][] =>
    key === 'fr' && typeof inner === 'string' ? [[at, inner]] : frenchTexts(inner, `${at}.${key}`),
  );
}

describe.each(shippedScenarios().map((s) => [s.id, s] as const))('%s', (id, scenario) => {
  test('every French text is set by the rules of French typography', () => {
    const texts = frenchTexts(scenario, id);
    // The walk reaches the meeting's texts, not just its title (each meeting has over a hundred).
    expect(texts.length).toBeGreaterThan(100);
    expect(texts.flatMap(([at, text]) => frenchSlips(text).map((slip) => `${at}: ${slip} in “${text}”`))).toEqual([]);
  });
});
