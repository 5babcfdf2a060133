/**
 * The few xAPI requests a cmi5 course makes, over the page's own `fetch`: the token from the
 * platform's one-time address, then statements, state documents and the learner's preferences at
 * the LRS, each with the token and the xAPI version header. Writes go out with `keepalive`, so
 * that what is sent as the page closes still arrives. Every failure becomes an `LrsFailure` that
 * names the request and the LRS's answer, for the notice's "for your administrator" line.
 */
import type { Cmi5Launch } from './cmi5-launch.ts';
import type { Statement } from './cmi5-statements.ts';

export type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

export class LrsFailure extends Error {}

const XAPI_VERSION = '1.0.3';

/** What an LRS says with a refusal: its message when it answers in JSON (most do), else the start of its text. */
async function wordsOf(response: Response): Promise<string> {
  const text = await response.text().catch(() => '');
  try {
    const body = JSON.parse(text) as { message?: unknown; 'error-text'?: unknown };
    const message = body.message ?? body['error-text'];
    if (typeof message === 'string') return message.slice(0, 200);
  } catch {
    // Not JSON: the text itself.
  }
  return text.slice(0, 200);
}

/**
 * How long a request may go unanswered before the learner is told: a platform that never answers
 * must not leave the course waiting in silence (a guard, not a timing goal).
 */
const PATIENCE_MS = 20_000;

async function answer(what: string, request: (signal: AbortSignal) => Promise<Response>): Promise<Response> {
  let response: Response;
  try {
    response = await request(AbortSignal.timeout(PATIENCE_MS));
  } catch (error) {
    // A network failure, or a request the page's policy refused: the browser says no more than this.
    throw new LrsFailure(`${what}: no answer (${error instanceof Error ? error.message : String(error)})`);
  }
  if (!response.ok && response.status !== 404) {
    const words = await wordsOf(response);
    throw new LrsFailure(`${what}: ${response.status} ${response.statusText}${words ? `: ${words}` : ''}`);
  }
  return response;
}

/**
 * The session's token, from the platform's `fetch` address (section 8.2): a POST, answered with
 * `{"auth-token": …}`, or with an error code and words the platform chose.
 */
export async function fetchToken(fetchUrl: string, fetchFn: Fetch): Promise<string> {
  const response = await answer('POST fetch', (signal) => fetchFn(fetchUrl, { method: 'POST', signal }));
  const body = (await response.json().catch(() => null)) as Record<string, unknown> | null;
  const token = body?.['auth-token'];
  if (typeof token === 'string' && token !== '') return token;
  const code = body?.['error-code'];
  throw new LrsFailure(
    `POST fetch: ${code === undefined ? 'no auth-token' : `error ${String(code)} ${String(body?.['error-text'] ?? '')}`}`.trim(),
  );
}

export interface Lrs {
  postStatements(statements: readonly Statement[]): Promise<void>;
  /** The statements of this learner, activity and registration with this verb, newest first. */
  statementsWith(verbId: string): Promise<readonly Statement[]>;
  /** A state document of this activity, learner and registration; null when there is none. */
  getState(stateId: string): Promise<unknown>;
  putState(stateId: string, text: string): Promise<void>;
  /** The learner's agent profile document; null when there is none or the LRS keeps it to itself. */
  getAgentProfile(profileId: string): Promise<unknown>;
}

export function lrs(launch: Cmi5Launch, token: string, fetchFn: Fetch): Lrs {
  const headers = { authorization: `Basic ${token}`, 'x-experience-api-version': XAPI_VERSION };
  const agent = JSON.stringify(launch.actor);
  const address = (resource: string, query: Record<string, string>) =>
    `${launch.endpoint}${resource}?${new URLSearchParams(query).toString()}`;
  const stateQuery = (stateId: string) => ({
    activityId: launch.activityId,
    agent,
    registration: launch.registration,
    stateId,
  });
  const json = async (response: Response): Promise<unknown> =>
    response.status === 404 ? null : await response.json().catch(() => null);

  return {
    async postStatements(statements) {
      await answer(`POST statements (${statements.length})`, (signal) =>
        fetchFn(`${launch.endpoint}statements`, {
          method: 'POST',
          signal,
          headers: { ...headers, 'content-type': 'application/json' },
          body: JSON.stringify(statements),
          keepalive: true,
        }),
      );
    },
    async statementsWith(verbId) {
      const query = { agent, verb: verbId, activity: launch.activityId, registration: launch.registration };
      const response = await answer('GET statements', (signal) => fetchFn(address('statements', query), { headers, signal }));
      const body = (await json(response)) as { statements?: unknown } | null;
      return Array.isArray(body?.statements) ? (body.statements as Statement[]) : [];
    },
    async getState(stateId) {
      return json(
        await answer(`GET state ${stateId}`, (signal) =>
          fetchFn(address('activities/state', stateQuery(stateId)), { headers, signal }),
        ),
      );
    },
    async putState(stateId, text) {
      await answer(`PUT state ${stateId}`, (signal) =>
        fetchFn(address('activities/state', stateQuery(stateId)), {
          method: 'PUT',
          signal,
          headers: { ...headers, 'content-type': 'application/json' },
          body: JSON.stringify(text),
          keepalive: true,
        }),
      );
    },
    async getAgentProfile(profileId) {
      // A platform may keep the preferences to itself (403): cmi5 says that is not an error.
      const signal = AbortSignal.timeout(PATIENCE_MS);
      const response = await fetchFn(address('agents/profile', { agent, profileId }), { headers, signal }).catch(() => null);
      return response?.ok ? await response.json().catch(() => null) : null;
    },
  };
}
