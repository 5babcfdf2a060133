import {
  type CostlyDecision,
  conversationFigures,
  type Lang,
  type MeetingResult,
  type Moment,
  roadNotTaken,
  type Scenario,
  type SkillScore,
} from '../engine/index.ts';
import { openAboutScoring } from './about-scoring.ts';
import { lessonTitle } from './controls.ts';
import { figuresSection } from './debrief-figures.ts';
import { dt, OUTCOME_TERMS } from './debrief-strings.ts';
import { button, el } from './dom.ts';
import { replayCodeSection } from './replay-code-view.ts';
import { roadSection } from './road-view.ts';
import type { Settings } from './settings.ts';
import { OUTCOME_NAMES, SKILL_NAMES, t } from './strings.ts';

export interface DebriefHandlers {
  playAgain(): void;
  menu(): void;
  /** Replays the meeting up to a decision (the first `step` actions), then lets the player choose again. */
  tryFrom(step: number): void;
}

export interface EndingText {
  readonly title: string;
  readonly epilogue: string;
}

/** Points as a coach writes them: a sign always, and a real minus. */
export function signed(points: number): string {
  return points > 0 ? `+${points}` : `−${Math.abs(points)}`;
}

function momentItem(moment: Moment, lang: Lang): HTMLElement {
  const title = lessonTitle(moment.lesson, lang);
  return el(
    'li',
    {
      className: `moment ${moment.points > 0 ? 'gain' : 'loss'}`,
      data: { lesson: moment.lesson, points: String(moment.points) },
    },
    [
      el('p', { className: 'moment-head' }, [
        el('span', { className: 'points', text: `${signed(moment.points)} ${t('points', lang)}` }),
        el('span', { className: 'turn', text: `${t('turn', lang)} ${moment.turn}` }),
        el('span', { className: 'lesson', text: `${moment.lesson} · ${title}` }),
      ]),
      el('p', { className: 'said', text: lang === 'fr' ? `« ${moment.said.fr} »` : `“${moment.said.en}”` }),
      el('p', { className: 'why', text: moment.why[lang] }),
    ],
  );
}

function skillCard(skill: SkillScore, lang: Lang): HTMLElement {
  const name = SKILL_NAMES[skill.skill][lang];
  const fill = el('span', { className: 'bar-fill' });
  fill.style.width = `${skill.score}%`;
  const bar = el('div', { className: 'bar', attrs: { 'aria-hidden': 'true' } }, [fill]);
  const moments =
    skill.moments.length > 0
      ? skill.moments.map((m) => momentItem(m, lang))
      : [el('li', { className: 'empty', text: t('noMoments', lang) })];
  return el(
    'section',
    { className: 'skill', data: { skill: skill.skill, score: String(skill.score), base: String(skill.base) } },
    [
      el('h2', { className: 'skill-name' }, [
        el('span', { text: name }),
        el('span', { className: 'score', text: ` ${skill.score} / 100` }),
      ]),
      bar,
      el('p', { className: 'base', text: `${t('startedAt', lang)}${lang === 'fr' ? ' : ' : ': '}${skill.base} / 100` }),
      el('h3', { className: 'moments-title', text: t('moments', lang) }),
      el('ol', { className: 'moments' }, moments),
    ],
  );
}

/** The honest debrief: how it ended, both scores from their starting point, and every moment that moved them. */
export function mountDebrief(
  root: HTMLElement,
  scenario: Scenario,
  result: MeetingResult,
  settings: Settings,
  handlers: DebriefHandlers,
): { destroy(): void } {
  const ending = scenario.nodes[result.endingId];
  // Weighing every option of every decision replays the meeting dozens of times: it is done once,
  // after the debrief is on screen, and its section filled in when ready.
  let road: readonly CostlyDecision[] | null = null;
  let roadHolder: HTMLElement | null = null;
  const tryFrom = (decision: CostlyDecision) => handlers.tryFrom(decision.step);
  const draw = () => {
    const { lang } = settings.get();
    const title = ending?.kind === 'ending' ? ending.title[lang] : '';
    const epilogue = ending?.kind === 'ending' ? ending.epilogue[lang] : '';
    const roadPart = roadSection(road, scenario, lang, tryFrom);
    roadHolder = roadPart;
    const heading = el('h1', { attrs: { tabindex: '-1' } }, [
      el('span', { className: 'kicker', text: `${t('debrief', lang)} · ${scenario.title[lang]}` }),
      el('span', { className: 'outcome-name', text: OUTCOME_NAMES[result.outcome][lang] }),
    ]);
    const section = el(
      'section',
      { className: `debrief outcome-${result.outcome}`, data: { role: 'debrief', outcome: result.outcome } },
      [
        el('header', { className: 'debrief-head' }, [
          heading,
          el('p', { className: 'outcome-term', text: OUTCOME_TERMS[result.outcome][lang] }),
          el('p', { className: 'ending-title', text: title }),
          el('p', { className: 'epilogue', text: epilogue }),
        ]),
        el(
          'div',
          { className: 'skills' },
          result.skills.map((s) => skillCard(s, lang)),
        ),
        figuresSection(conversationFigures(scenario, result.seed, result.actions, lang), lang),
        roadPart,
        el('div', { className: 'debrief-actions' }, [
          button(t('playAgain', lang), handlers.playAgain, { className: 'primary', data: { action: 'play-again' } }),
          button(t('backToMenu', lang), handlers.menu, { data: { action: 'menu' } }),
          button(dt('aboutButton', lang), () => openAboutScoring(root, lang), { data: { action: 'about-scoring' } }),
        ]),
        replayCodeSection(result, lang),
        el('p', { className: 'seed', text: `${t('seed', lang)} ${result.seed}` }),
      ],
    );
    root.replaceChildren(section);
    heading.focus();
  };
  draw();
  const unsubscribe = settings.subscribe(draw);
  const weighing = setTimeout(() => {
    road = roadNotTaken(scenario, result.seed, result.actions);
    const filled = roadSection(road, scenario, settings.get().lang, tryFrom);
    roadHolder?.replaceWith(filled);
    roadHolder = filled;
  }, 50);
  return {
    destroy() {
      clearTimeout(weighing);
      unsubscribe();
      root.replaceChildren();
    },
  };
}
