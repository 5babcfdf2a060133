import { assign, setup } from 'xstate';
import type { Move } from './moves.ts';
import type { Effects, Mood, Prospect } from './schema.ts';
import type { Demeanor, Reaction } from './view.types.ts';

export type ProspectEvent = { type: 'prospect.react'; moves: readonly Move[]; effects: Effects | undefined };

export interface ProspectContext {
  readonly id: string;
  readonly mood: Mood;
  /** How much trust the last move won (or lost): the face shows it for a moment, whatever the mood. */
  readonly warmth: number;
  readonly reactions: Prospect['reactions'];
}

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

const DEMEANORS: readonly Demeanor[] = ['neutral', 'interested', 'doubtful', 'impatient', 'closed'];

/**
 * A prospect is an actor of its own: it keeps its mood, reacts to the player's moves, and shows a
 * demeanor (its state) that the presentation draws and that the meeting's routes can read.
 */
export const prospectMachine = setup({
  types: {
    context: {} as ProspectContext,
    input: {} as { prospect: Prospect },
    events: {} as ProspectEvent,
  },
  guards: {
    'mood shows': ({ context }, params: { demeanor: Demeanor }) => demeanorOf(context.mood) === params.demeanor,
  },
}).createMachine({
  id: 'prospect',
  context: ({ input }) => ({
    id: input.prospect.id,
    mood: input.prospect.mood,
    warmth: 0,
    reactions: input.prospect.reactions,
  }),
  initial: 'neutral',
  on: {
    'prospect.react': {
      actions: assign(({ context, event }) => {
        const mood = react(context.mood, context.reactions, event.moves, event.effects);
        return { mood, warmth: mood.trust - context.mood.trust };
      }),
    },
  },
  states: Object.fromEntries(
    DEMEANORS.map((demeanor) => [
      demeanor,
      {
        always: DEMEANORS.filter((other) => other !== demeanor).map((other) => ({
          guard: { type: 'mood shows' as const, params: { demeanor: other } },
          target: other,
        })),
      },
    ]),
  ),
});
