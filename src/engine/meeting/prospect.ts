import type { Move } from '../scenario/moves.ts';
import type { Effects, Mood, Prospect } from '../scenario/schema.ts';
import type { Demeanor, Reaction } from './view.types.ts';

const clamp = (n: number) => Math.max(0, Math.min(100, n));

/** The prospect's temperament (reactions to each move) plus what the words themselves did. */
export function react(mood: Mood, reactions: Prospect['reactions'], moves: readonly Move[], effects: Effects | undefined): Mood {
  const changes = [...moves.map((m) => reactions?.[m]), effects];
  let next = mood;
  for (const change of changes) {
    if (!change) continue;
    next = {
      trust: clamp(next.trust + (change.trust ?? 0)),
      interest: clamp(next.interest + (change.interest ?? 0)),
      patience: clamp(next.patience + (change.patience ?? 0)),
    };
  }
  return next;
}

/** How a mood shows: the most telling signal wins (a closed prospect may still be interested). */
export function demeanorOf(mood: Mood): Demeanor {
  if (mood.trust < 25 || mood.patience < 15) return 'closed';
  if (mood.patience < 35) return 'impatient';
  if (mood.trust < 40) return 'doubtful';
  if (mood.interest >= 65 && mood.trust >= 55) return 'interested';
  return 'neutral';
}

/** What the last move did to the face: a small warming or cooling shows even when the mood stays put. */
export function reactionOf(warmth: number): Reaction {
  if (warmth >= 5) return 'warmer';
  if (warmth <= -5) return 'cooler';
  return 'none';
}
