import { z } from 'zod';
import { AGES, BEARDS, CLOTHES, FACES, GLASSES, HAIR_COLORS, HAIR_STYLES, SKIN_TONES } from './appearance-words.ts';
import { LESSON_IDS } from './lessons.ts';
import { MOVE_IDS } from './moves.ts';
import { SKILLS } from './registries.ts';
import { GESTURES, PLACES, SETTINGS } from './stage-words.ts';

// Zod compiles its parsers with `new Function` where it may, and probes whether it may by trying:
// under a Content-Security-Policy without 'unsafe-eval' (a learning platform's `default-src 'self'`)
// that probe is reported as a violation. Every schema of the game is defined here or after this.
z.config({ jitless: true });

/**
 * The scenario format, version 1. This zod schema is the single source of truth for the shape of
 * a scenario file; `load.ts` turns its issues into messages a trainer understands, and
 * `semantics.ts` checks what a schema cannot (links between nodes, reachability, endings).
 */
export const FORMAT_VERSION = 1;

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
  message: 'use lowercase letters, digits and dashes only (for example "first-question")',
});
/** A reference to a node, by its ID under `nodes`. */
const nodeRef = (description: string) => slug.meta({ description });

export const TextSchema = z
  .strictObject({
    fr: z.string().trim().min(1).meta({ description: 'The French text.' }),
    en: z.string().trim().min(1).meta({ description: 'The English text.' }),
  })
  .meta({ id: 'Text', description: 'A text in both languages, side by side: { fr: …, en: … }.' });

export const MoveSchema = z
  .enum(MOVE_IDS)
  .meta({ id: 'Move', description: 'A move ID: what the player does, whatever the words (see docs/authoring.md).' });
export const LessonSchema = z
  .enum(LESSON_IDS)
  .meta({ id: 'Lesson', description: 'A lesson ID, L01 to L35 (docs/lessons.md describes each).' });
export const SkillSchema = z.enum(SKILLS).meta({ id: 'Skill', description: 'The skill a score entry counts towards.' });
export const OutcomeSchema = z.enum(['advance', 'continuation', 'lost']).meta({
  id: 'Outcome',
  description: 'advance: a next step is agreed; continuation: nothing decided, nothing lost; lost: the door is shut.',
});
export const SettingSchema = z
  .enum(SETTINGS)
  .meta({ id: 'Setting', description: 'Where the meeting takes place (the backdrop drawn in the game).' });
export const PlaceSchema = z.enum(PLACES).meta({
  id: 'Place',
  description: 'Where the people are from this node on (by default the setting), until a later node says another place.',
});
export const GestureSchema = z.enum(GESTURES).meta({
  id: 'Gesture',
  description: 'What the speaker does as they say this text, drawn by the game (instead of a stage direction in brackets).',
});

const moodValue = z.number().int().min(0).max(100);
export const MoodSchema = z
  .strictObject({
    trust: moodValue.meta({ description: 'How much they believe you, 0 to 100.' }),
    interest: moodValue.meta({ description: 'How much they want what you offer, 0 to 100.' }),
    patience: moodValue.meta({ description: 'How much time they still give you, 0 to 100; at 0 they walk out.' }),
  })
  .meta({ id: 'Mood', description: "The prospect's mood at the start of the meeting." });

const delta = z.number().int().min(-100).max(100);
/** A change to the mood of the prospect who is speaking. */
export const EffectsSchema = z
  .strictObject({
    trust: delta.optional().meta({ description: 'Added to trust (negative to lower it).' }),
    interest: delta.optional().meta({ description: 'Added to interest (negative to lower it).' }),
    patience: delta.optional().meta({ description: 'Added to patience (negative to lower it).' }),
  })
  .meta({
    id: 'Effects',
    description:
      "A change to the speaking prospect's mood, on top of their reactions to the moves; each value stays within 0–100.",
  });

const range = z
  .strictObject({
    min: moodValue.optional().meta({ description: 'Holds when the value is at least this.' }),
    max: moodValue.optional().meta({ description: 'Holds when the value is at most this.' }),
  })
  .meta({ id: 'Range', description: "A range on the speaking prospect's mood; both ends included." });

/** A condition on the drawn variant, the speaker's mood and the flags set so far. All parts must hold. */
export const ConditionSchema = z
  .strictObject({
    variant: z.array(slug).min(1).optional().meta({ description: 'Holds when the drawn variant is one of these IDs.' }),
    trust: range.optional(),
    interest: range.optional(),
    patience: range.optional(),
    flags: z.array(slug).min(1).optional().meta({ description: 'Holds when every one of these flags has been set.' }),
    notFlags: z.array(slug).min(1).optional().meta({ description: 'Holds when none of these flags has been set.' }),
  })
  .meta({
    id: 'Condition',
    description: "A condition on the drawn variant, the speaking prospect's mood and the flags set so far; every part must hold.",
  });

/** A text said instead of the default one when its condition holds; the first that holds wins. */
export const ConditionalTextSchema = z
  .strictObject({
    when: ConditionSchema,
    fr: z.string().trim().min(1).meta({ description: 'The French text.' }),
    en: z.string().trim().min(1).meta({ description: 'The English text.' }),
    gesture: GestureSchema.optional().meta({
      description: 'What the speaker does as they say this text instead; by default the gesture of the text it replaces.',
    }),
  })
  .meta({
    id: 'ConditionalText',
    description: 'A text said instead of the default one when its condition holds; the first that holds wins.',
  });

/** Where to go next: `next` unless a `route` entry's condition holds first. */
const routing = {
  next: nodeRef('The node played next, unless a route applies.'),
  route: z
    .array(
      z
        .strictObject({ when: ConditionSchema, to: nodeRef('The node played when the condition holds.') })
        .meta({ id: 'Route', description: 'Go to `to` instead of `next` when `when` holds.' }),
    )
    .optional()
    .meta({ description: 'Routes tried in order before `next`; the first whose condition holds wins.' }),
};

/** One scoring moment an action earns or costs, with the reason shown in the debrief. */
export const ScoreSchema = z
  .strictObject({
    skill: SkillSchema,
    points: z
      .number()
      .int()
      .min(-50)
      .max(50)
      .refine((n) => n !== 0, { message: 'points must not be 0' })
      .meta({ description: 'Points earned (positive) or lost (negative), -50 to 50, never 0.' }),
    lesson: LessonSchema,
    why: TextSchema.meta({ description: 'One sentence shown in the debrief: why this earned or cost points.' }),
    when: ConditionSchema.optional().meta({ description: 'Counts only when this condition holds at the moment of the action.' }),
  })
  .meta({ id: 'Score', description: 'One scoring moment an action earns or costs, with the reason shown in the debrief.' });

const consequences = {
  effects: EffectsSchema.optional(),
  sets: z.array(slug).optional().meta({ description: 'Flags set by this action, for later `when` conditions.' }),
  score: z.array(ScoreSchema).optional().meta({ description: 'Scoring moments earned or lost by this action.' }),
};

const moveList = z.array(MoveSchema).min(1);
const lessonList = z.array(LessonSchema);

export const OptionSchema = z
  .strictObject({
    text: TextSchema.meta({ description: 'What the player says (the button label).' }),
    moves: moveList.meta({ description: 'What the player does: drives the prospect’s reactions and play styles.' }),
    lessons: lessonList.meta({ description: 'The lessons this choice exercises, right or wrong (may be empty).' }),
    when: ConditionSchema.optional().meta({ description: 'The option is offered only when this condition holds.' }),
    pin: z.enum(['first', 'last']).optional().meta({
      description:
        'Keeps the option first or last, where order means something (such as "leave" last); the other options are shown in an order drawn from the seed.',
    }),
    ...consequences,
    reply: TextSchema.optional().meta({ description: "The prospect's answer to this choice." }),
    replyGesture: GestureSchema.optional().meta({ description: 'What the prospect does as they reply (needs a `reply`).' }),
    replyWhen: z
      .array(ConditionalTextSchema)
      .optional()
      .meta({ description: 'Answers said instead of `reply` when their condition holds.' }),
    ...routing,
  })
  .meta({ id: 'Option', description: 'One choice offered to the player at a decision.' });

const speakerField = slug.optional().meta({
  description:
    'Who speaks: a prospect ID, a companion ID or "narrator"; by default the first prospect. Mood effects and conditions are about the speaking prospect, else the first prospect.',
});

const gestureField = GestureSchema.optional().meta({
  description: 'What the speaker does as they say `say` (or the text of `sayWhen` said instead).',
});

const peopleList = (description: string) => z.array(slug).min(1).optional().meta({ description });
/**
 * Who comes and goes at a node, and where it takes place. Those who enter are in the room for the
 * node itself (they may speak it); those who leave are gone from the next node on (they may say
 * goodbye first).
 */
const arrivals = {
  enter: peopleList('Prospect IDs who come into the room at this node; they may speak it.'),
  place: PlaceSchema.optional(),
};
const staging = {
  ...arrivals,
  leave: peopleList('Prospect IDs who leave the room once this node is over; they may still speak it.'),
};

const spoken = {
  speaker: speakerField,
  say: TextSchema.meta({ description: 'What is said.' }),
  sayWhen: z
    .array(ConditionalTextSchema)
    .optional()
    .meta({ description: 'Texts said instead of `say` when their condition holds.' }),
  gesture: gestureField,
};

export const LineNodeSchema = z
  .strictObject({ kind: z.literal('line'), ...spoken, ...staging, ...routing })
  .meta({ id: 'LineNode', description: 'Someone speaks; the player continues.' });

export const DecisionNodeSchema = z
  .strictObject({
    kind: z.literal('decision'),
    speaker: speakerField,
    say: TextSchema.optional().meta({ description: 'What is said before the choice (optional).' }),
    sayWhen: z
      .array(ConditionalTextSchema)
      .optional()
      .meta({ description: 'Texts said instead of `say` when their condition holds.' }),
    gesture: gestureField,
    ...staging,
    prompt: TextSchema.optional().meta({ description: 'A short question put to the player, such as "What do you do?".' }),
    options: z.array(OptionSchema).min(1).meta({ description: 'The choices; offer at least two.' }),
    question: TextSchema.optional().meta({
      description:
        'In facilitator mode, a question put to the room before it votes, such as "What is the prospect really asking?".',
    }),
  })
  .meta({ id: 'DecisionNode', description: 'The player chooses among options.' });

export const PainSchema = z
  .strictObject({
    id: slug.meta({ description: 'Unique in the scenario; noting it sets the flag pain-<id>.' }),
    label: TextSchema.meta({ description: 'What goes into the notebook.' }),
    score: z.array(ScoreSchema).min(1).meta({ description: 'Scoring moments earned by noting it.' }),
  })
  .meta({ id: 'Pain', description: 'A pain said in this part that the player can note.' });
/**
 * The short question that keeps them talking at this part of the story (L11): cutting in here with
 * it is the right interruption. The story goes on after their answer; elsewhere, cutting in ends it.
 */
export const RelaunchSchema = z
  .strictObject({
    text: TextSchema.meta({ description: 'The short question the player puts, such as "Late by how much?".' }),
    moves: moveList.meta({ description: 'What it does; usually "relaunch".' }),
    lessons: lessonList.meta({ description: 'The lessons it exercises.' }),
    ...consequences,
    reply: TextSchema.meta({ description: 'Their answer; the next part of the story follows it.' }),
    replyGesture: GestureSchema.optional().meta({ description: 'What they do as they answer.' }),
  })
  .meta({
    id: 'Relaunch',
    description:
      'A short question the player may put during this part (key I) in place of the interruption: they answer and go on with the story.',
  });

export const SegmentSchema = z
  .strictObject({
    say: TextSchema.meta({ description: 'This part of the story.' }),
    gesture: GestureSchema.optional().meta({ description: 'What the speaker does as they tell this part.' }),
    pain: PainSchema.optional(),
    relaunch: RelaunchSchema.optional(),
  })
  .meta({ id: 'Segment', description: 'One part of a story the prospect tells (a listen node).' });

export const ListenNodeSchema = z
  .strictObject({
    kind: z.literal('listen'),
    speaker: speakerField,
    ...staging,
    lines: z.array(SegmentSchema).min(2).meta({ description: 'The story, in parts (at least two).' }),
    interrupt: z
      .strictObject({
        text: TextSchema.meta({ description: 'What the player says when cutting in.' }),
        moves: moveList.meta({ description: 'What cutting in does; usually includes "interrupt".' }),
        lessons: lessonList.meta({ description: 'The lessons cutting in exercises.' }),
        ...consequences,
        reply: TextSchema.meta({ description: "The prospect's answer to the interruption." }),
        replyGesture: GestureSchema.optional().meta({ description: 'What the prospect does as they answer.' }),
        ...routing,
      })
      .meta({ id: 'Interrupt', description: 'What happens if the player cuts in (key I).' }),
    idleNote: z
      .strictObject({ ...consequences })
      .optional()
      .meta({
        id: 'IdleNote',
        description:
          'What noting a part with nothing worth writing down does (by default nothing), for a prospect who minds seeing everything written down.',
      }),
    finish: z
      .strictObject({
        lessons: lessonList.meta({ description: 'The lessons letting them finish exercises.' }),
        ...consequences,
        say: TextSchema.meta({ description: 'What the prospect adds once allowed to finish.' }),
        gesture: GestureSchema.optional().meta({ description: 'What the prospect does as they add it.' }),
        ...routing,
      })
      .meta({ id: 'Finish', description: 'What happens if the player lets the prospect finish.' }),
  })
  .meta({ id: 'ListenNode', description: 'A story told in parts; the player may take a note (N) or interrupt (I).' });

export const EndingNodeSchema = z
  .strictObject({
    kind: z.literal('ending'),
    speaker: speakerField,
    outcome: OutcomeSchema,
    title: TextSchema.meta({ description: 'The title of this ending in the debrief.' }),
    say: TextSchema.meta({ description: 'The last words said.' }),
    gesture: GestureSchema.optional().meta({ description: 'What the speaker does as they say the last words.' }),
    // No `leave`: nothing follows an ending for anyone to be gone from.
    ...arrivals,
    epilogue: TextSchema.meta({ description: 'What happens afterwards, told in the debrief.' }),
    score: z
      .array(ScoreSchema)
      .optional()
      .meta({ description: 'Scoring moments of the way the meeting ended (a next step agreed, a door shut).' }),
  })
  .meta({ id: 'EndingNode', description: 'The meeting ends here.' });

export const NodeSchema = z
  .discriminatedUnion('kind', [LineNodeSchema, DecisionNodeSchema, ListenNodeSchema, EndingNodeSchema])
  .meta({ id: 'Node', description: 'One step of the meeting; `kind` is line, decision, listen or ending.' });

/**
 * How a prospect looks, in words a trainer can write without drawing. Every part is optional: what
 * is left out is chosen from the prospect's ID (see appearance.ts), so people differ anyway.
 */
export const AppearanceSchema = z
  .strictObject({
    face: z.enum(FACES).optional().meta({ description: 'The shape of the face.' }),
    skin: z.enum(SKIN_TONES).optional().meta({ description: 'The skin tone, from lightest to deepest.' }),
    hair: z.enum(HAIR_STYLES).optional().meta({ description: 'The haircut (bald: none).' }),
    hairColor: z.enum(HAIR_COLORS).optional().meta({ description: 'The colour of the hair (and beard).' }),
    beard: z.enum(BEARDS).optional().meta({ description: 'Facial hair, if any.' }),
    glasses: z.enum(GLASSES).optional().meta({ description: 'Glasses, if any.' }),
    clothes: z.enum(CLOTHES).optional().meta({ description: 'The colour of the jacket or top.' }),
    age: z.enum(AGES).optional().meta({ description: 'Age cues: lines, greying temples.' }),
  })
  .meta({ id: 'Appearance', description: 'How the person is drawn; any part left out is chosen from their ID.' });

export const ProspectSchema = z
  .strictObject({
    id: slug.meta({ description: 'The ID used by `speaker`.' }),
    name: z.string().trim().min(1).meta({ description: 'Their name, the same in both languages.' }),
    role: TextSchema.meta({ description: 'Their job title.' }),
    mood: MoodSchema,
    present: z.boolean().optional().meta({
      description:
        'Whether they are in the room when the meeting starts (default true); if not, a node brings them in with `enter`.',
    }),
    appearance: AppearanceSchema.optional(),
    /** How this person reacts to each move, whatever the words: their temperament. */
    reactions: z
      .partialRecord(MoveSchema, EffectsSchema)
      .optional()
      .meta({ description: 'Their temperament: the mood change each move causes, whatever the words.' }),
  })
  .meta({ id: 'Prospect', description: 'A person across the table.' });

export const CompanionSchema = z
  .strictObject({
    id: slug.meta({ description: 'The ID used by `speaker`.' }),
    name: z.string().trim().min(1).meta({ description: 'Their name, the same in both languages.' }),
    role: TextSchema.meta({ description: 'Who they are to the player (a colleague, a partner).' }),
  })
  .meta({
    id: 'Companion',
    description:
      'Someone on the player’s side of the table (a colleague, a partner): they speak under their own name, have no mood and are not scored.',
  });

export const ScenarioSchema = z
  .strictObject({
    format: z.literal(FORMAT_VERSION).meta({ description: 'The version of the scenario format: 1.' }),
    id: slug.meta({ description: 'The scenario ID, usually the file name without .yaml.' }),
    version: z.number().int().min(1).meta({ description: 'Raise it when the content changes: saved replays name it.' }),
    title: TextSchema.meta({ description: 'The title shown in the menu.' }),
    summary: TextSchema.meta({ description: 'Two or three sentences shown in the menu.' }),
    setting: SettingSchema,
    level: z.number().int().min(1).max(5).optional().meta({
      description:
        'How hard the meeting is, 1 (a first meeting) to 5; the onboarding path goes from easier to harder. Default 3.',
    }),
    lessons: z.array(LessonSchema).min(1).meta({ description: 'The lessons this meeting trains.' }),
    /** A hidden fact drawn from the seed at the start of each session (for example why they hire). */
    variant: z
      .strictObject({
        name: TextSchema.meta({ description: 'What the variant is about, revealed in the debrief.' }),
        options: z
          .array(z.strictObject({ id: slug, label: TextSchema }))
          .min(2)
          .meta({ description: 'The possible values, drawn with equal chance (at least two).' }),
      })
      .optional()
      .meta({ description: 'A hidden fact drawn from the seed at the start of each session.' }),
    prospects: z.array(ProspectSchema).min(1).meta({ description: 'The people across the table (at least one).' }),
    companions: z
      .array(CompanionSchema)
      .optional()
      .meta({ description: 'The people who came with the player, who speak under their own names.' }),
    rubric: z
      .strictObject({
        listening: z.strictObject({
          base: z.number().int().min(0).max(100).meta({ description: 'The listening score before any moment, 0–100.' }),
        }),
        closing: z.strictObject({
          base: z.number().int().min(0).max(100).meta({ description: 'The closing score before any moment, 0–100.' }),
        }),
      })
      .meta({ description: 'Where each skill score starts; the moments add to it and the result stays within 0–100.' }),
    /** The ending played as soon as the speaking prospect's patience runs out. */
    walkout: nodeRef("The ending played as soon as a prospect's patience reaches 0.").optional(),
    start: nodeRef('The first node played.'),
    nodes: z.record(slug, NodeSchema).meta({ description: 'Every node of the meeting, by ID.' }),
  })
  .meta({ description: 'A Rendez-vous scenario.' });

export type Scenario = z.infer<typeof ScenarioSchema>;
export type ScenarioNode = z.infer<typeof NodeSchema>;
export type DecisionNode = z.infer<typeof DecisionNodeSchema>;
export type ListenNode = z.infer<typeof ListenNodeSchema>;
export type Relaunch = z.infer<typeof RelaunchSchema>;
export type LineNode = z.infer<typeof LineNodeSchema>;
export type EndingNode = z.infer<typeof EndingNodeSchema>;
export type Option = z.infer<typeof OptionSchema>;
export type Condition = z.infer<typeof ConditionSchema>;
export type ConditionalText = z.infer<typeof ConditionalTextSchema>;
export type Effects = z.infer<typeof EffectsSchema>;
export type Mood = z.infer<typeof MoodSchema>;
export type ScoreRule = z.infer<typeof ScoreSchema>;
export type Skill = z.infer<typeof SkillSchema>;
export type Outcome = z.infer<typeof OutcomeSchema>;
export type Prospect = z.infer<typeof ProspectSchema>;
export type Companion = z.infer<typeof CompanionSchema>;
export type Appearance = z.infer<typeof AppearanceSchema>;
