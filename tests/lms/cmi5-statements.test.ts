/**
 * The statements of a cmi5 session, written out by hand from the cmi5 specification (section 9)
 * and checked by Learning Locker's xAPI validator.
 */
import { describe, expect, test } from 'vitest';
import validateStatement from 'xapi-validation';
import type { LaunchData } from '../../src/lms/cmi5-launch.ts';
import { answeredStatement, type Cmi5Session, definedStatement, isoDuration } from '../../src/lms/cmi5-statements.ts';
import type { DecisionRecord } from '../../src/lms/decisions.ts';

const ID = '6c5b7f1c-3b1e-4b8e-9c2a-2b7f1c3b1e4b';
const AT = new Date('2026-12-07T09:05:03.250Z');
const ACTOR = { objectType: 'Agent', account: { homePage: 'https://lms.example.org', name: '1625378' } } as const;
const REGISTRATION = '760e3480-ba55-4991-94b0-01820dbd23a2';
const AU = 'https://lms.example.org/au/1';
const SESSION_ID = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';
const data: LaunchData = {
  contextTemplate: {
    contextActivities: { grouping: [{ objectType: 'Activity', id: 'urn:rendez-vous:au:course' }] },
    extensions: { [SESSION_ID]: 'session-1' },
  },
  sessionId: 'session-1',
  launchMode: 'Normal',
  masteryScore: 0.8,
  moveOn: 'CompletedAndPassed',
  returnURL: null,
};
const session: Cmi5Session = {
  launch: {
    endpoint: 'https://lrs.example.org/xapi/',
    fetch: 'https://lms.example.org/t',
    actor: ACTOR,
    registration: REGISTRATION,
    activityId: AU,
  },
  data,
};
const GROUPING = [{ objectType: 'Activity', id: 'urn:rendez-vous:au:course' }];
const CMI5 = { objectType: 'Activity', id: 'https://w3id.org/xapi/cmi5/context/categories/cmi5' };
const MOVEON = { objectType: 'Activity', id: 'https://w3id.org/xapi/cmi5/context/categories/moveon' };

describe('cmi5 defined statements', () => {
  test('initialized: the AU, the template kept, the cmi5 category, no result', () => {
    const statement = definedStatement(session, ID, AT, { verb: 'initialized' });
    expect(statement).toEqual({
      id: ID,
      actor: ACTOR,
      verb: { id: 'http://adlnet.gov/expapi/verbs/initialized', display: { 'en-US': 'initialized' } },
      object: { objectType: 'Activity', id: AU },
      context: {
        registration: REGISTRATION,
        contextActivities: { grouping: GROUPING, category: [CMI5] },
        extensions: { [SESSION_ID]: 'session-1' },
      },
      timestamp: '2026-12-07T09:05:03.250Z',
    });
    expect(validateStatement(statement)).toEqual([]);
  });

  test('passed: score scaled and raw, success, duration, the moveOn category and the platform’s mastery score', () => {
    const statement = definedStatement(session, ID, AT, { verb: 'passed', score: 92, masteryScore: 80, durationMs: 754_321 });
    expect(statement.result).toEqual({
      score: { scaled: 0.92, raw: 92, min: 0, max: 100 },
      success: true,
      duration: 'PT12M34.32S',
    });
    expect(statement.context).toEqual({
      registration: REGISTRATION,
      contextActivities: { grouping: GROUPING, category: [CMI5, MOVEON] },
      extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore': 0.8, [SESSION_ID]: 'session-1' },
    });
    expect(validateStatement(statement)).toEqual([]);
  });

  test.each([
    [{ verb: 'completed', durationMs: 61_000 } as const, { completion: true, duration: 'PT1M1S' }, [CMI5, MOVEON]],
    [
      { verb: 'failed', score: 14, masteryScore: null, durationMs: 3_600_000 } as const,
      { score: { scaled: 0.14, raw: 14, min: 0, max: 100 }, success: false, duration: 'PT1H0S' },
      [CMI5, MOVEON],
    ],
    [{ verb: 'terminated', durationMs: 500 } as const, { duration: 'PT0.5S' }, [CMI5]],
  ])('%j', (event, result, category) => {
    const statement = definedStatement(session, ID, AT, event);
    expect(statement.result).toEqual(result);
    expect((statement.context as { contextActivities: { category: unknown } }).contextActivities.category).toEqual(category);
    expect(validateStatement(statement)).toEqual([]);
  });
});

describe('one answered statement per decision (cmi5 allowed)', () => {
  const decision: DecisionRecord = {
    id: 'mission-interview_prep-evening',
    objective: 'mission-interview',
    response: 'a',
    best: 'b',
    result: 'wrong',
    latencyMs: 7_250,
    at: AT,
    prompt: { fr: 'Que faites-vous ?', en: 'What do you do?' },
    choices: [
      { id: 'a', text: { fr: 'Je peaufine', en: 'I polish' } },
      { id: 'b', text: { fr: 'Je fouille', en: 'I dig' } },
    ],
  };

  test('the decision as a choice interaction, the response, the time taken, the meeting as parent, no cmi5 category', () => {
    const statement = answeredStatement(session, ID, decision);
    expect(statement).toEqual({
      id: ID,
      actor: ACTOR,
      verb: { id: 'http://adlnet.gov/expapi/verbs/answered', display: { 'en-US': 'answered' } },
      object: {
        objectType: 'Activity',
        id: 'urn:rendez-vous:decision:mission-interview:prep-evening',
        definition: {
          type: 'http://adlnet.gov/expapi/activities/cmi.interaction',
          name: { fr: 'Que faites-vous ?', en: 'What do you do?' },
          interactionType: 'choice',
          choices: [
            { id: 'a', description: { fr: 'Je peaufine', en: 'I polish' } },
            { id: 'b', description: { fr: 'Je fouille', en: 'I dig' } },
          ],
          correctResponsesPattern: ['b'],
        },
      },
      result: { response: 'a', success: false, duration: 'PT7.25S' },
      context: {
        registration: REGISTRATION,
        contextActivities: {
          grouping: GROUPING,
          parent: [{ objectType: 'Activity', id: 'urn:rendez-vous:meeting:mission-interview' }],
        },
        extensions: { [SESSION_ID]: 'session-1' },
      },
      timestamp: '2026-12-07T09:05:03.250Z',
    });
    expect(validateStatement(statement)).toEqual([]);
  });

  test('where no option stands out: no correct response and no success, rather than a false "wrong"', () => {
    const statement = answeredStatement(session, ID, { ...decision, best: null, prompt: null });
    expect(statement.result).toEqual({ response: 'a', duration: 'PT7.25S' });
    expect((statement.object as { definition: Record<string, unknown> }).definition).not.toHaveProperty(
      'correctResponsesPattern',
    );
    expect(validateStatement(statement)).toEqual([]);
  });
});

test.each([
  [0, 'PT0S'],
  [10, 'PT0.01S'],
  [59_999, 'PT1M0S'],
  [3_723_450, 'PT1H2M3.45S'],
])('%d ms is %s', (ms, iso) => {
  expect(isoDuration(ms)).toBe(iso);
});
