import type { Text } from '../scenario/lang.ts';
import type { Move } from '../scenario/moves.ts';
import type { ScoreRule } from '../scenario/schema.ts';
import { type ConditionState, holds } from './conditions.ts';
import type { Moment } from './view.types.ts';

export interface MomentContext {
  readonly turn: number;
  readonly nodeId: string;
  readonly moves: readonly Move[];
  readonly said: Text;
  readonly state: ConditionState;
}

/** The scoring moments an action earns, judged on the state at the moment the player acted. */
export function momentsFor(rules: readonly ScoreRule[] | undefined, at: MomentContext): Moment[] {
  return (rules ?? [])
    .filter((rule) => holds(rule.when, at.state))
    .map((rule) => ({
      turn: at.turn,
      nodeId: at.nodeId,
      skill: rule.skill,
      points: rule.points,
      lesson: rule.lesson,
      moves: at.moves,
      said: at.said,
      why: rule.why,
    }));
}
