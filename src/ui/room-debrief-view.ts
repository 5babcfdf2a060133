import { type Lang, type MeetingResult, makeSessionCode, type Scenario } from '../engine/index.ts';
import { type RoomDecision, type RoomVote, roomPath } from '../engine/workshop/facilitation.ts';
import { languageSwitch } from './controls.ts';
import { decisionTitle } from './decision-title.ts';
import { button, el } from './dom.ts';
import { letter, ROOM, ROOM_COUNTS, rt } from './facilitator-strings.ts';
import { plural } from './plural.ts';
import { copyableCode } from './replay-code-view.ts';
import type { Settings } from './settings.ts';
import { colon, OUTCOME_NAMES } from './strings.ts';

/** The votes by the card's letters; when the room voted again, both rounds, each named. */
function votesText(decision: RoomDecision, lang: Lang): string {
  const counts = (round: readonly number[]) => decision.shown.map((i, place) => `${letter(place)} ${round[i] ?? 0}`).join(' · ');
  if (decision.rounds.length < 2) return counts(decision.counts);
  return decision.rounds.map((round, r) => `${rt(r === 0 ? 'firstVote' : 'secondVote', lang)} ${counts(round)}`).join(' — ');
}

/** The session code: the meeting and the room's counts, for the results board (see session-code.ts). */
function sessionCodeSection(result: MeetingResult, votes: readonly RoomVote[], lang: Lang): HTMLElement {
  const session = {
    scenarioId: result.scenarioId,
    scenarioVersion: result.scenarioVersion,
    lang,
    seed: result.seed,
    seeding: result.seeding,
    actions: result.actions,
  };
  const code = makeSessionCode(session, votes);
  return el('section', { className: 'replay session-code', data: { role: 'session-code-section', code } }, [
    el('h2', { text: rt('sessionCode', lang) }),
    ...copyableCode(
      {
        code,
        id: 'session-code',
        help: rt('sessionCodeHelp', lang),
        title: rt('sessionCode', lang),
        fileName: `rendez-vous-seance-${result.scenarioId}.txt`,
        downloadLabel: rt('saveSessionCode', lang),
      },
      lang,
    ),
  ]);
}

export interface RoomDebriefHandlers {
  fullDebrief(): void;
}

/**
 * The group debrief of a facilitated meeting: for each decision, how the room voted, what was
 * played (and whether the facilitator overrode the room), the option the scenario scores best,
 * and where the room split — the moments to discuss again.
 */
export function mountRoomDebrief(
  root: HTMLElement,
  scenario: Scenario,
  result: MeetingResult,
  votes: readonly RoomVote[],
  settings: Settings,
  handlers: RoomDebriefHandlers,
): { destroy(): void } {
  const draw = () => {
    const { lang } = settings.get();
    const path = roomPath(scenario, votes, result.variant);
    const divided = path.filter((d) => d.divided).length;
    const items = path.map((decision, place) => {
      const node = scenario.nodes[decision.nodeId];
      if (node?.kind !== 'decision') return null;
      // Lettered as the card lettered them; an option the card did not show (its condition did not hold) has no letter.
      const letterOf = (index: number) => {
        const place = decision.shown.indexOf(index);
        return place < 0 ? null : letter(place);
      };
      const text = (index: number | null) => {
        if (index === null) return '—';
        const l = letterOf(index);
        const said = node.options[index]?.text[lang] ?? '';
        return l === null ? said : `${l}. ${said}`;
      };
      return el(
        'li',
        { className: decision.divided ? 'room-decision divided' : 'room-decision', data: { node: decision.nodeId } },
        [
          el('h3', { text: decisionTitle(node, lang, place + 1) }),
          el('p', { className: 'votes', text: `${ROOM.votes[lang]}${colon(lang)}${votesText(decision, lang)}` }),
          el('p', { className: 'played', text: `${ROOM.played[lang]}${colon(lang)}${text(decision.played)}` }),
          el('p', { className: 'best', text: `${ROOM.best[lang]}${colon(lang)}${text(decision.best)}` }),
          decision.overridden ? el('p', { className: 'flag', text: rt('overridden', lang) }) : null,
          decision.divided ? el('p', { className: 'flag', text: rt('divided', lang) }) : null,
          decision.changedMind ? el('p', { className: 'flag', text: rt('changedMind', lang) }) : null,
        ],
      );
    });
    root.replaceChildren(
      el('section', { className: 'menu room-debrief', data: { role: 'room-debrief', outcome: result.outcome } }, [
        el('header', { className: 'menu-head' }, [
          el('h1', { text: rt('roomDebrief', lang) }),
          el('p', { className: 'tagline', text: `${scenario.title[lang]} — ${OUTCOME_NAMES[result.outcome][lang]}` }),
          el('div', { className: 'prefs' }, [languageSwitch(settings)]),
        ]),
        el('p', { text: rt('roomIntro', lang) }),
        divided > 0
          ? el('p', {
              className: 'notice',
              text: plural(ROOM_COUNTS.divided, divided, lang),
            })
          : null,
        el('ol', { className: 'room-path' }, items),
        el('div', { className: 'card-actions' }, [
          button(rt('fullDebrief', lang), handlers.fullDebrief, { className: 'primary', data: { action: 'full-debrief' } }),
        ]),
        sessionCodeSection(result, votes, lang),
      ]),
    );
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
