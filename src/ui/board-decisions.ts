import { type BoardRow, type DecisionTally, type Lang, type Scenario, tallyDecisions } from '../engine/index.ts';
import type { BoardPage } from './board-pages.ts';
import { BOARD_COUNTS, bt } from './board-strings.ts';
import { decisionTitle } from './decision-title.ts';
import { el } from './dom.ts';
import { letter } from './facilitator-strings.ts';
import { plural } from './plural.ts';

/** How the players who reached one decision split among its options; the most chosen is marked. */
function decisionTable(tally: DecisionTally, optionText: (option: number) => string, lang: Lang): HTMLElement {
  const best = Math.max(...tally.options.map((o) => o.players));
  return el('table', {}, [
    el('thead', {}, [
      el(
        'tr',
        {},
        [bt('option', lang), bt('chosenBy', lang), bt('meanScore', lang)].map((h) =>
          el('th', { text: h, attrs: { scope: 'col' } }),
        ),
      ),
    ]),
    el(
      'tbody',
      {},
      tally.options.map((o, place) =>
        el('tr', { className: o.players === best && best > 0 ? 'most' : '', data: { option: String(o.option) } }, [
          el('th', {
            // Lettered as the players saw the options, when they all saw them in one order.
            text: tally.sameOrder ? `${letter(place)}. ${optionText(o.option)}` : optionText(o.option),
            attrs: { scope: 'row' },
          }),
          el('td', { className: 'number', text: String(o.players) }),
          el('td', { className: 'number', text: o.meanScore === null ? '—' : String(o.meanScore) }),
        ]),
      ),
    ),
  ]);
}

function decisionSections(scenario: Scenario, rows: readonly BoardRow[], lang: Lang): (HTMLElement | null)[] {
  return tallyDecisions(rows, scenario).map((tally, place) => {
    const node = scenario.nodes[tally.nodeId];
    if (node?.kind !== 'decision') return null;
    return el('section', { className: 'board-decision', data: { node: tally.nodeId } }, [
      el('h4', { text: decisionTitle(node, lang, place + 1) }),
      el('p', { className: 'reached', text: plural(BOARD_COUNTS.reached, tally.reached, lang) }),
      decisionTable(tally, (option) => node.options[option]?.text[lang] ?? '', lang),
    ]);
  });
}

/** One decision's table per screen: at a projector's 28-px type, two of them run past 1080 px. */
const DECISIONS_PER_SCREEN = 1;

/** Decision by decision, for each scenario the room played, in the order the codes came, a screen each. */
export function decisionPages(rows: readonly BoardRow[], scenarios: readonly Scenario[], lang: Lang): BoardPage[] {
  const played = [...new Set(rows.map((r) => r.scenarioId))];
  return played.flatMap((id) => {
    const scenario = scenarios.find((s) => s.id === id);
    if (!scenario) return [];
    const sections = decisionSections(scenario, rows, lang).filter((section) => section !== null);
    const pages: BoardPage[] = [];
    for (let start = 0; start < sections.length; start += DECISIONS_PER_SCREEN)
      pages.push([
        el('h2', { text: bt('decisions', lang) }),
        el('h3', { text: scenario.title[lang] }),
        ...sections.slice(start, start + DECISIONS_PER_SCREEN),
      ]);
    return pages;
  });
}
