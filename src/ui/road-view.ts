import type { CostlyDecision, Lang, Road, Scenario } from '../engine/index.ts';
import { DEBRIEF_COUNTS, dt } from './debrief-strings.ts';
import { button, el } from './dom.ts';
import { plural } from './plural.ts';
import { colon, OUTCOME_NAMES, quoted } from './strings.ts';

function decisionItem(
  decision: CostlyDecision,
  scenario: Scenario,
  lang: Lang,
  tryFrom: (decision: CostlyDecision) => void,
): HTMLElement {
  const node = scenario.nodes[decision.nodeId];
  const optionText = (index: number) => (node?.kind === 'decision' ? (node.options[index]?.text[lang] ?? '') : '');
  const ending = scenario.nodes[decision.best.result.endingId];
  const { scores, outcome } = decision.best.result;
  // The player's words name the decision for a screen reader: the meeting shows no turn numbers.
  const chosenId = `road-chosen-${decision.step}`;
  return el(
    'li',
    { className: 'road', data: { node: decision.nodeId, cost: String(decision.cost), step: String(decision.step) } },
    [
      el('h3', { text: plural(DEBRIEF_COUNTS.pointsLost, decision.cost, lang) }),
      el('p', { className: 'chosen', attrs: { id: chosenId } }, [
        el('strong', { text: `${dt('youChose', lang)}${colon(lang)}` }),
        document.createTextNode(quoted(optionText(decision.chosen.option), lang)),
      ]),
      el('p', { className: 'best' }, [
        el('strong', { text: `${dt('bestWas', lang)}${colon(lang)}` }),
        document.createTextNode(quoted(optionText(decision.best.option), lang)),
      ]),
      el('p', {
        className: 'would-lead',
        text: dt('wouldLead', lang, {
          outcome: OUTCOME_NAMES[outcome][lang],
          title: ending?.kind === 'ending' ? ending.title[lang] : '',
          listening: scores.listening,
          closing: scores.closing,
        }),
      }),
      button(dt('tryFromHere', lang), () => tryFrom(decision), {
        data: { action: 'try-from-here' },
        attrs: { 'aria-describedby': chosenId },
      }),
    ],
  );
}

/**
 * The three decisions that cost the most, each with the best option and where it led, and a
 * button that replays the meeting up to that decision. `road` is null while it is being weighed.
 * Its heading is the debrief section's (`road-title`), which holds it.
 */
export function roadSection(
  road: Road | null,
  scenario: Scenario,
  lang: Lang,
  tryFrom: (decision: CostlyDecision) => void,
): HTMLElement {
  const body =
    road === null
      ? el('p', { className: 'road-status', text: dt('roadWeighing', lang) })
      : road.kind === 'too-large'
        ? el('p', { className: 'road-status', data: { road: 'too-large' }, text: dt('roadTooLarge', lang) })
        : road.decisions.length === 0
          ? el('p', { className: 'road-status', text: dt('roadNone', lang) })
          : el(
              'ol',
              { className: 'roads' },
              road.decisions.map((d) => decisionItem(d, scenario, lang, tryFrom)),
            );
  return el(
    'section',
    {
      className: 'road-not-taken',
      data: { role: 'road-not-taken', ready: String(road !== null) },
      attrs: { 'aria-labelledby': 'road-title', 'aria-busy': String(road === null) },
    },
    [el('p', { text: dt('roadHelp', lang) }), body],
  );
}
