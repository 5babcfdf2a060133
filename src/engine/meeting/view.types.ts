import type { Look } from '../scenario/appearance.ts';
import type { Lang } from '../scenario/lang.ts';
import type { LessonId } from '../scenario/lessons.ts';
import type { Move } from '../scenario/moves.ts';
import type { Mood, Outcome, Skill } from '../scenario/schema.ts';
import type { Gesture, MeetingPlace } from '../scenario/stage-words.ts';
import type { Seeding } from './rng.ts';

/** How a prospect currently comes across; the presentation turns it into a face and a posture. */
export type Demeanor = 'neutral' | 'interested' | 'doubtful' | 'impatient' | 'closed';

/** How the player's last move landed with this person: warmer (trust rose), cooler (it fell), or neither. */
export type Reaction = 'warmer' | 'cooler' | 'none';

/** Something the player can do right now. `key` is what the keyboard shortcut and `--choices` use. */
export type PlayerAction =
  | { readonly kind: 'choose'; readonly index: number }
  | { readonly kind: 'continue' }
  | { readonly kind: 'note' }
  | { readonly kind: 'interrupt' };

export interface AvailableAction {
  readonly action: PlayerAction;
  /** The behaviour this action stands for (continuing a story is `let-finish`). */
  readonly moves: readonly Move[];
  /** The words on the button, in the session's language. */
  readonly label: string;
}

export interface SpeakerView {
  readonly id: string;
  readonly name: string;
  readonly role: string;
  /** Someone on the player's side (a colleague): no mood to show, nobody drawn. */
  readonly companion: boolean;
}

export interface ProspectView extends Omit<SpeakerView, 'companion'> {
  readonly mood: Mood;
  readonly demeanor: Demeanor;
  readonly reaction: Reaction;
  /** How to draw them: the scenario's appearance, completed from their ID. */
  readonly look: Look;
}

/**
 * Everything a presentation needs to draw the meeting at one instant, already in one language.
 * Scenes and the terminal player draw this and nothing else.
 */
export interface MeetingView {
  readonly lang: Lang;
  readonly phase: 'line' | 'decision' | 'reply' | 'listen' | 'ended';
  readonly nodeId: string;
  readonly turn: number;
  /** Who speaks `text`; null for narration. */
  readonly speaker: SpeakerView | null;
  readonly text: string;
  /** What the speaker does as they say `text`, for the art to show; null when the text names none. */
  readonly gesture: Gesture | null;
  /** The player's own words being answered, in the reply phase. */
  readonly playerSaid: string | null;
  /** The situation as the player sees it, at a decision. */
  readonly prompt: string | null;
  /** At a decision, the scenario's question for the room (facilitator mode). */
  readonly question: string | null;
  readonly actions: readonly AvailableAction[];
  /** In a listening window: which part of the story is being told, and whether its line has been fully shown. */
  readonly listening: {
    readonly segment: number;
    readonly segments: number;
    readonly lineFinished: boolean;
    readonly noted: boolean;
    /** The part was noted and held nothing worth writing down: nothing went on the pad. */
    readonly emptyNote: boolean;
    readonly interruptLabel: string;
  } | null;
  /** Every prospect of the scenario, whether in the room or not: `present` says who is drawn. */
  readonly prospects: readonly ProspectView[];
  /**
   * The IDs of the prospects in the room now, in the order of `prospects`: everyone, unless the
   * scenario says who enters and leaves. Someone leaving at this node is still here until it is over.
   */
  readonly present: readonly string[];
  /** Where the people are now: the scenario's setting, unless a node has moved them (a corridor, a lift). */
  readonly place: MeetingPlace;
  readonly notes: readonly string[];
  readonly ending: { readonly outcome: Outcome; readonly title: string; readonly epilogue: string } | null;
}

/** One thing the player did that earned or cost points, with the reason. */
export interface Moment {
  readonly turn: number;
  readonly nodeId: string;
  readonly skill: Skill;
  readonly points: number;
  readonly lesson: LessonId;
  readonly moves: readonly Move[];
  /** The player's words (or the action, such as a note) in both languages. */
  readonly said: { readonly fr: string; readonly en: string };
  readonly why: { readonly fr: string; readonly en: string };
}

export interface SkillScore {
  readonly skill: Skill;
  readonly base: number;
  readonly score: number;
  readonly moments: readonly Moment[];
}

/** The honest result of a finished meeting. */
export interface MeetingResult {
  readonly scenarioId: string;
  readonly scenarioVersion: number;
  readonly seed: number;
  /** The rules the seed's draws followed (see `Seeding`): replaying the actions needs both. */
  readonly seeding: Seeding;
  readonly variant: string | null;
  readonly outcome: Outcome;
  readonly endingId: string;
  readonly scores: Readonly<Record<Skill, number>>;
  readonly skills: readonly SkillScore[];
  readonly moments: readonly Moment[];
  readonly actions: readonly PlayerAction[];
}
