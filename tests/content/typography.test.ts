/**
 * The French of every shipped meeting is set by the rules (issue 16): a no-break space before :
 * and inside « », a narrow one before ; ! ?, typographic apostrophes. Every text of the scenario
 * is read as written, wherever it sits (lines, options, replies, pains, endings, variant texts),
 * each form-of-address choice with its three forms.
 */
import { describe, expect, test } from 'vitest';
import { shippedScenarios } from '../../src/cli/lessons-doc.ts';
import { frenchSlips, textsIn } from '../french-typography.ts';

describe.each(shippedScenarios(null).map((s) => [s.id, s] as const))('%s', (id, scenario) => {
  test('every French text is set by the rules of French typography', () => {
    const texts = textsIn('fr', scenario, id);
    // The walk reaches the meeting's texts, not just its title (each meeting has over a hundred).
    expect(texts.length).toBeGreaterThan(100);
    expect(texts.flatMap(([at, text]) => frenchSlips(text).map((slip) => `${at}: ${slip} in “${text}”`))).toEqual([]);
  });

  // English is set too: an apostrophe or a quotation mark typed straight (' or ") reads as code.
  test('every English text uses typographic apostrophes and quotation marks', () => {
    const texts = textsIn('en', scenario, id);
    expect(texts.length).toBeGreaterThan(100);
    expect(texts.filter(([, text]) => /['"]/.test(text)).map(([at, text]) => `${at}: “${text}”`)).toEqual([]);
  });
});
