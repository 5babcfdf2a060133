import type { MeetingResult, MeetingView } from '../engine/index.ts';
import type { Lang } from '../engine/scenario/lang.ts';
import { LESSONS } from '../engine/scenario/lessons.ts';
import { colon, quoted } from '../ui/strings.ts';

/** Plain-text drawings of a meeting view and a result, for the terminal player. */
export function renderView(view: MeetingView): string {
  const lines: string[] = [];
  const said = colon(view.lang);
  if (view.playerSaid) lines.push(`  ${view.lang === 'fr' ? 'Vous' : 'You'}${said}${quoted(view.playerSaid, view.lang)}`);
  if (view.text) {
    const who = view.speaker ? `${view.speaker.name}` : '';
    lines.push(who ? `${who}${said}${view.text}` : `(${view.text})`);
  }
  if (view.prompt) lines.push(`» ${view.prompt}`);
  if (view.ending) lines.push('', `== ${view.ending.title} ==`, view.ending.epilogue);
  return lines.join('\n');
}

export function renderActions(view: MeetingView): string {
  return view.actions
    .map((a, i) => {
      if (a.action.kind === 'choose') return `  ${i + 1}. ${a.label}`;
      const key = { continue: 'c', note: 'n', interrupt: 'i' }[a.action.kind];
      return `  [${key}] ${a.label}`;
    })
    .join('\n');
}

export function renderResult(result: MeetingResult, lang: Lang): string {
  const fr = lang === 'fr';
  const said = colon(lang);
  const outcome = {
    advance: fr ? 'avancée\u00a0: une prochaine étape concrète' : 'advance: a concrete next step',
    continuation: fr ? 'suite vague\u00a0: rien de convenu' : 'continuation: nothing agreed',
    lost: fr ? 'perdu' : 'lost',
  }[result.outcome];
  const out = [`${fr ? 'Issue' : 'Outcome'}${said}${outcome}`];
  for (const skill of result.skills) {
    const name = { listening: fr ? 'Écoute' : 'Listening', closing: fr ? 'Conclusion' : 'Closing' }[skill.skill];
    out.push('', `${name}${said}${skill.score}/100 (${fr ? 'départ' : 'start'} ${skill.base})`);
    for (const m of skill.moments) {
      const sign = m.points > 0 ? `+${m.points}` : `${m.points}`;
      const title = LESSONS[m.lesson].title[lang];
      out.push(`  ${sign.padStart(4)}  ${fr ? 'tour' : 'turn'} ${m.turn} — ${quoted(m.said[lang], lang)}`);
      out.push(`        ${m.lesson} ${title}${said}${m.why[lang]}`);
    }
  }
  return out.join('\n');
}
