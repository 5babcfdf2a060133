import type { Move } from './moves.ts';

/**
 * Play styles that reach the far corners of a meeting: good endings often need a long run of good
 * moves, which random play seldom makes, and bad ones a run of bad moves.
 */
export const PLAY_STYLES: Readonly<Record<string, readonly Move[]>> = {
  attentive: [
    'research',
    'read-brief',
    'invite-introductions',
    'introduce',
    'let-finish',
    'repair',
    'take-note',
    'open-question',
    'relaunch',
    'summarize',
    'qualify',
    'ask-urgency',
    'state-constraints',
    'delegate',
    'split-stages',
    'ask-contract',
    'take-stock',
    'admit-weakness',
    'cite-reference',
    'pitch',
    'ask-time',
    'propose-next-step',
    'thank-and-leave',
  ],
  pushy: [
    'interrupt',
    'oversell',
    'monologue',
    'showcase',
    'deny-weakness',
    'force-decision',
    'insist',
    'work-for-free',
    'say-full',
  ],
  rambling: ['monologue', 'list-skills', 'interrupt', 'oversell', 'closed-question'],
  hurried: ['closed-question', 'list-skills', 'pitch', 'ask-impression', 'force-decision', 'thank-and-leave'],
};
