import type { Scenario, ScenarioNode } from './schema.ts';

/** The prospect a node's mood effects and conditions are about: its speaker when a prospect, else the first prospect. */
export function focusOf(scenario: Scenario, node: ScenarioNode | undefined): string {
  const speaker = node?.speaker;
  const first = scenario.prospects[0]?.id ?? '';
  // The narrator and a companion have no mood: effects and conditions on their nodes are the first prospect's.
  return speaker && scenario.prospects.some((p) => p.id === speaker) ? speaker : first;
}

/** Whether a prospect speaks the node (its speaker, or the first prospect when none is named): they hear the player. */
export function prospectSpeaks(scenario: Scenario, node: ScenarioNode | undefined): boolean {
  return node?.speaker === undefined || scenario.prospects.some((p) => p.id === node.speaker);
}

/** The flag a noted pain point sets, which conditions may read (`pain-<id>`). */
export function painFlag(id: string): string {
  return `pain-${id}`;
}
