import {
  type Lang,
  LESSONS,
  type MeetingResult,
  type Moment,
  type OutcomeGap,
  outcomeGap,
  type Practice,
  type Scenario,
  takeaways,
} from '../engine/index.ts';
import { pointsText, saidLine } from './debrief-moments.ts';
import { DEBRIEF_COUNTS, dt } from './debrief-strings.ts';
import { el } from './dom.ts';
import { plural } from './plural.ts';

function label(text: string, points: string | null): HTMLElement {
  return el('p', { className: 'takeaway-label' }, [
    el('strong', { text }),
    points ? el('span', { className: 'points', text: points }) : null,
  ]);
}

/** The costliest or the best moment: the points, the lesson, the player's words and why. */
function momentTakeaway(
  kind: 'costliest' | 'best',
  moment: Moment | null,
  scenario: Scenario,
  result: MeetingResult,
  lang: Lang,
): HTMLElement {
  if (!moment) {
    return el('li', { className: `takeaway ${kind} none`, data: { takeaway: kind } }, [
      label(dt(kind, lang), null),
      el('p', { className: 'why', text: dt(kind === 'costliest' ? 'noCostliest' : 'noBest', lang) }),
    ]);
  }
  return el(
    'li',
    { className: `takeaway ${kind}`, data: { takeaway: kind, lesson: moment.lesson, points: String(moment.points) } },
    [
      label(dt(kind, lang), pointsText(moment.points, lang)),
      el('p', { className: 'lesson', text: LESSONS[moment.lesson].title[lang] }),
      saidLine(moment, scenario, result, lang),
      el('p', { className: 'why', text: moment.why[lang] }),
    ],
  );
}

function practiseTakeaway(practise: Practice | null, lang: Lang): HTMLElement {
  if (!practise) {
    return el('li', { className: 'takeaway practise none', data: { takeaway: 'practise' } }, [
      label(dt('practise', lang), null),
      el('p', { className: 'why', text: dt('nothingToPractise', lang) }),
    ]);
  }
  const lesson = LESSONS[practise.lesson];
  return el(
    'li',
    { className: 'takeaway practise', data: { takeaway: 'practise', lesson: practise.lesson, reason: practise.reason } },
    [
      label(dt('practise', lang), null),
      el('p', { className: 'lesson', text: lesson.title[lang] }),
      el('p', { className: 'description', text: lesson.description[lang] }),
      el('p', {
        className: 'practise-reason',
        text: practise.reason === 'lost-points' ? plural(DEBRIEF_COUNTS.lostOnLesson, practise.lost, lang) : dt('notMet', lang),
      }),
    ],
  );
}

/** The debrief's first lesson: the costliest moment, the best one, and the lesson to practise next. */
export function rememberSection(scenario: Scenario, result: MeetingResult, lang: Lang): HTMLElement {
  const { costliest, best, practise } = takeaways(scenario, result);
  return el('section', { className: 'remember', attrs: { 'aria-labelledby': 'remember-title' } }, [
    el('h2', { text: dt('rememberTitle', lang), attrs: { id: 'remember-title' } }),
    el('ol', { className: 'takeaways' }, [
      momentTakeaway('costliest', costliest, scenario, result, lang),
      momentTakeaway('best', best, scenario, result, lang),
      practiseTakeaway(practise, lang),
    ]),
  ]);
}

function gapText(gap: OutcomeGap, lang: Lang): string {
  const phrase = gap.kind === 'won-despite-scores' ? DEBRIEF_COUNTS.wonDespiteScores : DEBRIEF_COUNTS.notWonDespiteScores;
  const lead = plural(phrase, gap.skills.length, lang);
  return gap.reason ? `${lead} ${gap.reason.why[lang]}` : lead;
}

/** One sentence, when the scores and the outcome seem to disagree, on why they do not; else nothing. */
export function gapNote(result: MeetingResult, lang: Lang): HTMLElement | null {
  const gap = outcomeGap(result);
  return gap ? el('p', { className: 'score-gap', data: { gap: gap.kind }, text: gapText(gap, lang) }) : null;
}
