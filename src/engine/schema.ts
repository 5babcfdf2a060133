import { z } from 'zod';
import { LESSON_IDS } from './lessons.ts';
import { MOVE_IDS } from './moves.ts';

/**
 * The scenario format, version 1. This zod schema is the single source of truth for the shape of
 * a scenario file; `load.ts` turns its issues into messages a trainer understands, and
 * `semantics.ts` checks what a schema cannot (links between nodes, reachability, endings).
 */
export const FORMAT_VERSION = 1;

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
  message: 'use lowercase letters, digits and dashes only (for example "first-question")',
});

export const TextSchema = z.strictObject({ fr: z.string().trim().min(1), en: z.string().trim().min(1) });

export const MoveSchema = z.enum(MOVE_IDS);
export const LessonSchema = z.enum(LESSON_IDS);
export const SkillSchema = z.enum(['listening', 'closing']);
export const OutcomeSchema = z.enum(['advance', 'continuation', 'lost']);
export const SettingSchema = z.enum(['office', 'cafe', 'phone', 'panel']);

const moodValue = z.number().int().min(0).max(100);
export const MoodSchema = z.strictObject({ trust: moodValue, interest: moodValue, patience: moodValue });

const delta = z.number().int().min(-100).max(100);
/** A change to the mood of the prospect who is speaking. */
export const EffectsSchema = z.strictObject({
  trust: delta.optional(),
  interest: delta.optional(),
  patience: delta.optional(),
});

const range = z.strictObject({ min: moodValue.optional(), max: moodValue.optional() });

/** A condition on the drawn variant, the speaker's mood and the flags set so far. All parts must hold. */
export const ConditionSchema = z.strictObject({
  variant: z.array(slug).min(1).optional(),
  trust: range.optional(),
  interest: range.optional(),
  patience: range.optional(),
  flags: z.array(slug).min(1).optional(),
  notFlags: z.array(slug).min(1).optional(),
});

/** A text said instead of the default one when its condition holds; the first that holds wins. */
export const ConditionalTextSchema = z.strictObject({
  when: ConditionSchema,
  fr: z.string().trim().min(1),
  en: z.string().trim().min(1),
});

/** Where to go next: `next` unless a `route` entry's condition holds first. */
const routing = {
  next: slug,
  route: z.array(z.strictObject({ when: ConditionSchema, to: slug })).optional(),
};

/** One scoring moment an action earns or costs, with the reason shown in the debrief. */
export const ScoreSchema = z.strictObject({
  skill: SkillSchema,
  points: z
    .number()
    .int()
    .min(-50)
    .max(50)
    .refine((n) => n !== 0, { message: 'points must not be 0' }),
  lesson: LessonSchema,
  why: TextSchema,
  when: ConditionSchema.optional(),
});

const consequences = {
  effects: EffectsSchema.optional(),
  sets: z.array(slug).optional(),
  score: z.array(ScoreSchema).optional(),
};

export const OptionSchema = z.strictObject({
  text: TextSchema,
  moves: z.array(MoveSchema).min(1),
  lessons: z.array(LessonSchema),
  when: ConditionSchema.optional(),
  ...consequences,
  reply: TextSchema.optional(),
  replyWhen: z.array(ConditionalTextSchema).optional(),
  ...routing,
});

const spoken = {
  speaker: slug.optional(),
  say: TextSchema,
  sayWhen: z.array(ConditionalTextSchema).optional(),
};

export const LineNodeSchema = z.strictObject({ kind: z.literal('line'), ...spoken, ...routing });

export const DecisionNodeSchema = z.strictObject({
  kind: z.literal('decision'),
  speaker: slug.optional(),
  say: TextSchema.optional(),
  sayWhen: z.array(ConditionalTextSchema).optional(),
  prompt: TextSchema.optional(),
  options: z.array(OptionSchema).min(1),
});

export const PainSchema = z.strictObject({ id: slug, label: TextSchema, score: z.array(ScoreSchema).min(1) });
export const SegmentSchema = z.strictObject({ say: TextSchema, pain: PainSchema.optional() });

export const ListenNodeSchema = z.strictObject({
  kind: z.literal('listen'),
  speaker: slug.optional(),
  lines: z.array(SegmentSchema).min(2),
  interrupt: z.strictObject({
    text: TextSchema,
    moves: z.array(MoveSchema).min(1),
    lessons: z.array(LessonSchema),
    ...consequences,
    reply: TextSchema,
    ...routing,
  }),
  finish: z.strictObject({ lessons: z.array(LessonSchema), ...consequences, say: TextSchema, ...routing }),
});

export const EndingNodeSchema = z.strictObject({
  kind: z.literal('ending'),
  speaker: slug.optional(),
  outcome: OutcomeSchema,
  title: TextSchema,
  say: TextSchema,
  epilogue: TextSchema,
});

export const NodeSchema = z.discriminatedUnion('kind', [LineNodeSchema, DecisionNodeSchema, ListenNodeSchema, EndingNodeSchema]);

export const ProspectSchema = z.strictObject({
  id: slug,
  name: z.string().trim().min(1),
  role: TextSchema,
  mood: MoodSchema,
  /** How this person reacts to each move, whatever the words: their temperament. */
  reactions: z.partialRecord(MoveSchema, EffectsSchema).optional(),
});

export const ScenarioSchema = z.strictObject({
  format: z.literal(FORMAT_VERSION),
  id: slug,
  version: z.number().int().min(1),
  title: TextSchema,
  summary: TextSchema,
  setting: SettingSchema,
  lessons: z.array(LessonSchema).min(1),
  /** A hidden fact drawn from the seed at the start of each session (for example why they hire). */
  variant: z
    .strictObject({
      name: TextSchema,
      options: z.array(z.strictObject({ id: slug, label: TextSchema })).min(2),
    })
    .optional(),
  prospects: z.array(ProspectSchema).min(1),
  rubric: z.strictObject({
    listening: z.strictObject({ base: z.number().int().min(0).max(100) }),
    closing: z.strictObject({ base: z.number().int().min(0).max(100) }),
  }),
  /** The ending played as soon as the speaking prospect's patience runs out. */
  walkout: slug.optional(),
  start: slug,
  nodes: z.record(slug, NodeSchema),
});

export type Scenario = z.infer<typeof ScenarioSchema>;
export type ScenarioNode = z.infer<typeof NodeSchema>;
export type DecisionNode = z.infer<typeof DecisionNodeSchema>;
export type ListenNode = z.infer<typeof ListenNodeSchema>;
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
