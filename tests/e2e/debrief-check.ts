import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { type Lang, LESSONS, type MeetingResult, type Scenario } from '../../src/engine/index.ts';
import { readDebrief } from '../../src/harness/page-driver.ts';
import { OUTCOME_NAMES, SKILL_NAMES } from '../../src/ui/strings.ts';

/** The debrief must say exactly what the engine computed for the same scenario, seed and actions. */
export async function expectDebrief(page: Page, scenario: Scenario, expected: MeetingResult, lang: Lang): Promise<void> {
  const shown = await readDebrief(page);
  const ending = scenario.nodes[expected.endingId];
  expect(shown.outcome).toBe(expected.outcome);
  expect(shown.heading).toContain(OUTCOME_NAMES[expected.outcome][lang]);
  if (ending?.kind === 'ending') {
    expect(shown.endingTitle).toBe(ending.title[lang]);
    expect(shown.epilogue).toBe(ending.epilogue[lang]);
  }
  expect(shown.skills.map((s) => s.skill)).toEqual(expected.skills.map((s) => s.skill));
  for (const skill of expected.skills) {
    const card = shown.skills.find((s) => s.skill === skill.skill);
    expect(card?.score).toBe(expected.scores[skill.skill]);
    expect(card?.scoreText).toBe(`${SKILL_NAMES[skill.skill][lang]} ${skill.score} / 100`);
    expect(card?.base).toBe(skill.base);
    expect(card?.baseText).toContain(String(skill.base));
    expect(card?.moments).toHaveLength(skill.moments.length);
    skill.moments.forEach((moment, i) => {
      const item = card?.moments[i];
      expect(item?.lesson).toBe(moment.lesson);
      expect(item?.points).toBe(moment.points);
      // The lesson by its title: a learner cannot read its ID, nor a turn the meeting never shows.
      expect(item?.head).toContain(LESSONS[moment.lesson].title[lang]);
      expect(item?.head).not.toContain(moment.lesson);
      expect(item?.said).toContain(moment.said[lang]);
      expect(item?.why).toBe(moment.why[lang]);
    });
  }
}
