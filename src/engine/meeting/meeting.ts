import { assertEvent, assign, setup } from 'xstate';
import type { Text } from '../scenario/lang.ts';
import type { Move } from '../scenario/moves.ts';
import { focusOf, painFlag, prospectSpeaks } from '../scenario/nodes.ts';
import type {
  Condition,
  DecisionNode,
  Effects,
  ListenNode,
  Mood,
  Outcome,
  Scenario,
  ScenarioNode,
  ScoreRule,
} from '../scenario/schema.ts';
import { ACTION_WORDS } from '../scenario/ui-text.ts';
import type { ConditionState } from './conditions.ts';
import { holds } from './conditions.ts';
import { momentsFor } from './moments.ts';
import { react } from './prospect.ts';
import { SEEDING, type Seeding, variantIndex } from './rng.ts';
import type { Moment, PlayerAction } from './view.types.ts';

/** Events the meeting accepts. The presentation reports `line.finished`; the engine owns no timers. */
export type MeetingEvent =
  | { type: 'player.choose'; index: number }
  | { type: 'player.continue' }
  | { type: 'player.note' }
  | { type: 'player.interrupt' }
  | { type: 'line.finished' };

/**
 * Sounds and other effects the presentation may attach (`machine.provide`); the engine only names
 * them. An ending names its outcome, so that an agreed next step and a door shut sound apart.
 */
export type Cue = 'note' | 'interrupt' | `ending-${Outcome}`;

/**
 * How much of the past the context keeps: a session keeps the whole meeting (the debrief and the
 * replay read it); a walk of every state keeps only the last act, since what was earned before does
 * not decide what comes next, and thousands of growing copies of the past would fill the memory.
 */
export type History = 'whole' | 'last act';

/** What starts one meeting of a built machine: the seed (the scenario is the machine's own). */
export interface MeetingInput {
  readonly seed: number;
  /** The rules the seed's draws follow: today's (`SEEDING`) unless said; 1 replays a code of format 1. */
  readonly seeding?: Seeding;
  /** `whole` unless said. */
  readonly history?: History;
}

export interface MeetingContext {
  readonly scenario: Scenario;
  readonly seed: number;
  readonly seeding: Seeding;
  readonly history: History;
  readonly variant: string | null;
  /** Each prospect's mood, by prospect ID: moved only by `react`, so the machine stays a pure function of its events. */
  readonly moods: Readonly<Record<string, Mood>>;
  /** How much trust each prospect's last reaction won (or lost): the face shows it a moment, whatever the mood. */
  readonly warmth: Readonly<Record<string, number>>;
  readonly flags: readonly string[];
  /** Counts the player's acts; moments name the turn they happened at. */
  readonly turn: number;
  readonly segment: number;
  /** The player put this part's relaunch question: its answer is on screen and it cannot be put again. */
  readonly relaunched: boolean;
  readonly lineFinished: boolean;
  readonly notedSegments: readonly number[];
  readonly notes: readonly Text[];
  readonly moments: readonly Moment[];
  /** Every player action in order: with the scenario and seed, enough to replay the session (with `history: 'whole'`). */
  readonly actions: readonly PlayerAction[];
  readonly endingId: string | null;
}

/** The state names the machine gives each scenario node (and the replies that follow a choice). */
export const stateName = {
  node: (id: string) => `node:${id}`,
  reply: (id: string, index: number) => `reply:${id}:${index}`,
  interrupt: (id: string) => `interrupt:${id}`,
  finish: (id: string) => `finish:${id}`,
} as const;

/** Where the meeting stands, read back from a state name: the inverse of `stateName`. */
export type Place =
  | { readonly kind: 'node'; readonly nodeId: string }
  | { readonly kind: 'reply'; readonly nodeId: string; readonly index: number }
  | { readonly kind: 'interrupt'; readonly nodeId: string }
  | { readonly kind: 'finish'; readonly nodeId: string };

/** Reads a state name made by `stateName` (node IDs hold no colon: the schema allows letters, digits and dashes). */
export function placeOf(name: unknown): Place {
  const [kind = '', nodeId = '', index = '0'] = String(name).split(':');
  if (kind === 'reply') return { kind, nodeId, index: Number(index) };
  if (kind === 'interrupt' || kind === 'finish') return { kind, nodeId };
  return { kind: 'node', nodeId };
}

export function conditionState(context: MeetingContext, nodeId: string): ConditionState {
  const focus = focusOf(context.scenario, context.scenario.nodes[nodeId]);
  const mood = context.moods[focus] ?? { trust: 50, interest: 50, patience: 50 };
  return { variant: context.variant, mood, flags: context.flags };
}

/** A list of the past with this act's entries: added to it, or in their place when only the last act is kept. */
function remember<T>(context: MeetingContext, past: readonly T[], added: readonly T[]): readonly T[] {
  return context.history === 'whole' ? [...past, ...added] : added;
}

interface Consequence {
  readonly nodeId: string;
  readonly moves: readonly Move[];
  readonly said: Text;
  readonly effects: Effects | undefined;
  readonly sets: readonly string[] | undefined;
  readonly score: readonly ScoreRule[] | undefined;
  /** The player's action, kept for the replay; none when the meeting itself acts (its ending). */
  readonly action: PlayerAction | null;
  readonly notes?: readonly Text[];
}

/** One state of a meeting machine's config, as the machine's `setup()` types it (its guards, actions, events). */
type MeetingStateConfig<M extends { createMachine: (config: never) => unknown }> = NonNullable<
  NonNullable<Parameters<M['createMachine']>[0]['states']>[string]
>;

interface Routing {
  readonly next: string;
  readonly route?: readonly { readonly when: Condition; readonly to: string }[] | undefined;
}

/**
 * The meeting's guards and actions, the same for every scenario (they read it from the context):
 * the states each scenario generates name them, and the type-check holds the names to these.
 */
const meetingSetup = setup({
  types: {
    context: {} as MeetingContext,
    events: {} as MeetingEvent,
    input: {} as MeetingInput,
  },
  actions: {
    cue: (_, _params: { cue: Cue }) => {},
    consequence: assign(({ context }, c: Consequence) => {
      const state = conditionState(context, c.nodeId);
      const turn = context.turn + 1;
      const node = context.scenario.nodes[c.nodeId];
      const focus = focusOf(context.scenario, node);
      const prospect = context.scenario.prospects.find((p) => p.id === focus);
      const before = context.moods[focus];
      const present = prospectSpeaks(context.scenario, node);
      const recorded = {
        turn,
        flags: [...context.flags, ...(c.sets ?? []).filter((f) => !context.flags.includes(f))],
        // When only the last act is kept, the moments of the turn before stay too: an act and the
        // scored ending it leads to happen in one step, and a walk counts both.
        moments: [
          ...(context.history === 'whole' ? context.moments : context.moments.filter((m) => m.turn === context.turn)),
          ...momentsFor(c.score, { turn, nodeId: c.nodeId, moves: c.moves, said: c.said, state }),
        ],
        actions: remember(context, context.actions, c.action ? [c.action] : []),
        notes: remember(context, context.notes, c.notes ?? []),
      };
      // A prospect reacts to behaviour only when spoken to; narration (preparation) and words to a
      // companion have explicit effects only.
      if (!prospect || !before || !(present || c.effects)) return recorded;
      const after = react(before, prospect.reactions, present ? c.moves : [], c.effects);
      return {
        ...recorded,
        moods: { ...context.moods, [focus]: after },
        warmth: { ...context.warmth, [focus]: after.trust - before.trust },
      };
    }),
    'start listening': assign({ segment: 0, relaunched: false, lineFinished: false, notedSegments: [] }),
    'mark relaunched': assign({ relaunched: true, lineFinished: false }),
    'mark line finished': assign({ lineFinished: true }),
    'next segment': assign(({ context }) => ({
      segment: context.segment + 1,
      relaunched: false,
      lineFinished: false,
      actions: remember(context, context.actions, [{ kind: 'continue' }]),
    })),
    'mark segment noted': assign(({ context }, params: { segment: number }) => ({
      notedSegments: [...context.notedSegments, params.segment],
    })),
    'record note': assign(({ context }) => ({ actions: remember(context, context.actions, [{ kind: 'note' }]) })),
    'record continue': assign(({ context }) => ({ actions: remember(context, context.actions, [{ kind: 'continue' }]) })),
    'record ending': assign((_, params: { endingId: string }) => ({ endingId: params.endingId })),
  },
  guards: {
    'option is offered': ({ context, event }, params: { nodeId: string; index: number }) => {
      assertEvent(event, 'player.choose');
      const node = context.scenario.nodes[params.nodeId];
      const option = node?.kind === 'decision' ? node.options[params.index] : undefined;
      return event.index === params.index && !!option && holds(option.when, conditionState(context, params.nodeId));
    },
    'condition holds': ({ context }, params: { nodeId: string; when: Condition }) =>
      holds(params.when, conditionState(context, params.nodeId)),
    'patience ran out': ({ context }) => Object.values(context.moods).some((mood) => mood.patience <= 0),
    'line is finished': ({ context }) => context.lineFinished,
    'more lines follow': ({ context }, params: { count: number }) => context.lineFinished && context.segment + 1 < params.count,
    'note fits segment': ({ context }, params: { segment: number }) =>
      context.segment === params.segment && !context.notedSegments.includes(params.segment),
    'relaunch fits segment': ({ context }, params: { segment: number }) =>
      context.segment === params.segment && !context.relaunched,
  },
});

/** One state of the meeting machine, typed by its setup: a guard or action name it does not define fails the type-check. */
type StateConfig = MeetingStateConfig<typeof meetingSetup>;
type States = Record<string, StateConfig>;

/** The `continue` that leaves a place: the walkout when a prospect's patience ran out, the first route that holds, or `next`. */
function leaving(scenario: Scenario, nodeId: string, routing: Routing): StateConfig['on'] {
  return {
    'player.continue': [
      ...(scenario.walkout && scenario.nodes[nodeId]?.kind !== 'ending'
        ? [{ guard: 'patience ran out' as const, target: stateName.node(scenario.walkout), actions: 'record continue' as const }]
        : []),
      ...(routing.route ?? []).map((r) => ({
        guard: { type: 'condition holds' as const, params: { nodeId, when: r.when } },
        target: stateName.node(r.to),
        actions: 'record continue' as const,
      })),
      { target: stateName.node(routing.next), actions: 'record continue' as const },
    ],
  };
}

/** A decision: one transition per option, guarded by its condition, then a reply state that leaves by the option's routes. */
function decisionStates(scenario: Scenario, id: string, node: DecisionNode): States {
  const states: States = {
    [stateName.node(id)]: {
      on: {
        'player.choose': node.options.map((option, index) => ({
          guard: { type: 'option is offered' as const, params: { nodeId: id, index } },
          target: stateName.reply(id, index),
          actions: {
            type: 'consequence' as const,
            params: {
              nodeId: id,
              moves: option.moves,
              said: option.text,
              effects: option.effects,
              sets: option.sets,
              score: option.score,
              action: { kind: 'choose', index },
            } satisfies Consequence,
          },
        })),
      },
    },
  };
  node.options.forEach((option, index) => {
    states[stateName.reply(id, index)] = { on: leaving(scenario, id, option) };
  });
  return states;
}

/**
 * A note on one part of a story, taken once. A part that holds a pain point is written on the pad,
 * scored and seen by the prospect; a part with nothing worth writing down leaves the pad as it was
 * (the view says so), and the score and the prospect too unless the story says what it costs
 * (`idleNote`), so that noting every part never earns more. The note is offered on every part
 * alike: its button must not tell which parts matter.
 */
function noting(id: string, node: ListenNode, segment: number) {
  const guard = { type: 'note fits segment' as const, params: { segment } };
  const mark = [
    { type: 'cue' as const, params: { cue: 'note' as const } },
    { type: 'mark segment noted' as const, params: { segment } },
  ];
  const pain = node.lines[segment]?.pain;
  // A prospect who minds seeing everything written down reacts to a note on small talk (`idleNote`).
  const idle = pain ? undefined : node.idleNote;
  if (!pain && !idle) return { guard, actions: [...mark, 'record note' as const] };
  const consequence: Consequence = pain
    ? {
        nodeId: id,
        moves: ['take-note'],
        said: pain.label,
        effects: undefined,
        sets: [painFlag(pain.id)],
        score: pain.score,
        action: { kind: 'note' },
        notes: [pain.label],
      }
    : {
        nodeId: id,
        moves: ['take-note'],
        said: ACTION_WORDS.note,
        effects: idle?.effects,
        sets: idle?.sets,
        score: idle?.score,
        action: { kind: 'note' },
      };
  return { guard, actions: [...mark, { type: 'consequence' as const, params: consequence }] };
}

/**
 * A listening window: the story told part by part (each part shown in full before the next), where
 * the player may note a part, interrupt, or hear it out; then the interruption's or the finished
 * story's state, each leaving by its own routes.
 */
function listenStates(scenario: Scenario, id: string, node: ListenNode): States {
  const count = node.lines.length;
  return {
    [stateName.node(id)]: {
      entry: 'start listening',
      on: {
        'line.finished': { actions: 'mark line finished' },
        'player.continue': [
          { guard: { type: 'more lines follow' as const, params: { count } }, actions: 'next segment' },
          {
            guard: 'line is finished' as const,
            target: stateName.finish(id),
            actions: {
              type: 'consequence' as const,
              params: {
                nodeId: id,
                moves: ['let-finish'],
                said: ACTION_WORDS.letFinish,
                effects: node.finish.effects,
                sets: node.finish.sets,
                score: node.finish.score,
                action: { kind: 'continue' },
              } satisfies Consequence,
            },
          },
        ],
        'player.interrupt': [
          // A part's relaunch question takes the place of the interruption: they answer and go on.
          ...node.lines.flatMap((line, segment) =>
            line.relaunch
              ? [
                  {
                    guard: { type: 'relaunch fits segment' as const, params: { segment } },
                    actions: [
                      'mark relaunched' as const,
                      {
                        type: 'consequence' as const,
                        params: {
                          nodeId: id,
                          moves: line.relaunch.moves,
                          said: line.relaunch.text,
                          effects: line.relaunch.effects,
                          sets: line.relaunch.sets,
                          score: line.relaunch.score,
                          action: { kind: 'interrupt' },
                        } satisfies Consequence,
                      },
                    ],
                  },
                ]
              : [],
          ),
          {
            target: stateName.interrupt(id),
            actions: [
              { type: 'cue' as const, params: { cue: 'interrupt' as const } },
              {
                type: 'consequence' as const,
                params: {
                  nodeId: id,
                  moves: node.interrupt.moves,
                  said: node.interrupt.text,
                  effects: node.interrupt.effects,
                  sets: node.interrupt.sets,
                  score: node.interrupt.score,
                  action: { kind: 'interrupt' },
                } satisfies Consequence,
              },
            ],
          },
        ],
        'player.note': node.lines.map((_, segment) => noting(id, node, segment)),
      },
    },
    [stateName.interrupt(id)]: { on: leaving(scenario, id, node.interrupt) },
    [stateName.finish(id)]: { on: leaving(scenario, id, node.finish) },
  };
}

function nodeStates(scenario: Scenario, id: string, node: ScenarioNode): States {
  switch (node.kind) {
    case 'line':
      return { [stateName.node(id)]: { on: leaving(scenario, id, node) } };
    case 'decision':
      return decisionStates(scenario, id, node);
    case 'listen':
      return listenStates(scenario, id, node);
    case 'ending':
      return {
        [stateName.node(id)]: {
          type: 'final',
          entry: [
            { type: 'record ending' as const, params: { endingId: id } },
            // How it ended is itself a moment of the close: an agreed next step, a door shut.
            ...(node.score
              ? [
                  {
                    type: 'consequence' as const,
                    params: {
                      nodeId: id,
                      moves: [],
                      said: node.title,
                      effects: undefined,
                      sets: undefined,
                      score: node.score,
                      action: null,
                    } satisfies Consequence,
                  },
                ]
              : []),
            { type: 'cue' as const, params: { cue: `ending-${node.outcome}` as const } },
          ],
        },
      };
  }
}

/** The context a meeting starts with: the variant drawn from the seed, each prospect's first mood, nothing done yet. */
function initialContext(scenario: Scenario, input: MeetingInput): MeetingContext {
  const seeding = input.seeding ?? SEEDING;
  const variants = scenario.variant?.options ?? [];
  return {
    scenario,
    seed: input.seed,
    seeding,
    history: input.history ?? 'whole',
    variant: variants[variantIndex(input.seed, variants.length, seeding)]?.id ?? null,
    moods: Object.fromEntries(scenario.prospects.map((p) => [p.id, p.mood])),
    warmth: Object.fromEntries(scenario.prospects.map((p) => [p.id, 0])),
    flags: [],
    turn: 0,
    segment: 0,
    relaunched: false,
    lineFinished: false,
    notedSegments: [],
    notes: [],
    moments: [],
    actions: [],
    endingId: null,
  };
}

/**
 * Builds the statechart of one scenario: one state per node, plus a reply state after each choice,
 * an interruption and a finished story. Routing happens on the player's next `continue`, when the
 * prospects have already reacted to what was said.
 */
export function buildMeetingMachine(scenario: Scenario) {
  const states: States = {};
  for (const [id, node] of Object.entries(scenario.nodes)) Object.assign(states, nodeStates(scenario, id, node));
  return meetingSetup.createMachine({
    id: `meeting:${scenario.id}`,
    context: ({ input }) => initialContext(scenario, input),
    initial: stateName.node(scenario.start),
    states,
  });
}

export type MeetingMachine = ReturnType<typeof buildMeetingMachine>;
