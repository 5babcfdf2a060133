import { type Lang, LESSONS, type MeetingResult, type Moment, type Scenario, type SkillScore } from '../engine/index.ts';
import { DEBRIEF_COUNTS, dt } from './debrief-strings.ts';
import { el } from './dom.ts';
import { plural } from './plural.ts';
import { colon, quoted, SKILL_NAMES, t } from './strings.ts';

/** Points as a coach writes them: a sign always, and a real minus. */
export function signed(points: number): string {
  return points > 0 ? `+${points}` : `−${Math.abs(points)}`;
}

/** "+12 points", "−1 point": signed, agreeing with its size. */
export function pointsText(points: number, lang: Lang): string {
  return plural(DEBRIEF_COUNTS.points, Math.abs(points), lang, { signed: signed(points) });
}

/**
 * What the player did at a moment, as the debrief quotes it. A moment of the ending is how the
 * meeting ended (its title), not words of the player's: it is named so, unquoted.
 */
export function saidLine(moment: Moment, scenario: Scenario, result: MeetingResult, lang: Lang): HTMLElement {
  const ending = moment.nodeId === result.endingId ? scenario.nodes[moment.nodeId] : undefined;
  return ending?.kind === 'ending'
    ? el('p', { className: 'said at-ending', text: `${dt('howItEnded', lang)}${colon(lang)}${ending.title[lang]}` })
    : el('p', { className: 'said', text: quoted(moment.said[lang], lang) });
}

function momentItem(moment: Moment, scenario: Scenario, result: MeetingResult, lang: Lang): HTMLElement {
  return el(
    'li',
    {
      className: `moment ${moment.points > 0 ? 'gain' : 'loss'}`,
      data: { lesson: moment.lesson, points: String(moment.points) },
    },
    [
      el('p', { className: 'moment-head' }, [
        el('span', { className: 'points', text: pointsText(moment.points, lang) }),
        el('span', { className: 'lesson', text: LESSONS[moment.lesson].title[lang] }),
      ]),
      saidLine(moment, scenario, result, lang),
      el('p', { className: 'why', text: moment.why[lang] }),
    ],
  );
}

function skillMoments(skill: SkillScore, scenario: Scenario, result: MeetingResult, lang: Lang): HTMLElement[] {
  const items =
    skill.moments.length > 0
      ? skill.moments.map((m) => momentItem(m, scenario, result, lang))
      : [el('li', { className: 'empty', text: t('noMoments', lang) })];
  return [
    el('h3', {
      className: 'moments-start',
      data: { startOf: skill.skill },
      text: dt('momentsStart', lang, { skill: SKILL_NAMES[skill.skill][lang], base: skill.base }),
    }),
    el('ol', { className: 'moments', data: { momentsOf: skill.skill } }, items),
  ];
}

/** Every moment that moved a score, skill by skill, in the order they happened, from each skill's starting point. */
export function momentsBody(scenario: Scenario, result: MeetingResult, lang: Lang): HTMLElement {
  return el(
    'div',
    { className: 'all-moments' },
    result.skills.flatMap((s) => skillMoments(s, scenario, result, lang)),
  );
}
