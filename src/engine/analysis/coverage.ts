import { LESSON_IDS, type LessonId } from '../scenario/lessons.ts';
import type { Scenario, ScenarioNode, ScoreRule } from '../scenario/schema.ts';

/** One place of one scenario where the player's choice trains a lesson. */
export interface LessonUse {
  readonly lesson: LessonId;
  readonly scenarioId: string;
  readonly nodeId: string;
  readonly kind: 'decision' | 'listen';
  /** Some choice here earns points under this lesson: the debrief names it when the player gets it right. */
  readonly rewarded: boolean;
  /** Some choice here costs points under this lesson: the debrief names it when the player gets it wrong. */
  readonly penalised: boolean;
}

interface Tagged {
  readonly lessons: readonly LessonId[];
  readonly score: readonly ScoreRule[];
}

/** Everything a player can do at a node, with the lessons it is tagged with and the moments it scores. */
function choicesAt(node: ScenarioNode): Tagged[] {
  switch (node.kind) {
    case 'decision':
      return node.options.map((o) => ({ lessons: o.lessons, score: o.score ?? [] }));
    case 'listen':
      return [
        { lessons: node.interrupt.lessons, score: node.interrupt.score ?? [] },
        { lessons: node.finish.lessons, score: node.finish.score ?? [] },
        // A noted pain trains whatever lessons its score entries name.
        ...node.lines.flatMap((line) => (line.pain ? [{ lessons: [], score: line.pain.score }] : [])),
        ...node.lines.flatMap((line) =>
          line.relaunch ? [{ lessons: line.relaunch.lessons, score: line.relaunch.score ?? [] }] : [],
        ),
        ...(node.idleNote ? [{ lessons: [], score: node.idleNote.score ?? [] }] : []),
      ];
    default:
      return [];
  }
}

/** Where a scenario trains each lesson: the decision points and listening windows that tag or score it. */
export function lessonUses(scenario: Scenario): LessonUse[] {
  const uses: LessonUse[] = [];
  for (const [nodeId, node] of Object.entries(scenario.nodes)) {
    if (node.kind !== 'decision' && node.kind !== 'listen') continue;
    const choices = choicesAt(node);
    const lessons = new Set(choices.flatMap((c) => [...c.lessons, ...c.score.map((s) => s.lesson)]));
    for (const lesson of LESSON_IDS.filter((id) => lessons.has(id))) {
      const rules = choices.flatMap((c) => c.score).filter((s) => s.lesson === lesson);
      uses.push({
        lesson,
        scenarioId: scenario.id,
        nodeId,
        kind: node.kind,
        rewarded: rules.some((s) => s.points > 0),
        penalised: rules.some((s) => s.points < 0),
      });
    }
  }
  return uses;
}

export interface LessonCoverage {
  readonly lesson: LessonId;
  readonly uses: readonly LessonUse[];
}

/** For every lesson (lessons.ts), in order, where the given scenarios train it (possibly nowhere). */
export function lessonCoverage(scenarios: readonly Scenario[]): LessonCoverage[] {
  const all = scenarios.flatMap(lessonUses);
  return LESSON_IDS.map((lesson) => ({ lesson, uses: all.filter((u) => u.lesson === lesson) }));
}
