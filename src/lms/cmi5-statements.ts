/**
 * The statements a cmi5 course sends, worded from what the tracker reports: the cmi5 defined ones
 * (initialized, completed, passed, failed, terminated: section 9.3 of the specification) and one
 * cmi5 allowed "answered" statement per decision. Pure: the session, the time and the statement
 * IDs come in from outside, so that each statement is tested as it is written.
 */
import type { Text } from '../engine/index.ts';
import type { Cmi5Launch, LaunchData } from './cmi5-launch.ts';
import type { DecisionRecord } from './decisions.ts';

/** A statement as the xAPI sends it (JSON); the test suite checks each one with a validator. */
export type Statement = Readonly<Record<string, unknown>>;

/** What every statement of a session carries. */
export interface Cmi5Session {
  readonly launch: Cmi5Launch;
  readonly data: LaunchData;
}

export const CMI5_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
export const MOVEON_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/moveon';
const MASTERY_EXTENSION = 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore';
const INTERACTION = 'http://adlnet.gov/expapi/activities/cmi.interaction';

const VERBS = {
  initialized: 'http://adlnet.gov/expapi/verbs/initialized',
  completed: 'http://adlnet.gov/expapi/verbs/completed',
  passed: 'http://adlnet.gov/expapi/verbs/passed',
  failed: 'http://adlnet.gov/expapi/verbs/failed',
  terminated: 'http://adlnet.gov/expapi/verbs/terminated',
  answered: 'http://adlnet.gov/expapi/verbs/answered',
} as const;
export type Verb = keyof typeof VERBS;
export const verbId = (verb: Verb): string => VERBS[verb];

/** The activities of the game's content, the same on every platform: a meeting, and a decision in it. */
export const meetingActivity = (scenarioId: string): string => `urn:rendez-vous:meeting:${scenarioId}`;
export const decisionActivity = (decisionId: string): string => {
  const [scenario = '', node = ''] = decisionId.split('_');
  return `urn:rendez-vous:decision:${scenario}:${node}`;
};

/** An xAPI duration (ISO 8601), to the hundredth of a second the xAPI keeps. */
export function isoDuration(ms: number): string {
  const centis = Math.max(0, Math.round(ms / 10));
  const hours = Math.floor(centis / 360_000);
  const minutes = Math.floor((centis % 360_000) / 6000);
  const seconds = (centis % 6000) / 100;
  return `PT${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${seconds}S`;
}

const languageMap = (text: Text) => ({ fr: text.fr, en: text.en });

type ContextPart = {
  readonly category?: readonly string[];
  readonly parent?: readonly string[];
  readonly extensions?: Readonly<Record<string, unknown>>;
};

/**
 * The context: the platform's template first, then what the statement adds. The specification
 * forbids overwriting any value of the template, so the additions go into its lists and beside
 * its extensions, never over them.
 */
function contextOf(session: Cmi5Session, part: ContextPart): Record<string, unknown> {
  const template = session.data.contextTemplate as {
    contextActivities?: Record<string, readonly unknown[] | undefined>;
    extensions?: Record<string, unknown>;
  };
  const lists = { ...(template.contextActivities ?? {}) };
  const add = (name: string, ids: readonly string[] | undefined) => {
    if (ids?.length) lists[name] = [...(lists[name] ?? []), ...ids.map((id) => ({ objectType: 'Activity', id }))];
  };
  add('category', part.category);
  add('parent', part.parent);
  return {
    ...session.data.contextTemplate,
    registration: session.launch.registration,
    contextActivities: lists,
    extensions: { ...(part.extensions ?? {}), ...(template.extensions ?? {}) },
  };
}

function statement(
  session: Cmi5Session,
  id: string,
  at: Date,
  verb: Verb,
  object: Statement,
  context: ContextPart,
  result?: Statement,
): Statement {
  return {
    id,
    actor: session.launch.actor,
    verb: { id: VERBS[verb], display: { 'en-US': verb } },
    object,
    ...(result ? { result } : {}),
    context: contextOf(session, context),
    timestamp: at.toISOString(),
  };
}

const au = (session: Cmi5Session): Statement => ({ objectType: 'Activity', id: session.launch.activityId });

/** The course's standing as cmi5 words it: what the tracker reached, to be said once. */
export type DefinedEvent =
  | { readonly verb: 'initialized' }
  | { readonly verb: 'completed'; readonly durationMs: number }
  | {
      readonly verb: 'passed' | 'failed';
      readonly score: number;
      readonly masteryScore: number | null;
      readonly durationMs: number;
    }
  | { readonly verb: 'terminated'; readonly durationMs: number };

/** A cmi5 defined statement: the AU as its object, the cmi5 category, the moveOn one when it judges the AU. */
export function definedStatement(session: Cmi5Session, id: string, at: Date, event: DefinedEvent): Statement {
  switch (event.verb) {
    case 'initialized':
      return statement(session, id, at, event.verb, au(session), { category: [CMI5_CATEGORY] });
    case 'completed':
      return statement(
        session,
        id,
        at,
        event.verb,
        au(session),
        { category: [CMI5_CATEGORY, MOVEON_CATEGORY] },
        { completion: true, duration: isoDuration(event.durationMs) },
      );
    case 'passed':
    case 'failed':
      return statement(
        session,
        id,
        at,
        event.verb,
        au(session),
        {
          category: [CMI5_CATEGORY, MOVEON_CATEGORY],
          ...(event.masteryScore === null ? {} : { extensions: { [MASTERY_EXTENSION]: event.masteryScore / 100 } }),
        },
        {
          score: { scaled: event.score / 100, raw: event.score, min: 0, max: 100 },
          success: event.verb === 'passed',
          duration: isoDuration(event.durationMs),
        },
      );
    case 'terminated':
      return statement(
        session,
        id,
        at,
        event.verb,
        au(session),
        { category: [CMI5_CATEGORY] },
        {
          duration: isoDuration(event.durationMs),
        },
      );
  }
}

/**
 * One decision, as a cmi5 allowed statement (no cmi5 category): the decision as a `choice`
 * interaction whose choices are the options in the order of the scenario file (`a` first), the
 * option chosen as the response, success when the scenario scores it best there (left out when no
 * option stands out), the time taken, and the meeting as its parent.
 */
export function answeredStatement(session: Cmi5Session, id: string, decision: DecisionRecord): Statement {
  const definition = {
    type: INTERACTION,
    name: languageMap(decision.prompt ?? { fr: decision.id, en: decision.id }),
    interactionType: 'choice',
    choices: decision.choices.map((choice) => ({ id: choice.id, description: languageMap(choice.text) })),
    ...(decision.best === null ? {} : { correctResponsesPattern: [decision.best] }),
  };
  return statement(
    session,
    id,
    decision.at,
    'answered',
    { objectType: 'Activity', id: decisionActivity(decision.id), definition },
    { parent: [meetingActivity(decision.objective)] },
    {
      response: decision.response,
      ...(decision.best === null ? {} : { success: decision.result === 'correct' }),
      duration: isoDuration(decision.latencyMs),
    },
  );
}
