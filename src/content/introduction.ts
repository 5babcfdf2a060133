import type { Scenario } from '../engine/index.ts';
import { type AddressForm, addressScenario } from '../engine/scenario/address.ts';
import type { ParseScenario } from './catalog.ts';

/**
 * The introduction, a meeting of its own (dialogues/introduction/introduction.yaml) played by the
 * same machine as every other. It is kept out of the catalog, so that nothing that walks "the
 * shipped meetings" (the menu's list, progress, the board, a learning platform's course) counts it,
 * and out of the first load: the page imports this module when the introduction opens. Parsed and
 * validated when the game is built, like the shipped meetings (`?parsed`, see vite.config.ts).
 */
const parsed = import.meta.glob<ReturnType<ParseScenario>>('../../dialogues/introduction/introduction.yaml', {
  query: '?parsed',
  import: 'default',
  eager: true,
});

/** The introduction, worded for the player's form of address. Throws if the shipped file is broken (its tests say where). */
export function introductionScenario(form: AddressForm): Scenario {
  const outcome = Object.values(parsed)[0];
  if (!outcome) throw new Error('dialogues/introduction/introduction.yaml is missing from the build');
  if (!outcome.ok) throw new Error(outcome.errors.map((e) => `${e.file}:${e.line}:${e.column}: ${e.message}`).join('\n'));
  return addressScenario(outcome.value, form);
}
