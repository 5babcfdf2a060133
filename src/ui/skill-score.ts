import type { Lang, SkillScore } from '../engine/index.ts';
import { el } from './dom.ts';
import { SKILL_NAMES } from './strings.ts';

/** A skill's score out of 100, with a bar: the debrief's and the introduction's last screen's. */
export function skillScore(skill: SkillScore, lang: Lang): HTMLElement {
  const fill = el('span', { className: 'bar-fill' });
  fill.style.width = `${skill.score}%`;
  return el('div', { className: 'skill', data: { skill: skill.skill, score: String(skill.score), base: String(skill.base) } }, [
    el('p', { className: 'skill-name' }, [
      el('span', { text: SKILL_NAMES[skill.skill][lang] }),
      el('span', { className: 'score', text: ` ${skill.score} / 100` }),
    ]),
    el('div', { className: 'bar', attrs: { 'aria-hidden': 'true' } }, [fill]),
  ]);
}
