/**
 * The player's form of address (issue 16, item 5): every French text of a shipped meeting that
 * agrees with the player writes its three forms, so that no player is "désolé" or "venu" by default.
 */
import { describe, expect, test } from 'vitest';
import { shippedScenarios } from '../../src/cli/lessons-doc.ts';
import { unmarkedAgreements } from '../french-address.ts';

/** Every French text of a loaded scenario, with its path ("nodes.hello.options.0.text"). */
function frenchTexts(value: unknown, at: string): [string, string][] {
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, inner]): [string, string][] =>
    key === 'fr' && typeof inner === 'string' ? [[at, inner]] : frenchTexts(inner, at ? `${at}.${key}` : key),
  );
}

/** The texts the player says: options, interruptions and relaunch questions. */
const SAID_BY_PLAYER = /(?:^|\.)(?:options\.\d+|interrupt|relaunch)\.text$/;

describe('the rule finds a one-gender agreement with the player', () => {
  test.each([
    ['the player sorry', 'Je suis désolé, Hélène.', true, ['Je suis désolé']],
    ['the player swamped, with a word between', 'Honnêtement, je suis vraiment débordé.', true, ['je suis vraiment débordé']],
    ['a prospect thanking the player for coming', 'Merci d’être venu jusqu’ici.', false, ['d’être venu']],
    ['the narration telling the player they are early', 'Vous êtes arrivé en avance.', false, ['Vous êtes arrivé']],
    ['a straight apostrophe', "Merci d'être venu.", false, ['d’être venu']],
  ])('%s', (_, text, byPlayer, found) => {
    expect(unmarkedAgreements(text, byPlayer)).toEqual(found);
  });

  test.each([
    ['written three ways', '{Je suis désolée|Je suis désolé|Toutes mes excuses}, Hélène.', true],
    ['a prospect speaking of himself', 'Je suis débordé, je vous rappelle.', false],
    ['the feminine form of the word', 'Je suis désolée.', true],
    ['a group thanked', 'Merci d’être venus jusqu’ici.', false],
    ['a word that only begins like one that agrees', 'Vous êtes seulement trois ?', false],
  ])('%s: nothing found', (_, text, byPlayer) => {
    expect(unmarkedAgreements(text, byPlayer)).toEqual([]);
  });
});

describe.each(shippedScenarios(null).map((s) => [s.id, s] as const))('%s', (id, scenario) => {
  test('every French text that agrees with the player gives the three forms of address', () => {
    const texts = frenchTexts(scenario, '');
    // The walk reaches the player's own lines, not only the prospects'.
    expect(texts.filter(([at]) => SAID_BY_PLAYER.test(at)).length, id).toBeGreaterThan(20);
    const slips = texts.flatMap(([at, text]) =>
      unmarkedAgreements(text, SAID_BY_PLAYER.test(at)).map((words) => `${at}: « ${words} » in “${text}”`),
    );
    expect(slips).toEqual([]);
  });
});
