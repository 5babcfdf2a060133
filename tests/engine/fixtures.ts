import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadScenarioOrThrow, type Scenario } from '../../src/engine/index.ts';

export function fixturePath(name: string): string {
  return fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));
}

export function readFixture(name: string): string {
  return readFileSync(fixturePath(name), 'utf8');
}

export function loadFixture(name: string): Scenario {
  return loadScenarioOrThrow(readFixture(name), name);
}
