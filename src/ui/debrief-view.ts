import {
  type CostlyDecision,
  conversationFigures,
  type MeetingResult,
  type Road,
  type Scenario,
  seedOf,
  weighRoad,
} from '../engine/index.ts';
import { openAboutScoring } from './about-scoring.ts';
import { figuresSection } from './debrief-figures.ts';
import { momentsBody } from './debrief-moments.ts';
import { DEBRIEF_COUNTS, dt, OUTCOME_TERMS } from './debrief-strings.ts';
import { button, el } from './dom.ts';
import { plural } from './plural.ts';
import { replayCodeSection } from './replay-code-view.ts';
import { pr } from './replay-strings.ts';
import { roadSection } from './road-view.ts';
import type { Settings } from './settings.ts';
import { skillScore } from './skill-score.ts';
import { colon, OUTCOME_NAMES, quoteMarks, t } from './strings.ts';
import { gapNote, rememberSection } from './takeaways-view.ts';

export interface DebriefHandlers {
  playAgain(): void;
  menu(): void;
  /** Replays the meeting up to a decision (the first `step` actions), then lets the player choose again. */
  tryFrom(step: number): void;
}

/**
 * The road is weighed in slices of about this many milliseconds, so that a frame is never held up
 * for long, each slice in steps of this many states (a state takes some tens of microseconds).
 */
const SLICE_MS = 25;
const SLICE_STATES = 200;

/** The sections folded under the first screen, in the order shown. */
type SectionKey = 'moments' | 'ending' | 'road' | 'figures' | 'replay';

/**
 * A section folded under the first screen: its heading is the disclosure's label, so the first
 * screen lists every section without opening any. `open` keeps what the player opened across redraws.
 */
function folded(key: SectionKey, heading: readonly (Node | string)[], body: Node, open: Set<SectionKey>): HTMLDetailsElement {
  const details = el('details', { className: 'debrief-section', data: { section: key } }, [
    el('summary', {}, [
      el(
        'h2',
        { attrs: { id: `${key}-title` } },
        heading.map((h) => (typeof h === 'string' ? document.createTextNode(h) : h)),
      ),
    ]),
    body,
  ]);
  details.open = open.has(key);
  details.addEventListener('toggle', () => (details.open ? open.add(key) : open.delete(key)));
  return details;
}

/**
 * The honest debrief, one screen first: how it ended, both scores and three things to remember;
 * every moment, the story's end, the road not taken, the figures and the replay code folded below.
 */
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
  const open = new Set<SectionKey>();
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
        el('div', { className: 'debrief-top' }, [
          el('header', { className: 'debrief-head' }, [
            heading,
            el('p', { className: 'outcome-term', text: OUTCOME_TERMS[result.outcome][lang] }),
            gapNote(result, lang),
          ]),
          el(
            'div',
            { className: 'skills' },
            result.skills.map((s) => skillScore(s, lang)),
          ),
        ]),
        rememberSection(scenario, result, lang),
        el('div', { className: 'debrief-sections' }, [
          folded(
            'moments',
            [plural(DEBRIEF_COUNTS.moments, result.moments.length, lang)],
            momentsBody(scenario, result, lang),
            open,
          ),
          folded(
            'ending',
            [
              `${dt('endingSection', lang)}${colon(lang)}${quoteMarks(lang)[0]}`,
              el('span', { className: 'ending-title', text: title }),
              quoteMarks(lang)[1],
            ],
            el('p', { className: 'epilogue', text: epilogue }),
            open,
          ),
          folded('road', [dt('roadTitle', lang)], roadPart, open),
          folded(
            'figures',
            [dt('figuresTitle', lang)],
            figuresSection(conversationFigures(scenario, seedOf(result), result.actions, lang), lang),
            open,
          ),
          folded('replay', [pr('codeTitle', lang)], replayCodeSection(result, lang), open),
        ]),
        el('div', { className: 'debrief-actions' }, [
          button(t('playAgain', lang), handlers.playAgain, { className: 'primary', data: { action: 'play-again' } }),
          button(t('backToMenu', lang), handlers.menu, { data: { action: 'menu' } }),
          button(dt('aboutButton', lang), () => openAboutScoring(root, lang), { data: { action: 'about-scoring' } }),
        ]),
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
