import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Lang, MeetingResult, PlayerAction, Scenario } from '../../src/engine/index.ts';
import { OUTCOME_NAMES, SKILL_NAMES } from '../../src/ui/strings.ts';

/** What the meeting panel shows, read from the accessible DOM: its buttons and whether a line is being typed. */
export interface PanelState {
  readonly renders: number;
  readonly typing: boolean;
  readonly phase: string;
  readonly node: string;
  readonly buttons: readonly { readonly action: string; readonly index: number | null; readonly name: string }[];
}

export async function panelState(page: Page): Promise<PanelState> {
  return page.$eval('[data-role="meeting"]', (panel) => {
    const element = panel as HTMLElement;
    return {
      renders: Number(element.dataset.renders ?? 0),
      typing: element.dataset.typing === 'true',
      phase: element.dataset.phase ?? '',
      node: element.dataset.node ?? '',
      buttons: Array.from(element.querySelectorAll<HTMLButtonElement>('[data-role="actions"] button')).map((b) => ({
        action: b.dataset.action ?? '',
        index: b.dataset.index === undefined ? null : Number(b.dataset.index),
        name: (b.textContent ?? '').trim(),
      })),
    };
  });
}

/** How the player acts: keys only, or the mouse (or a finger) only. */
export type Input = 'keyboard' | 'mouse';

async function waitForRender(page: Page, after: number): Promise<void> {
  await page.waitForFunction(
    (before) => Number((document.querySelector('[data-role="meeting"]') as HTMLElement | null)?.dataset.renders ?? 0) > before,
    after,
    { timeout: 5_000 },
  );
}

/** Shows the whole line if it is still being typed (Enter, or a click on the text). */
export async function finishLine(page: Page, input: Input): Promise<PanelState> {
  let state = await panelState(page);
  if (!state.typing) return state;
  if (input === 'keyboard') await page.keyboard.press('Enter');
  else await page.click('.line');
  await page.waitForSelector('[data-role="meeting"][data-typing="false"]', { timeout: 5_000 });
  state = await panelState(page);
  return state;
}

/** The key or button that performs an action now, or an error naming what the screen offers instead. */
function control(state: PanelState, action: PlayerAction): { key: string; selector: string } {
  const offered = () =>
    `node "${state.node}" (${state.phase}) offers: ${state.buttons.map((b) => b.action + (b.index ?? '')).join(', ')}`;
  const has = (name: string) => state.buttons.some((b) => b.action === name);
  switch (action.kind) {
    case 'choose': {
      const options = state.buttons.filter((b) => b.action === 'choose');
      const position = options.findIndex((b) => b.index === action.index) + 1;
      if (position === 0) throw new Error(`option ${action.index} is not shown; ${offered()}`);
      return { key: String(position), selector: `[data-action="choose"][data-index="${action.index}"]` };
    }
    case 'continue':
      if (!has('continue')) throw new Error(`no continue button; ${offered()}`);
      return { key: 'Enter', selector: '[data-action="continue"]' };
    case 'note':
      if (!has('note')) throw new Error(`no note button; ${offered()}`);
      return { key: 'n', selector: '[data-action="note"]' };
    case 'interrupt':
      if (!has('interrupt')) throw new Error(`no interrupt button; ${offered()}`);
      return { key: 'i', selector: '[data-action="interrupt"]' };
  }
}

/**
 * Plays a sequence of actions through the page as a person would: finish each line, then press the
 * key (or click the button) the screen shows for the action. `onState` sees each screen before acting.
 */
export async function playActions(
  page: Page,
  actions: readonly PlayerAction[],
  input: Input,
  onState: (state: PanelState) => Promise<void> = async () => {},
): Promise<void> {
  await page.waitForSelector('[data-role="meeting"]');
  for (const action of actions) {
    const state = await finishLine(page, input);
    await onState(state);
    const { key, selector } = control(state, action);
    if (input === 'keyboard') await page.keyboard.press(key);
    else await page.click(`[data-role="actions"] ${selector}`);
    await waitForRender(page, state.renders);
  }
  const last = await finishLine(page, input);
  if (last.phase !== 'ended')
    throw new Error(`the actions ran out at node "${last.node}" (${last.phase}) before the meeting ended`);
  await onState(last);
  if (input === 'keyboard') await page.keyboard.press('Enter');
  else await page.click('[data-action="debrief"]');
  await page.waitForSelector('[data-role="debrief"]');
}

/** What the debrief shows, read back from the page. */
export async function readDebrief(page: Page) {
  return page.$eval('[data-role="debrief"]', (root) => {
    const element = root as HTMLElement;
    const text = (selector: string, within: Element = element) => (within.querySelector(selector)?.textContent ?? '').trim();
    return {
      outcome: element.dataset.outcome ?? '',
      heading: text('h1'),
      endingTitle: text('.ending-title'),
      epilogue: text('.epilogue'),
      skills: Array.from(element.querySelectorAll<HTMLElement>('[data-skill]')).map((skill) => ({
        skill: skill.dataset.skill ?? '',
        score: Number(skill.dataset.score),
        base: Number(skill.dataset.base),
        scoreText: text('.skill-name', skill),
        baseText: text('.base', skill),
        moments: Array.from(skill.querySelectorAll<HTMLElement>('.moment')).map((m) => ({
          lesson: m.dataset.lesson ?? '',
          points: Number(m.dataset.points),
          head: text('.moment-head', m),
          said: text('.said', m),
          why: text('.why', m),
        })),
      })),
    };
  });
}

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
      expect(item?.head).toContain(moment.lesson);
      expect(item?.head).toContain(String(moment.turn));
      expect(item?.said).toContain(moment.said[lang]);
      expect(item?.why).toBe(moment.why[lang]);
    });
  }
}
