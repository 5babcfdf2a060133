import type { Lang, Text } from '../engine/index.ts';

/**
 * A decision as a room knows it, on the room's debrief and the results board: the question put to the
 * player, else what was said just before the choice, else the question for the room — never the
 * node's id, which only authors know. `place` numbers a decision that says nothing at all.
 */
export function decisionTitle(
  decision: { readonly prompt?: Text; readonly say?: Text; readonly question?: Text },
  lang: Lang,
  place: number,
): string {
  const words = decision.prompt ?? decision.say ?? decision.question;
  return words ? words[lang] : `${lang === 'fr' ? 'Décision' : 'Decision'} ${place}`;
}
