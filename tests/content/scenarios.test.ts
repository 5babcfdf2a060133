import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import {
  findEndings,
  formatProblem,
  type PlayerAction,
  parseScenario,
  playToEnd,
  scenarioWarnings,
  seedsForEachVariant,
} from '../../src/engine/index.ts';

const dir = fileURLToPath(new URL('../../dialogues/', import.meta.url));
const files = readdirSync(dir).filter((f) => f.endsWith('.yaml'));

test('the game ships at least one scenario', () => {
  expect(files.length).toBeGreaterThan(0);
});

describe.each(files)('dialogues/%s', (file) => {
  const text = readFileSync(`${dir}${file}`, 'utf8');
  const parsed = parseScenario(text, `dialogues/${file}`);

  test('is valid, with no warnings', () => {
    expect(parsed.ok ? [] : parsed.errors.map(formatProblem)).toEqual([]);
    expect(scenarioWarnings(text, `dialogues/${file}`).map(formatProblem)).toEqual([]);
  });

  test('its id matches its file name', () => {
    if (!parsed.ok) throw new Error('invalid scenario');
    expect(`${parsed.value.id}.yaml`).toBe(file);
  });

  test('every ending can be reached in play, for every variant the seed can draw', () => {
    if (!parsed.ok) throw new Error('invalid scenario');
    const scenario = parsed.value;
    const seeds = seedsForEachVariant(scenario);
    expect(seeds).toHaveLength(scenario.variant?.options.length ?? 1);
    const search = findEndings(scenario, seeds);
    expect(search.missing).toEqual([]);
    // Each witness is a proof: replaying its actions with its seed really ends there.
    for (const [ending, witness] of search.witnesses) {
      const replay = playToEnd(scenario, witness.seed, replaying(witness.actions));
      expect(replay.endingId).toBe(ending);
    }
  });
});

function replaying(actions: readonly PlayerAction[]) {
  let next = 0;
  return () => {
    const action = actions[next++];
    if (!action) throw new Error('the witness ran out of actions before the meeting ended');
    return action;
  };
}
