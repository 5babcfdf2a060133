import type { Scenario, ScenarioNode } from './schema.ts';

/** The prospect a node's mood effects and conditions are about: its speaker, or the first prospect. */
export function focusOf(scenario: Scenario, node: ScenarioNode | undefined): string {
  const speaker = node?.speaker;
  const first = scenario.prospects[0]?.id ?? '';
  return speaker && speaker !== 'narrator' ? speaker : first;
}

/** The flag a noted pain point sets, which conditions may read (`pain-<id>`). */
export function painFlag(id: string): string {
  return `pain-${id}`;
}
