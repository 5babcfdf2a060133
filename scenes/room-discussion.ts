import type { MeetingView } from '../src/engine/index.ts';
import { majorityOf, type RoomVote } from '../src/engine/workshop/facilitation.ts';
import { cardOptions, openDiscussionCard, situation } from '../src/ui/discussion-card.ts';
import type { LiveCards } from '../src/ui/live-card.ts';
import { colon } from '../src/ui/strings.ts';

/** Facilitator mode's discussions: one card at each decision, and the room's votes kept for its debrief. */
export interface RoomDiscussion {
  /** Opens the card if this snapshot is a decision the room has not discussed yet. */
  follow(view: MeetingView): void;
  readonly votes: readonly RoomVote[];
  close(): void;
}

/**
 * `played` plays the option the room settled on, once its card is closed. While a card is open,
 * `app` says so (`data-card`): on a projector the room moves over to make room for the card beside it.
 * With `live` (the game served by `npm run workshop`), the room votes from phones; hands are counted
 * when the workshop server cannot be reached, or when the facilitator falls back to them.
 */
export function roomDiscussion(
  ui: HTMLElement,
  app: HTMLElement,
  played: (index: number) => void,
  live: Promise<LiveCards> | null = null,
  earlier: readonly RoomVote[] = [],
): RoomDiscussion {
  const votes: RoomVote[] = [...earlier];
  let discussed: string | null = null;
  let card: { close(): void } | null = null;
  let ended = false;
  const settle = (vote: RoomVote) => {
    card = null;
    delete app.dataset.card;
    votes.push(vote);
    played(vote.played);
  };
  return {
    follow(view) {
      // A decision is drawn again at each snapshot and each change of settings: one card is enough.
      const key = `${view.turn}:${view.nodeId}`;
      if (view.phase !== 'decision' || key === discussed) return;
      if (!view.actions.some((a) => a.action.kind === 'choose')) return;
      discussed = key;
      const shown = view.actions.flatMap((a) => (a.action.kind === 'choose' ? [a.action.index] : []));
      app.dataset.card = 'open';
      const countHands = (notice?: string) => {
        card = openDiscussionCard(
          ui,
          view,
          ({ counts, played: index }) => settle({ nodeId: view.nodeId, counts, played: index, shown }),
          notice,
        );
      };
      if (!live) return countHands();
      void live.then((cards) => {
        if (ended || discussed !== key) return;
        if (!cards.room) return countHands(cards.unreachable(view.lang));
        card = cards.open(
          ui,
          view,
          cards.room,
          {
            play: ({ rounds, played: index }) =>
              settle({
                nodeId: view.nodeId,
                counts: rounds.at(-1) ?? [],
                played: index,
                shown,
                ...(rounds.length > 1 ? { rounds } : {}),
              }),
            handsInstead: () => countHands(),
          },
          { options: cardOptions(view), situation: situation(view), majorityOf, colon: colon(view.lang) },
        );
      });
    },
    votes,
    close() {
      ended = true;
      card?.close();
      delete app.dataset.card;
    },
  };
}
