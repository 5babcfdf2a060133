/**
 * What a cmi5 launch gives the course, read as data from outside: the five launch parameters, the
 * launch data, the learner's language and the connection policy written from them.
 */
import { describe, expect, test } from 'vitest';
import { connectPolicy, preferredLanguage, readCmi5Launch, readLaunchData } from '../../src/lms/cmi5-launch.ts';

const PAGE = 'https://lms.example.org/content/7/index.html';
const ACTOR = '{"objectType":"Agent","account":{"homePage":"https://lms.example.org","name":"1625378"}}';
const REGISTRATION = '760e3480-ba55-4991-94b0-01820dbd23a2';
const query = (params: Record<string, string>) => `?${new URLSearchParams(params).toString()}`;
const FULL = {
  endpoint: 'https://lrs.example.org/xapi',
  fetch: 'https://lms.example.org/token?k=2390289x0',
  actor: ACTOR,
  registration: REGISTRATION,
  activityId: 'https://lms.example.org/au/1',
};

describe('the launch address', () => {
  test('all five, in any order and among other parameters: the endpoint ends in a slash', () => {
    const { endpoint, ...rest } = FULL;
    const read = readCmi5Launch(query({ seed: '5', ...rest, lang: 'en', endpoint }), PAGE);
    expect(read).toEqual({
      ok: true,
      launch: {
        endpoint: 'https://lrs.example.org/xapi/',
        fetch: 'https://lms.example.org/token?k=2390289x0',
        actor: { objectType: 'Agent', account: { homePage: 'https://lms.example.org', name: '1625378' } },
        registration: REGISTRATION,
        activityId: 'https://lms.example.org/au/1',
      },
    });
  });

  test.each([
    ['endpoint', { endpoint: 'javascript:alert(1)' }],
    ['endpoint', { endpoint: '' }],
    ['fetch', { fetch: 'ftp://lms.example.org/token' }],
    ['actor', { actor: '{"objectType":"Agent"}' }],
    ['actor', { actor: 'not json' }],
    ['actor', { actor: '{"mbox":"learner@example.org"}' }],
    ['registration', { registration: 'abc' }],
    ['activityId', { activityId: 'no scheme' }],
  ])('a missing or malformed %s is named', (missing, change) => {
    expect(readCmi5Launch(query({ ...FULL, ...change }), PAGE)).toEqual({ ok: false, missing });
  });
});

describe('the launch data', () => {
  const template = {
    contextActivities: { grouping: [{ id: 'urn:publisher:au' }] },
    extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': 'session-1' },
  };

  test('read as cmi5 writes it: mastery 0–1, moveOn, return address', () => {
    expect(
      readLaunchData({
        contextTemplate: template,
        launchMode: 'Review',
        masteryScore: 0.75,
        moveOn: 'CompletedAndPassed',
        returnURL: 'https://lms.example.org/back',
      }),
    ).toEqual({
      contextTemplate: template,
      sessionId: 'session-1',
      launchMode: 'Review',
      masteryScore: 0.75,
      moveOn: 'CompletedAndPassed',
      returnURL: 'https://lms.example.org/back',
    });
  });

  test.each([
    [null, 'LMS.LaunchData is not a JSON object'],
    [{ launchMode: 'Normal' }, 'LMS.LaunchData has no contextTemplate'],
    [{ contextTemplate: {}, launchMode: 'Normal' }, 'LMS.LaunchData has no session ID in its contextTemplate'],
    [{ contextTemplate: template, launchMode: 'normal' }, 'LMS.LaunchData\'s launchMode is "normal"'],
  ])('unusable launch data says why: %j', (data, why) => {
    expect(readLaunchData(data)).toBe(why);
  });

  test('a mastery score outside 0–1 and an unknown moveOn are left out', () => {
    expect(
      readLaunchData({ contextTemplate: template, launchMode: 'Normal', masteryScore: 80, moveOn: 'Whenever' }),
    ).toMatchObject({
      masteryScore: null,
      moveOn: 'NotApplicable',
      returnURL: null,
    });
  });
});

test.each([
  [{ languagePreference: 'en-US,fr-FR' }, 'en'],
  [{ languagePreference: 'de-DE, fr-BE' }, 'fr'],
  [{ languagePreference: 'zh-CN' }, null],
  [{ audioPreference: 'on' }, null],
  [null, null],
])('the learner’s preferences %j give the language %s', (preferences, lang) => {
  expect(preferredLanguage(preferences)).toBe(lang);
});

test('the connection policy: the page’s own files, the LRS and the token’s address without its query, nothing else', () => {
  const read = readCmi5Launch(query({ ...FULL, endpoint: 'https://lrs.example.org/x;api,1/' }), PAGE);
  if (!read.ok) throw new Error('the launch did not read');
  expect(connectPolicy(read.launch)).toBe(
    "connect-src 'self' data: blob: https://lrs.example.org/x%3Bapi%2C1/ https://lms.example.org/token",
  );
});
