import {
  type CostlyDecision,
  conversationFigures,
  type Lang,
  LESSONS,
  type MeetingResult,
  type Moment,
  type Road,
  type Scenario,
  type SkillScore,
  seedOf,
  weighRoad,
} from '../engine/index.ts';
import { openAboutScoring } from './about-scoring.ts';
import { figuresSection } from './debrief-figures.ts';
import { dt, OUTCOME_TERMS } from './debrief-strings.ts';
import { button, el } from './dom.ts';
import { plural } from './plural.ts';
import { replayCodeSection } from './replay-code-view.ts';
import { roadSection } from './road-view.ts';
import type { Settings } from './settings.ts';
import { colon, OUTCOME_NAMES, quoted, SKILL_NAMES, t, UI_COUNTS } from './strings.ts';

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

/**
 * The road is weighed in slices of about this many milliseconds, so that a frame is never held up
 * for long, each slice in steps of this many states (a state takes some tens of microseconds).
 */
const SLICE_MS = 25;
const SLICE_STATES = 200;

function momentItem(moment: Moment, lang: Lang): HTMLElement {
  const title = LESSONS[moment.lesson].title[lang];
  return el(
    'li',
    {
      className: `moment ${moment.points > 0 ? 'gain' : 'loss'}`,
      data: { lesson: moment.lesson, points: String(moment.points) },
    },
    [
      el('p', { className: 'moment-head' }, [
        el('span', {
          className: 'points',
          text: plural(UI_COUNTS.points, Math.abs(moment.points), lang, { signed: signed(moment.points) }),
        }),
        el('span', { className: 'turn', text: `${t('turn', lang)} ${moment.turn}` }),
        el('span', { className: 'lesson', text: `${moment.lesson} · ${title}` }),
      ]),
      el('p', { className: 'said', text: quoted(moment.said[lang], lang) }),
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
      el('p', { className: 'base', text: `${t('startedAt', lang)}${colon(lang)}${skill.base} / 100` }),
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
  // Weighing every option of every decision walks the rest of the meeting from each: it starts once
  // the debrief is on screen and runs in short slices (the page stays responsive), and its section
  // is filled in when ready.
  let road: Road | null = null;
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
        figuresSection(conversationFigures(scenario, seedOf(result), result.actions, lang), lang),
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
  const weighing = weighRoad(scenario, seedOf(result), result.actions);
  const slice = () => {
    const until = performance.now() + SLICE_MS;
    while (!road && performance.now() < until) road = weighing.work(SLICE_STATES);
    if (!road) {
      timer = setTimeout(slice, 0);
      return;
    }
    const filled = roadSection(road, scenario, settings.get().lang, tryFrom);
    roadHolder?.replaceWith(filled);
    roadHolder = filled;
  };
  let timer = setTimeout(slice, 50);
  return {
    destroy() {
      clearTimeout(timer);
      unsubscribe();
      root.replaceChildren();
    },
  };
}
