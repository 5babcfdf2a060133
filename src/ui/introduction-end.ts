import type { MeetingResult, Scenario } from '../engine/index.ts';
import { momentsBody } from './debrief-moments.ts';
import { button, el } from './dom.ts';
import { it } from './introduction-strings.ts';
import type { Settings } from './settings.ts';
import { skillScore } from './skill-score.ts';
import { colon } from './strings.ts';

export interface IntroductionEndHandlers {
  /** To the menu and its meetings: the introduction is over. */
  menu(): void;
  again(): void;
}

/**
 * The introduction's last screen, instead of the full debrief: what is scored, the two scores, and
 * every moment the introduction just produced (no scored mistake is left out), then the way to the
 * meetings. The debrief's road not taken, figures and replay code would be a lesson of their own.
 */
export function mountIntroductionEnd(
  root: HTMLElement,
  scenario: Scenario,
  result: MeetingResult,
  settings: Settings,
  handlers: IntroductionEndHandlers,
): { destroy(): void } {
  const ending = scenario.nodes[result.endingId];
  const draw = () => {
    const { lang } = settings.get();
    const heading = el('h1', { attrs: { tabindex: '-1' } }, [
      el('span', { className: 'kicker', text: it('kicker', lang) }),
      el('span', { text: it('title', lang) }),
    ]);
    root.replaceChildren(
      el('section', { className: 'debrief introduction-end', data: { role: 'introduction-end', outcome: result.outcome } }, [
        el('header', { className: 'debrief-head' }, [heading, el('p', { text: it('twoScores', lang) })]),
        el(
          'div',
          { className: 'skills' },
          result.skills.map((s) => skillScore(s, lang)),
        ),
        ending?.kind === 'ending'
          ? el('p', { className: 'introduction-ending' }, [
              el('strong', { text: `${it('howItEnded', lang)}${colon(lang)}${ending.title[lang]}.` }),
              document.createTextNode(` ${ending.epilogue[lang]}`),
            ])
          : null,
        el('h2', { className: 'introduction-moments', text: it('moments', lang) }),
        momentsBody(scenario, result, lang),
        el('p', { text: it('afterwards', lang) }),
        el('div', { className: 'debrief-actions' }, [
          button(it('toMeetings', lang), handlers.menu, { className: 'primary', data: { action: 'menu' } }),
          button(it('again', lang), handlers.again, { data: { action: 'again' } }),
        ]),
      ]),
    );
    heading.focus();
  };
  draw();
  const unsubscribe = settings.subscribe(draw);
  return {
    destroy() {
      unsubscribe();
      root.replaceChildren();
    },
  };
}
