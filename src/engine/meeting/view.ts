import { castLooks, type Look } from '../scenario/appearance.ts';
import { type Lang, pick, type Text } from '../scenario/lang.ts';
import { focusOf } from '../scenario/nodes.ts';
import { type NodePresence, presenceAlongThePlay, presentAtStart } from '../scenario/presence.ts';
import type { ConditionalText, ListenNode, Scenario, ScenarioNode } from '../scenario/schema.ts';
import type { Gesture } from '../scenario/stage-words.ts';
import { ACTION_WORDS } from '../scenario/ui-text.ts';
import { type ConditionState, firstThatHolds, holds } from './conditions.ts';
import { conditionState, type MeetingContext, type Place, placeOf } from './meeting.ts';
import { demeanorOf, reactionOf } from './prospect.ts';
import { shownOrder } from './rng.ts';
import type { AvailableAction, MeetingView, ProspectView, SpeakerView } from './view.types.ts';

/** The part of an actor snapshot a view needs; kept structural so any meeting snapshot fits. */
export interface MeetingSnapshotLike {
  readonly value: unknown;
  readonly context: MeetingContext;
}

function speakerView(scenario: Scenario, id: string | undefined, lang: Lang): SpeakerView | null {
  if (id === 'narrator') return null;
  const companion = scenario.companions?.find((c) => c.id === id);
  if (companion) return { id: companion.id, name: companion.name, role: pick(companion.role, lang), companion: true };
  const prospect = scenario.prospects.find((p) => p.id === id) ?? scenario.prospects[0];
  return prospect ? { id: prospect.id, name: prospect.name, role: pick(prospect.role, lang), companion: false } : null;
}

/** Looks depend on the scenario alone: cast once per scenario, not at every snapshot. */
const castings = new WeakMap<Scenario, readonly Look[]>();
function looksOf(scenario: Scenario): readonly Look[] {
  let looks = castings.get(scenario);
  if (!looks) {
    looks = castLooks(scenario.prospects);
    castings.set(scenario, looks);
  }
  return looks;
}

/** Who is in the room at each node depends on the scenario alone: found once per scenario. */
const presences = new WeakMap<Scenario, ReadonlyMap<string, NodePresence>>();
function presenceAt(scenario: Scenario, nodeId: string): Pick<MeetingView, 'present' | 'place'> {
  let at = presences.get(scenario);
  if (!at) {
    at = presenceAlongThePlay(scenario).at;
    presences.set(scenario, at);
  }
  // Every node of a loaded scenario is reached from the start; one built by hand may leave some out.
  const { present, place } = at.get(nodeId) ?? presentAtStart(scenario);
  return { present, place };
}

const continueAction = (lang: Lang): AvailableAction => ({
  action: { kind: 'continue' },
  moves: [],
  label: pick(ACTION_WORDS.continue, lang),
});

/** Hearing the story out, said of the one telling it: "Let Claire finish" (by first name: a scenario gives no gender). */
function finishLabel(teller: SpeakerView | null, lang: Lang): string {
  const firstName = teller?.name.trim().split(/\s+/)[0];
  return firstName ? pick(ACTION_WORDS.letNameFinish, lang).replace('{name}', firstName) : pick(ACTION_WORDS.letFinish, lang);
}

function prospectViews(context: MeetingContext, lang: Lang): ProspectView[] {
  const looks = looksOf(context.scenario);
  return context.scenario.prospects.map((p, index) => {
    const mood = context.moods[p.id] ?? p.mood;
    const look = looks[index] as Look;
    const reaction = reactionOf(context.warmth[p.id] ?? 0);
    return { id: p.id, name: p.name, role: pick(p.role, lang), mood, demeanor: demeanorOf(mood), reaction, look };
  });
}

/** The part of a view that changes with the place: who speaks, what is said, and what the phase adds. */
type Spoken = Pick<MeetingView, 'phase' | 'speaker' | 'text' | 'gesture'> &
  Partial<Pick<MeetingView, 'playerSaid' | 'prompt' | 'question' | 'listening' | 'ending'>>;

/** Just after an act (a reply to a choice, the answer to an interruption, the end of a story), or null at the node itself. */
function afterAct(context: MeetingContext, place: Place, node: ScenarioNode, lang: Lang): Spoken | null {
  const say = (text: Text) => pick(text, lang);
  const focusSpeaker = speakerView(context.scenario, node.speaker ?? focusOf(context.scenario, node), lang);
  if (place.kind === 'reply' && node.kind === 'decision') {
    const option = node.options[place.index];
    if (!option) throw new Error(`node "${place.nodeId}" has no option ${place.index}`);
    const state = conditionState(context, place.nodeId);
    const reply = option.reply ? spokenWith(option.reply, option.replyGesture, option.replyWhen, state) : null;
    return {
      phase: 'reply',
      speaker: reply ? focusSpeaker : null,
      text: reply ? say(reply.text) : '',
      gesture: reply ? reply.gesture : null,
      playerSaid: say(option.text),
    };
  }
  if (place.kind === 'interrupt' && node.kind === 'listen') {
    return {
      phase: 'reply',
      speaker: focusSpeaker,
      text: say(node.interrupt.reply),
      gesture: node.interrupt.replyGesture ?? null,
      playerSaid: say(node.interrupt.text),
    };
  }
  if (place.kind === 'finish' && node.kind === 'listen') {
    return { phase: 'line', speaker: focusSpeaker, text: say(node.finish.say), gesture: node.finish.gesture ?? null };
  }
  return null;
}

/** At a node itself: its line, its decision, the part of its story being told, or its ending. */
function atNode(context: MeetingContext, nodeId: string, node: ScenarioNode, lang: Lang): Spoken {
  const say = (text: Text) => pick(text, lang);
  const speaker = speakerView(context.scenario, node.speaker, lang);
  const state = conditionState(context, nodeId);
  switch (node.kind) {
    case 'line': {
      const line = spokenWith(node.say, node.gesture, node.sayWhen, state);
      return { phase: 'line', speaker, text: say(line.text), gesture: line.gesture };
    }
    case 'decision': {
      const line = node.say ? spokenWith(node.say, node.gesture, node.sayWhen, state) : null;
      return {
        phase: 'decision',
        speaker: line ? speaker : null,
        text: line ? say(line.text) : '',
        gesture: line ? line.gesture : null,
        prompt: node.prompt ? say(node.prompt) : null,
        question: node.question ? say(node.question) : null,
      };
    }
    case 'listen': {
      const segment = node.lines[context.segment];
      // Once its relaunch question is put, a part shows their answer until the story goes on.
      const relaunch = context.relaunched ? segment?.relaunch : undefined;
      return {
        phase: 'listen',
        speaker,
        text: relaunch ? say(relaunch.reply) : segment ? say(segment.say) : '',
        gesture: (relaunch ? relaunch.replyGesture : segment?.gesture) ?? null,
        ...(relaunch ? { playerSaid: say(relaunch.text) } : {}),
        listening: {
          segment: context.segment,
          segments: node.lines.length,
          lineFinished: context.lineFinished,
          noted: context.notedSegments.includes(context.segment),
          emptyNote: context.notedSegments.includes(context.segment) && !segment?.pain,
          interruptLabel: say(cutIn(context, node).text),
        },
      };
    }
    case 'ending':
      return {
        phase: 'ended',
        speaker,
        text: say(node.say),
        gesture: node.gesture ?? null,
        ending: { outcome: node.outcome, title: say(node.title), epilogue: say(node.epilogue) },
      };
  }
}

/** The text said where conditions hold, and the gesture drawn with it: its own, else the one of the text it replaces. */
function spokenWith(
  text: Text,
  gesture: Gesture | undefined,
  alternatives: readonly ConditionalText[] | undefined,
  state: ConditionState,
): { text: Text; gesture: Gesture | null } {
  const said = firstThatHolds<Text & { gesture?: Gesture | undefined }>(text, alternatives, state);
  return { text: said, gesture: said.gesture ?? gesture ?? null };
}

/** What cutting in says now: this part's relaunch question while it has not been put, else the interruption. */
function cutIn(context: MeetingContext, node: ListenNode): Pick<ListenNode['interrupt'], 'text' | 'moves'> {
  const relaunch = node.lines[context.segment]?.relaunch;
  return relaunch && !context.relaunched ? relaunch : node.interrupt;
}

/** Draws nothing, decides nothing: reads a snapshot and says what is on screen, in one language. */
export function describeMeeting(snapshot: MeetingSnapshotLike, lang: Lang): MeetingView {
  const context = snapshot.context;
  const place = placeOf(snapshot.value);
  const node = context.scenario.nodes[place.nodeId];
  if (!node) throw new Error(`the meeting is at an unknown node "${place.nodeId}"`);
  return {
    lang,
    nodeId: place.nodeId,
    turn: context.turn,
    prospects: prospectViews(context, lang),
    ...presenceAt(context.scenario, place.nodeId),
    notes: context.notes.map((note) => pick(note, lang)),
    prompt: null,
    question: null,
    playerSaid: null,
    listening: null,
    ending: null,
    ...(afterAct(context, place, node, lang) ?? atNode(context, place.nodeId, node, lang)),
    actions: availableActions(snapshot, lang),
  };
}

/**
 * What the player may do at this snapshot, in the order the game shows it (a decision's options in
 * the order `shownOrder` draws, each still known by its index in the file): the view's actions
 * without the rest of the view, for a meeting played without a screen (a thousand random sessions
 * would otherwise describe every prospect and note at every step only to read the actions).
 */
export function availableActions(snapshot: MeetingSnapshotLike, lang: Lang): AvailableAction[] {
  const context = snapshot.context;
  const place = placeOf(snapshot.value);
  const node = context.scenario.nodes[place.nodeId];
  if (!node) throw new Error(`the meeting is at an unknown node "${place.nodeId}"`);
  const say = (text: Text) => pick(text, lang);
  if (place.kind !== 'node' || node.kind === 'line') return [continueAction(lang)];
  switch (node.kind) {
    case 'decision': {
      const state = conditionState(context, place.nodeId);
      return shownOrder(context.seed, place.nodeId, node.options, context.seeding).flatMap((index) => {
        const option = node.options[index];
        return option && holds(option.when, state)
          ? [{ action: { kind: 'choose', index } as const, moves: option.moves, label: say(option.text) }]
          : [];
      });
    }
    case 'listen': {
      const actions: AvailableAction[] = [];
      if (context.lineFinished) {
        const last = context.segment + 1 >= node.lines.length;
        actions.push({
          action: { kind: 'continue' },
          moves: ['let-finish'],
          label: last ? finishLabel(speakerView(context.scenario, node.speaker, lang), lang) : say(ACTION_WORDS.continue),
        });
      }
      if (!context.notedSegments.includes(context.segment)) {
        actions.push({ action: { kind: 'note' }, moves: ['take-note'], label: say(ACTION_WORDS.note) });
      }
      const cut = cutIn(context, node);
      actions.push({ action: { kind: 'interrupt' }, moves: cut.moves, label: say(cut.text) });
      return actions;
    }
    case 'ending':
      return [];
  }
}
