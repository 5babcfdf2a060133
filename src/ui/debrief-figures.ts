import type { ConversationFigures, Lang } from '../engine/index.ts';
import { DEBRIEF_COUNTS, dt } from './debrief-strings.ts';
import { el } from './dom.ts';
import { plural } from './plural.ts';

/** Past this share of the talk, the sales-call analyses see fewer wins: the figure is marked. */
export const TOO_MUCH_TALK = 0.65;

function figure(name: string, key: string, value: string, reference: string, warn = false): HTMLElement {
  return el('div', { className: `figure${warn ? ' warn' : ''}`, data: { figure: key } }, [
    el('dt', { text: name }),
    el('dd', { className: 'value', text: value }),
    el('dd', { className: 'reference', text: reference }),
  ]);
}

/**
 * The conversation figures of a session, each next to its published reference point. Its heading
 * is the debrief section's (`figures-title`), which holds it.
 */
export function figuresSection(figures: ConversationFigures, lang: Lang): HTMLElement {
  const share = figures.talkShare;
  const words = (count: number) => plural(DEBRIEF_COUNTS.words, count, lang);
  const stretch = (s: { words: number; seconds: number }) => dt('stretchValue', lang, { ...s, words: words(s.words) });
  return el('section', { className: 'figures', attrs: { 'aria-labelledby': 'figures-title' } }, [
    el('p', { className: 'figures-help', text: dt('figuresHelp', lang) }),
    el('dl', {}, [
      figure(
        dt('talkShare', lang),
        'talk-share',
        share === null
          ? dt('nobodySpoke', lang)
          : dt('talkShareValue', lang, {
              share: Math.round(share * 100),
              player: words(figures.playerWords),
              total: figures.playerWords + figures.prospectWords,
            }),
        dt('talkShareRef', lang),
        share !== null && share > TOO_MUCH_TALK,
      ),
      figure(dt('monologue', lang), 'monologue', stretch(figures.longestMonologue), dt('monologueRef', lang)),
      figure(dt('story', lang), 'story', stretch(figures.longestStory), dt('storyRef', lang)),
      figure(
        dt('questions', lang),
        'questions',
        dt('questionsValue', lang, {
          open: plural(DEBRIEF_COUNTS.open, figures.questions.open, lang),
          closed: plural(DEBRIEF_COUNTS.closed, figures.questions.closed, lang),
        }),
        dt('questionsRef', lang),
      ),
      figure(
        dt('interruptions', lang),
        'interruptions',
        String(figures.interruptions),
        dt('interruptionsRef', lang),
        figures.interruptions > 0,
      ),
      figure(
        dt('notes', lang),
        'notes',
        dt('notesValue', lang, {
          notes: figures.notes,
          captured: figures.pains.captured,
          heard: plural(DEBRIEF_COUNTS.heard, figures.pains.heard, lang),
        }),
        '',
      ),
      figure(
        dt('hiddenNeeds', lang),
        'hidden-needs',
        dt('hiddenNeedsValue', lang, figures.hiddenNeeds),
        dt('hiddenNeedsRef', lang),
      ),
    ]),
  ]);
}
