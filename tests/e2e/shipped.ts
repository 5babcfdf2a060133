import { shippedScenarios } from '../../src/cli/lessons-doc.ts';
import type { Scenario } from '../../src/engine/index.ts';

const shipped = new Map(shippedScenarios('neutral').map((s) => [s.id, s]));

/**
 * A shipped meeting as the game shows it on a first visit: the French worded for no particular form
 * of address (the settings' default), so that what the tests expect is what the screen says.
 */
export function shippedMeeting(id: string): Scenario {
  const scenario = shipped.get(id);
  if (!scenario) throw new Error(`no shipped meeting "${id}"`);
  return scenario;
}

/** Every shipped meeting, by ID, as a first visit shows it. */
export const SHIPPED: ReadonlyMap<string, Scenario> = shipped;
