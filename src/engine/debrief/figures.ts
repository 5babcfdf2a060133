import type { MeetingSeed } from '../meeting/session.ts';
import { newScreen, type SessionStep, walkSession } from '../meeting/transcript.ts';
import type { PlayerAction } from '../meeting/view.types.ts';
import type { Lang } from '../scenario/lang.ts';
import type { Move } from '../scenario/moves.ts';
import type { Scenario } from '../scenario/schema.ts';

/*
 * Conversation figures: what a recorded sales call is measured by (share of talk, longest
 * monologue, the customer's longest story, questions, interruptions), computed from a finished
 * session. The session is replayed and every screen read in the session's language, so talk is
 * counted in the words the player actually read and chose. Narration is nobody's talk, and what the
 * player chooses at a narrated decision (preparing, taking stock) is thought, not talk.
 */

/** Who said something, in the conversation's terms. */
export type Voice = 'player' | 'prospect';

/** One thing said aloud: who, how many words, and for the player's words the moves they make. */
export interface Utterance {
  readonly voice: Voice;
  readonly words: number;
  readonly moves: readonly Move[];
  /** The player's words contain a question. */
  readonly question: boolean;
}

/** A stretch of talk by one side, with its estimated length. */
export interface Stretch {
  readonly words: number;
  readonly seconds: number;
}

export interface ConversationFigures {
  readonly playerWords: number;
  readonly prospectWords: number;
  /** The player's share of the words spoken (0–1), or null when nobody spoke. */
  readonly talkShare: number | null;
  /** The player's longest run of talk with no word from the prospect in between. */
  readonly longestMonologue: Stretch;
  /** The prospect's longest run of talk with no word from the player in between. */
  readonly longestStory: Stretch;
  readonly questions: { readonly open: number; readonly closed: number };
  readonly interruptions: number;
  /** Notes put on the pad (a note on a part with nothing worth writing down puts nothing there). */
  readonly notes: number;
  /** Pains noted while they were told, out of the pains the player heard told. */
  readonly pains: { readonly captured: number; readonly heard: number };
  /**
   * What a prospect only says when allowed to finish a story (a listening window's ending), out
   * of the listening windows the scenario holds.
   */
  readonly hiddenNeeds: { readonly uncovered: number; readonly total: number };
}

/**
 * A typical conversational pace, about 150 words a minute in French as in English. Talk time is
 * only ever estimated from words: the game has no voices to time.
 */
export const WORDS_PER_MINUTE = 150;

/** Words as a reader counts them: runs of characters holding a letter or digit ("l’équipe" is one, "—" none). */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

export function secondsFor(words: number): number {
  return Math.round((words / WORDS_PER_MINUTE) * 60);
}

/** Moves that make a question open: the author tagged it so, or it is a short prompt to go on. */
const OPEN_MOVES: readonly Move[] = ['open-question', 'relaunch'];

/**
 * Whether the player's words of a step were said in the room. A decision the narrator frames (the
 * evening before, a few seconds to oneself) is preparation or thought: nobody hears it.
 */
function aloud(scenario: Scenario, step: SessionStep): boolean {
  return scenario.nodes[step.before.nodeId]?.speaker !== 'narrator';
}

/** Everything said aloud in a session, in order, in the session's language. */
export function transcript(scenario: Scenario, seed: MeetingSeed, actions: readonly PlayerAction[], lang: Lang): Utterance[] {
  const said: Utterance[] = [];
  walkSession(scenario, seed, actions, lang, (step) => {
    if (!newScreen(step)) return;
    const { after } = step;
    if (after.playerSaid !== null && aloud(scenario, step)) {
      said.push({
        voice: 'player',
        words: countWords(after.playerSaid),
        moves: step.moves,
        question: after.playerSaid.includes('?'),
      });
    }
    // A companion (the player's colleague) is neither voice of the conversation the figures weigh.
    if (after.speaker && !after.speaker.companion && after.text) {
      said.push({ voice: 'prospect', words: countWords(after.text), moves: [], question: false });
    }
  });
  return said;
}

/** The longest run of one voice's words, other voices' silence (narration) not breaking it. */
function longest(said: readonly Utterance[], voice: Voice): Stretch {
  let best = 0;
  let run = 0;
  for (const u of said) {
    run = u.voice === voice ? run + u.words : 0;
    best = Math.max(best, run);
  }
  return { words: best, seconds: secondsFor(best) };
}

/** The figures of a finished session (or of as much of it as the actions play). */
export function conversationFigures(
  scenario: Scenario,
  seed: MeetingSeed,
  actions: readonly PlayerAction[],
  lang: Lang,
): ConversationFigures {
  const said = transcript(scenario, seed, actions, lang);
  const total = (voice: Voice) => said.filter((u) => u.voice === voice).reduce((sum, u) => sum + u.words, 0);
  const playerWords = total('player');
  const prospectWords = total('prospect');
  const questions = said.filter(
    (u) =>
      u.voice === 'player' && (u.question || u.moves.includes('closed-question') || u.moves.some((m) => OPEN_MOVES.includes(m))),
  );
  const open = questions.filter((u) => u.moves.some((m) => OPEN_MOVES.includes(m))).length;

  let interruptions = 0;
  let notes = 0;
  let captured = 0;
  const heard = new Set<string>();
  const uncovered = new Set<string>();
  walkSession(scenario, seed, actions, lang, (step) => {
    const shown = step.after;
    const node = scenario.nodes[shown.nodeId];
    if (node?.kind === 'listen' && shown.listening && node.lines[shown.listening.segment]?.pain) {
      heard.add(`${shown.nodeId}:${shown.listening.segment}`);
    }
    // A relaunch question (key I where the story offers one) keeps them in the story: not an interruption.
    const relaunched = step.action?.kind === 'interrupt' && shown.phase === 'listen';
    if (!relaunched && (step.action?.kind === 'interrupt' || step.moves.includes('interrupt'))) interruptions++;
    if (step.action?.kind === 'note') {
      const at = scenario.nodes[step.before.nodeId];
      // A note on a part with nothing worth writing down puts nothing on the pad: the count is the pad's.
      if (at?.kind === 'listen' && step.before.listening && at.lines[step.before.listening.segment]?.pain) {
        notes++;
        captured++;
      }
    }
    if (step.finished) uncovered.add(shown.nodeId);
  });
  return {
    playerWords,
    prospectWords,
    talkShare: playerWords + prospectWords > 0 ? playerWords / (playerWords + prospectWords) : null,
    longestMonologue: longest(said, 'player'),
    longestStory: longest(said, 'prospect'),
    questions: { open, closed: questions.length - open },
    interruptions,
    notes,
    pains: { captured, heard: heard.size },
    hiddenNeeds: {
      uncovered: uncovered.size,
      total: Object.values(scenario.nodes).filter((n) => n.kind === 'listen').length,
    },
  };
}
