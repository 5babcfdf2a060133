/**
 * What a cmi5 platform gives the course when it launches it: the launch address's five parameters
 * (section 8.1 of the cmi5 specification), the `LMS.LaunchData` state document it writes before
 * the launch (section 10) and the learner's preferences (section 11). All of it comes from outside:
 * each is read here, checked, and anything unusable said plainly. Pure, so it is tested in Node.
 */
import { isLang, type Lang } from '../engine/index.ts';

/** An xAPI Agent as cmi5 launches it (an account or a mailbox); kept as given, it is only sent back. */
export type XapiAgent = Readonly<Record<string, unknown>> & { readonly objectType?: 'Agent' };

/** The launch address's parameters. */
export interface Cmi5Launch {
  /** The LRS's base address for every xAPI request, ending in `/`. */
  readonly endpoint: string;
  /** The one-time address that gives the session's authorisation token. */
  readonly fetch: string;
  readonly actor: XapiAgent;
  readonly registration: string;
  /** The AU's activity ID for this platform: the object of every cmi5 defined statement. */
  readonly activityId: string;
}

export type LaunchRead = { readonly ok: true; readonly launch: Cmi5Launch } | { readonly ok: false; readonly missing: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An http(s) address, resolved against the page's own when the platform gives a relative one. */
function httpUrl(value: string | null, base: string): URL | null {
  if (!value) return null;
  try {
    const url = new URL(value, base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : null;
  } catch {
    return null;
  }
}

function agentOf(value: string | null): XapiAgent | null {
  if (!value) return null;
  try {
    const agent: unknown = JSON.parse(value);
    if (typeof agent !== 'object' || agent === null || Array.isArray(agent)) return null;
    const { account, mbox } = agent as { account?: { homePage?: unknown; name?: unknown }; mbox?: unknown };
    const identified =
      (typeof account?.homePage === 'string' && typeof account.name === 'string') ||
      (typeof mbox === 'string' && mbox.startsWith('mailto:'));
    return identified ? (agent as XapiAgent) : null;
  } catch {
    return null;
  }
}

/**
 * The launch parameters from the page's query string, in any order, among whatever else the
 * address carries; or the first one missing or malformed, named for whoever sets the platform up.
 */
export function readCmi5Launch(search: string, pageUrl: string): LaunchRead {
  const params = new URLSearchParams(search);
  const endpoint = httpUrl(params.get('endpoint'), pageUrl);
  if (!endpoint) return { ok: false, missing: 'endpoint' };
  const fetchUrl = httpUrl(params.get('fetch'), pageUrl);
  if (!fetchUrl) return { ok: false, missing: 'fetch' };
  const actor = agentOf(params.get('actor'));
  if (!actor) return { ok: false, missing: 'actor' };
  const registration = params.get('registration') ?? '';
  if (!UUID.test(registration)) return { ok: false, missing: 'registration' };
  const activityId = params.get('activityId') ?? '';
  if (!httpUrl(activityId, 'urn:none') && !/^[a-z][a-z0-9+.-]*:\S+$/i.test(activityId)) {
    return { ok: false, missing: 'activityId' };
  }
  const base = endpoint.href.endsWith('/') ? endpoint.href : `${endpoint.href}/`;
  return { ok: true, launch: { endpoint: base, fetch: fetchUrl.href, actor, registration, activityId } };
}

/** Whether the address carries a cmi5 launch at all (the package opened outside a platform carries none). */
export const hasCmi5Launch = (search: string): boolean => new URLSearchParams(search).has('endpoint');

export type LaunchMode = 'Normal' | 'Browse' | 'Review';
export type MoveOn = 'Passed' | 'Completed' | 'CompletedAndPassed' | 'CompletedOrPassed' | 'NotApplicable';

/** The platform's `LMS.LaunchData`: how this session is to be run. */
export interface LaunchData {
  /** Copied into every statement's context (the session ID and the publisher's ID among it). */
  readonly contextTemplate: Readonly<Record<string, unknown>>;
  readonly sessionId: string;
  readonly launchMode: LaunchMode;
  /** 0–1, as cmi5 writes it; null when the platform gives none. */
  readonly masteryScore: number | null;
  readonly moveOn: MoveOn;
  /** Where the learner is sent once the session is over; null to stay. */
  readonly returnURL: string | null;
}

export const SESSION_EXTENSION = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';
const LAUNCH_MODES: readonly LaunchMode[] = ['Normal', 'Browse', 'Review'];
const MOVE_ONS: readonly MoveOn[] = ['Passed', 'Completed', 'CompletedAndPassed', 'CompletedOrPassed', 'NotApplicable'];

/** The launch data, or why it cannot be used (a platform that wrote none, or not the cmi5 shape). */
export function readLaunchData(data: unknown): LaunchData | string {
  if (typeof data !== 'object' || data === null) return 'LMS.LaunchData is not a JSON object';
  const { contextTemplate, launchMode, masteryScore, moveOn, returnURL } = data as Record<string, unknown>;
  if (typeof contextTemplate !== 'object' || contextTemplate === null) return 'LMS.LaunchData has no contextTemplate';
  const extensions = (contextTemplate as { extensions?: Record<string, unknown> }).extensions;
  const sessionId = extensions?.[SESSION_EXTENSION];
  if (typeof sessionId !== 'string' || sessionId === '') return 'LMS.LaunchData has no session ID in its contextTemplate';
  const mode = LAUNCH_MODES.find((m) => m === launchMode);
  if (!mode) return `LMS.LaunchData's launchMode is ${JSON.stringify(launchMode)}`;
  const mastery = typeof masteryScore === 'number' && masteryScore >= 0 && masteryScore <= 1 ? masteryScore : null;
  return {
    contextTemplate: contextTemplate as Record<string, unknown>,
    sessionId,
    launchMode: mode,
    masteryScore: mastery,
    moveOn: MOVE_ONS.find((m) => m === moveOn) ?? 'NotApplicable',
    returnURL: typeof returnURL === 'string' && returnURL !== '' ? returnURL : null,
  };
}

/**
 * The learner's language from the `cmi5LearnerPreferences` agent profile: the first of their
 * preferences (`en-US,fr-FR`) the game speaks; null when none is, or none is given.
 */
export function preferredLanguage(preferences: unknown): Lang | null {
  const list = (preferences as { languagePreference?: unknown } | null)?.languagePreference;
  if (typeof list !== 'string') return null;
  for (const tag of list.split(',')) {
    const base = tag.trim().toLowerCase().split('-')[0] ?? '';
    if (isLang(base)) return base;
  }
  return null;
}

/**
 * The Content-Security-Policy the course puts on its own page at launch: connections to its own
 * files (sounds are read by request), to the LRS's endpoint and to the token's address, and
 * nowhere else (the package's page allows any web address: build-cmi5.ts says why). A policy in a `<meta>` can only narrow what the page may do, never widen it, and
 * the endpoint is known only once the platform launches the course: so the package cannot ship
 * it, and writes it before its first request to the platform. A platform that knows its endpoint
 * should serve the same policy as a header (README, "Learning platforms").
 */
export function connectPolicy(launch: Cmi5Launch): string {
  const fetchUrl = new URL(launch.fetch);
  // A source with a path ending in `/` allows everything under it; the query is never matched.
  // `;` and `,` would end the directive or the policy: a source matches them percent-encoded.
  const source = (url: string) => url.replace(/;/g, '%3B').replace(/,/g, '%2C');
  // The page's own policy allows `data:` and `blob:` too (index.html): the game reads some of its sounds so.
  const sources = ["'self'", 'data:', 'blob:', source(launch.endpoint), source(`${fetchUrl.origin}${fetchUrl.pathname}`)];
  return `connect-src ${[...new Set(sources)].join(' ')}`;
}
