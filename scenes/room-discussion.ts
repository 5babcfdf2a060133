import type { MeetingView } from '../src/engine/index.ts';
import type { RoomVote } from '../src/engine/workshop/facilitation.ts';
import { openDiscussionCard } from '../src/ui/discussion-card.ts';

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
 */
export function roomDiscussion(ui: HTMLElement, app: HTMLElement, played: (index: number) => void): RoomDiscussion {
  const votes: RoomVote[] = [];
  let discussed: string | null = null;
  let card: { close(): void } | null = null;
  return {
    follow(view) {
      // A decision is drawn again at each snapshot and each change of settings: one card is enough.
      const key = `${view.turn}:${view.nodeId}`;
      if (view.phase !== 'decision' || key === discussed) return;
      if (!view.actions.some((a) => a.action.kind === 'choose')) return;
      discussed = key;
      const shown = view.actions.flatMap((a) => (a.action.kind === 'choose' ? [a.action.index] : []));
      app.dataset.card = 'open';
      card = openDiscussionCard(ui, view, ({ counts, played: index }) => {
        card = null;
        delete app.dataset.card;
        votes.push({ nodeId: view.nodeId, counts, played: index, shown });
        played(index);
      });
    },
    votes,
    close() {
      card?.close();
      delete app.dataset.card;
    },
  };
}
