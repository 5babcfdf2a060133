import type { Scenario, Skill } from '../scenario/schema.ts';

/*
 * The path through the meetings, easier first. It only recommends an order: every meeting can be
 * played at any time, from the menu and from the progress screen alike, so neither ever shows a
 * lock. Kept apart from the saved progress's schema so that the menu, on the first load, orders
 * and marks its cards with the same rule as the progress screen without loading that schema.
 */

/** The level of a scenario that does not give one (the schema's documented default). */
export const DEFAULT_LEVEL = 3;

export function levelOf(scenario: Scenario): number {
  return scenario.level ?? DEFAULT_LEVEL;
}

/** Easier first: by level, then by English title, then by id, so that the order never depends on file names. */
export function easierFirst(a: Scenario, b: Scenario): number {
  return levelOf(a) - levelOf(b) || a.title.en.localeCompare(b.title.en, 'en') || a.id.localeCompare(b.id, 'en');
}

/** What the path needs of a finished meeting (an attempt of the saved progress). */
export interface FinishedMeeting {
  readonly scenarioId: string;
  readonly scores: Readonly<Record<Skill, number>>;
}

/** Where a meeting stands on the player's path: finished once, the next one to play, or one for later. */
export type PathStatus = 'finished' | 'next' | 'later';

export interface PathStep {
  readonly scenario: Scenario;
  readonly status: PathStatus;
  /** The player's best score in each skill over the meeting's attempts, once finished. */
  readonly best: Readonly<Record<Skill, number>> | null;
}

/**
 * The path, easier meetings first; the first one not yet finished is the next. A meeting finished
 * out of order (from the menu, say) counts as finished wherever it stands.
 */
export function learningPath(scenarios: readonly Scenario[], finished: readonly FinishedMeeting[]): PathStep[] {
  let nextFound = false;
  return [...scenarios].sort(easierFirst).map((scenario) => {
    const mine = finished.filter((a) => a.scenarioId === scenario.id);
    if (mine.length > 0) {
      const best = {
        listening: Math.max(...mine.map((a) => a.scores.listening)),
        closing: Math.max(...mine.map((a) => a.scores.closing)),
      };
      return { scenario, status: 'finished', best };
    }
    const status: PathStatus = nextFound ? 'later' : 'next';
    nextFound = true;
    return { scenario, status, best: null };
  });
}
