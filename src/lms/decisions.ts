/**
 * Each decision a learner takes, as a learning platform records it (one interaction per decision):
 * which meeting and node, the option chosen, the option the scenario scores best there, and how
 * long the learner took. Pure: the tracker supplies the times, the engine the scoring.
 */
import type { Scenario, Text } from '../engine/index.ts';
import { bestScoredOption } from '../engine/workshop/facilitation.ts';

export interface DecisionRecord {
  /** `scenario_node`: scenario and node IDs hold no underscore, so the pair reads back unambiguously. */
  readonly id: string;
  /** The meeting's objective, so that the platform files the decision under its meeting. */
  readonly objective: string;
  /** The option chosen, as a letter in the order of the scenario file (the screen shuffles options by seed). */
  readonly response: string;
  /** The option the scenario scores best at this decision, as a letter; null when none stands out. */
  readonly best: string | null;
  readonly result: 'correct' | 'wrong';
  /** From the decision on the screen to the choice. */
  readonly latencyMs: number;
  /** When the choice was made. */
  readonly at: Date;
  /** The question put to the player, when the scenario words one (a platform that names interactions shows it). */
  readonly prompt: Text | null;
  /** Every option of the decision, named as `response` names them, with its words (cmi5 describes each choice). */
  readonly choices: readonly { readonly id: string; readonly text: Text }[];
}

/** SCORM 1.2 names a choice by one character of 0–9 and a–z; letters first, as trainers read them. */
const OPTION_NAMES = 'abcdefghijklmnopqrstuvwxyz0123456789';

const optionName = (index: number): string => OPTION_NAMES[index] ?? '';

/** The objective a meeting of the course reports to; skills report to `skill_<skill>`. */
export const meetingObjective = (scenarioId: string): string => scenarioId;
export const skillObjective = (skill: string): string => `skill_${skill}`;

export function decisionRecord(
  scenario: Scenario,
  variant: string | null,
  nodeId: string,
  option: number,
  shownAt: number,
  chosenAt: number,
): DecisionRecord {
  const best = bestScoredOption(scenario, nodeId, variant);
  const node = scenario.nodes[nodeId];
  const decision = node?.kind === 'decision' ? node : null;
  return {
    id: `${scenario.id}_${nodeId}`.slice(0, 255),
    objective: meetingObjective(scenario.id),
    response: optionName(option),
    best: best === null ? null : optionName(best),
    result: best === option ? 'correct' : 'wrong',
    latencyMs: Math.max(0, chosenAt - shownAt),
    at: new Date(chosenAt),
    prompt: decision?.prompt ?? null,
    choices: (decision?.options ?? []).map((o, index) => ({ id: optionName(index), text: o.text })),
  };
}
