import {
  type BoardRoom,
  type BoardRow,
  type DecisionTally,
  type Lang,
  type RoomAtDecision,
  type Scenario,
  tallyDecisions,
} from '../engine/index.ts';
import type { BoardPage } from './board-pages.ts';
import { BOARD_COUNTS, bt } from './board-strings.ts';
import { decisionTitle } from './decision-title.ts';
import { el } from './dom.ts';
import { letter } from './facilitator-strings.ts';
import { plural } from './plural.ts';
import { quoted } from './strings.ts';

/** A room as the board names it: its name if the facilitator wrote one, else "Room" (numbered when there are several). */
export function roomLabel(room: Pick<RoomAtDecision, 'room' | 'name'>, rooms: number, lang: Lang, subject = false): string {
  if (room.name) return room.name;
  const word = bt(subject ? 'theRoom' : 'room', lang);
  return rooms > 1 ? `${word} ${room.room + 1}` : word;
}

const ROUND_WORDS = ['firstVote', 'secondVote'] as const;

/**
 * How the players who reached one decision split among its options, the most chosen marked; then,
 * for each room that played it together, its count at each round, under the room's name.
 */
function decisionTable(tally: DecisionTally, optionText: (option: number) => string, rooms: number, lang: Lang): HTMLElement {
  const best = Math.max(...tally.options.map((o) => o.players));
  const playerHeads = [bt('option', lang), bt('chosenBy', lang), bt('meanScore', lang)];
  const counted = tally.rooms.flatMap((room) => room.rounds);
  // With rooms, a second heading row names each room's rounds; the players' headings span both rows.
  const twoRows = tally.rooms.length > 0;
  const head = twoRows
    ? [
        el('tr', {}, [
          ...playerHeads.map((h) => el('th', { text: h, attrs: { scope: 'col', rowspan: '2' } })),
          ...tally.rooms.map((room) =>
            el('th', {
              className: 'room-name',
              text: roomLabel(room, rooms, lang),
              attrs: { scope: 'colgroup', colspan: String(room.rounds.length) },
            }),
          ),
        ]),
        el(
          'tr',
          {},
          tally.rooms.flatMap((room) =>
            room.rounds.map((_, round) =>
              el('th', { className: 'room-round', text: bt(ROUND_WORDS[round] ?? 'secondVote', lang), attrs: { scope: 'col' } }),
            ),
          ),
        ),
      ]
    : [
        el(
          'tr',
          {},
          playerHeads.map((h) => el('th', { text: h, attrs: { scope: 'col' } })),
        ),
      ];
  return el('table', {}, [
    el('thead', {}, head),
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
          ...counted.map((counts) => el('td', { className: 'number room-round', text: String(counts[o.option] ?? 0) })),
        ]),
      ),
    ),
  ]);
}

/** Under the table, what each room played there, and whether discussing changed its mind. */
function roomNotes(tally: DecisionTally, optionText: (option: number) => string, rooms: number, lang: Lang): HTMLElement[] {
  return tally.rooms.map((room) => {
    const subject = roomLabel(room, rooms, lang, true);
    const place = tally.options.findIndex((o) => o.option === room.played);
    // Lettered only when the letters meant the same option on every screen.
    const option = tally.sameOrder ? `${letter(place)}. ${optionText(room.played)}` : quoted(optionText(room.played), lang);
    const played = bt('roomPlayed', lang, { room: subject, option });
    const changed = room.changedMind ? ` — ${bt('roomChangedMind', lang)}` : '';
    return el('p', { className: 'room-played', text: `${played}${changed}` });
  });
}

function decisionSections(
  scenario: Scenario,
  rows: readonly BoardRow[],
  rooms: readonly BoardRoom[],
  lang: Lang,
): (HTMLElement | null)[] {
  return tallyDecisions(rows, scenario, rooms).map((tally, place) => {
    const node = scenario.nodes[tally.nodeId];
    if (node?.kind !== 'decision') return null;
    const optionText = (option: number) => node.options[option]?.text[lang] ?? '';
    return el('section', { className: 'board-decision', data: { node: tally.nodeId } }, [
      el('h4', { text: decisionTitle(node, lang, place + 1) }),
      el('p', { className: 'reached', text: plural(BOARD_COUNTS.reached, tally.reached, lang) }),
      decisionTable(tally, optionText, rooms.length, lang),
      ...roomNotes(tally, optionText, rooms.length, lang),
    ]);
  });
}

/** One decision's table per screen: at a projector's 28-px type, two of them run past 1080 px. */
const DECISIONS_PER_SCREEN = 1;

/** Decision by decision, for each scenario the room played, in the order the codes came, a screen each. */
export function decisionPages(
  rows: readonly BoardRow[],
  rooms: readonly BoardRoom[],
  scenarios: readonly Scenario[],
  lang: Lang,
): BoardPage[] {
  const played = [...new Set([...rows, ...rooms].map((r) => r.scenarioId))];
  return played.flatMap((id) => {
    const scenario = scenarios.find((s) => s.id === id);
    if (!scenario) return [];
    const sections = decisionSections(scenario, rows, rooms, lang).filter((section) => section !== null);
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
