/**
 * A cmi5 platform on 127.0.0.1 for the browser tests, around a real LRS: Learning Locker's
 * `xapi-statements` (npm), run as its own process with its in-memory store, keeps the statements
 * and checks each request's token with the platform. No npm or Debian package offers the xAPI
 * State and Agent Profile APIs without a database server, so this file serves those two itself: a
 * plain document store keyed as the xAPI says (activity, agent, registration, state ID; agent,
 * profile ID). In front of both, one endpoint with the CORS a browser needs, as a platform's is.
 * It also plays the platform's part of cmi5: the one-time token address, the launch data, the
 * "launched" statement, and the launch address.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, request, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const LMS_AUTHORITY = { objectType: 'Agent', name: 'Test platform', mbox: 'mailto:platform@rendez-vous.invalid' };

export interface Launch {
  readonly url: string;
  readonly registration: string;
  readonly sessionId: string;
  readonly actor: Readonly<Record<string, unknown>>;
  readonly activityId: string;
}

export interface TestPlatform {
  /** The LRS endpoint, ending in `/`. */
  readonly endpoint: string;
  /** Where the platform's one-time token addresses live, ending in `/`. */
  readonly fetchBase: string;
  /** Writes the launch data, records "launched" and gives the address to open the AU at. */
  launch(
    au: string,
    options: { registration?: string; masteryScore?: number; returnURL?: string; language?: string },
  ): Promise<Launch>;
  /** Every statement of a registration, in the order the LRS stored them. */
  statements(registration: string): Promise<Record<string, unknown>[]>;
  state(launch: Launch, stateId: string): unknown;
  /** The LRS refuses every request from the course (its token is revoked) until `mend`. */
  refuse(): void;
  mend(): void;
  close(): Promise<void>;
}

const listen = (server: Server): Promise<number> =>
  new Promise((done) => server.listen(0, '127.0.0.1', () => done((server.address() as AddressInfo).port)));

const bodyOf = (req: IncomingMessage): Promise<Buffer> =>
  new Promise((done) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => done(Buffer.concat(chunks)));
  });

async function freePort(): Promise<number> {
  const probe = createServer();
  const port = await listen(probe);
  await new Promise((done) => probe.close(done));
  return port;
}

/** Starts xapi-statements on a free port, its store in memory, its tokens checked at `clientInfo`. */
async function startLrs(clientInfo: string, work: string): Promise<{ port: number; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['node_modules/xapi-statements/dist/server.js'], {
    env: {
      ...process.env,
      EXPRESS_PORT: String(port),
      AUTH_REPO: 'fetch',
      LL_CLIENT_INFO_ENDPOINT: clientInfo,
      EVENTS_REPO: 'test',
      MODELS_REPO: 'memory',
      STORAGE_REPO: 'memory',
      EXPRESS_MORGAN_DIRECTORY: join(work, 'access'),
      FS_LOCAL_STORAGE_DIR: join(work, 'storage'),
      WINSTON_CONSOLE_LEVEL: 'error',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let said = '';
  child.stderr?.on('data', (chunk: Buffer) => (said += chunk.toString()));
  child.stdout?.on('data', (chunk: Buffer) => (said += chunk.toString()));
  // Ready once it answers; a guard against a hang, not a timing goal.
  for (let tries = 0; ; tries++) {
    const about = await fetch(`http://127.0.0.1:${port}/xAPI/about`).catch(() => null);
    if (about?.ok) break;
    if (child.exitCode !== null || tries > 600) {
      child.kill();
      throw new Error(`xapi-statements did not start: ${said}`);
    }
    await new Promise((wait) => setTimeout(wait, 100));
  }
  return { port, child };
}

export async function startTestPlatform(): Promise<TestPlatform> {
  const work = mkdtempSync(join(tmpdir(), 'rendez-vous-lrs-'));
  const lmsToken = Buffer.from('platform:secret').toString('base64');
  /** The tokens the LRS accepts: the platform's, and each launch's once fetched. */
  const valid = new Set([lmsToken]);
  const fetchKeys = new Map<string, string>();
  let refusing: string[] = [];
  const documents = new Map<string, { type: string; body: Buffer }>();

  // The platform: token addresses, and the client check xapi-statements asks of each request.
  const lms = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const cors = { 'access-control-allow-origin': '*' };
    if (req.method === 'OPTIONS') {
      res.writeHead(204, { ...cors, 'access-control-allow-methods': 'POST' }).end();
      return;
    }
    if (url.pathname === '/client') {
      const token = String(req.headers.authorization ?? '').replace(/^Basic /, '');
      if (!valid.has(token)) {
        res.writeHead(401).end();
        return;
      }
      const id = (n: number) => `5988f0f0000000000000000${n}`;
      const client = {
        _id: id(1),
        title: 'cmi5',
        authority: LMS_AUTHORITY,
        isTrusted: true,
        lrs_id: id(2),
        organisation: id(3),
        scopes: ['all'],
      };
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(client));
      return;
    }
    const key = url.pathname.replace('/fetch/', '');
    const token = fetchKeys.get(key);
    // One-time: a second request for the same key is answered with cmi5's error 1, status 200.
    fetchKeys.delete(key);
    if (token) valid.add(token);
    res.writeHead(200, { ...cors, 'content-type': 'application/json' });
    res.end(
      JSON.stringify(
        token
          ? { 'auth-token': token }
          : { 'error-code': '1', 'error-text': 'The authorization token has already been returned.' },
      ),
    );
  });
  const lmsPort = await listen(lms);
  const lrs = await startLrs(`http://127.0.0.1:${lmsPort}/client`, work);

  const front = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    const cors = {
      'access-control-allow-origin': String(req.headers.origin ?? '*'),
      'access-control-allow-headers': 'authorization, content-type, x-experience-api-version',
      'access-control-allow-methods': 'GET, PUT, POST, DELETE',
      'access-control-expose-headers': 'x-experience-api-version',
    };
    if (req.method === 'OPTIONS') {
      res.writeHead(204, cors).end();
      return;
    }
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const token = String(req.headers.authorization ?? '').replace(/^Basic /, '');
    const body = await bodyOf(req);
    if (url.pathname === '/xapi/statements') {
      if (refusing.includes(token)) valid.delete(token);
      const forward = request(
        {
          host: '127.0.0.1',
          port: lrs.port,
          method: req.method,
          path: `/xAPI/statements${url.search}`,
          headers: { ...req.headers, host: `127.0.0.1:${lrs.port}` },
        },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, {
            ...cors,
            'content-type': String(answer.headers['content-type'] ?? 'application/json'),
          });
          answer.pipe(res);
        },
      );
      forward.end(body);
      return;
    }
    if (!valid.has(token) || refusing.includes(token)) {
      res.writeHead(401, cors).end('Unauthorized');
      return;
    }
    const q = url.searchParams;
    const key =
      url.pathname === '/xapi/activities/state'
        ? JSON.stringify([
            'state',
            q.get('activityId'),
            JSON.parse(q.get('agent') ?? 'null'),
            q.get('registration'),
            q.get('stateId'),
          ])
        : url.pathname === '/xapi/agents/profile'
          ? JSON.stringify(['profile', JSON.parse(q.get('agent') ?? 'null'), q.get('profileId')])
          : null;
    if (!key) {
      res.writeHead(404, cors).end();
      return;
    }
    if (req.method === 'GET') {
      const kept = documents.get(key);
      if (!kept) res.writeHead(404, cors).end();
      else res.writeHead(200, { ...cors, 'content-type': kept.type }).end(kept.body);
      return;
    }
    if (req.method === 'PUT' || req.method === 'POST') {
      documents.set(key, { type: String(req.headers['content-type'] ?? 'application/octet-stream'), body });
      res.writeHead(204, cors).end();
      return;
    }
    res.writeHead(405, cors).end();
  });
  const frontPort = await listen(front);
  const endpoint = `http://127.0.0.1:${frontPort}/xapi/`;
  const asPlatform = { authorization: `Basic ${lmsToken}`, 'x-experience-api-version': '1.0.3' };
  const sessionTokens: string[] = [];

  return {
    endpoint,
    fetchBase: `http://127.0.0.1:${lmsPort}/fetch/`,
    async launch(au, options) {
      const registration = options.registration ?? randomUUID();
      const sessionId = randomUUID();
      const actor = { objectType: 'Agent', account: { homePage: 'https://platform.rendez-vous.invalid', name: 'learner-1' } };
      const activityId = 'https://platform.rendez-vous.invalid/courses/7/au/1';
      const query = (params: Record<string, string>) => new URLSearchParams(params).toString();
      const stateAddress = `${endpoint}activities/state?${query({ activityId, agent: JSON.stringify(actor), registration, stateId: 'LMS.LaunchData' })}`;
      const contextTemplate = {
        contextActivities: { grouping: [{ objectType: 'Activity', id: 'urn:rendez-vous:au:mission-interview' }] },
        extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': sessionId },
      };
      const launchData = {
        contextTemplate,
        launchMode: 'Normal',
        moveOn: options.masteryScore === undefined ? 'Completed' : 'CompletedAndPassed',
        ...(options.masteryScore === undefined ? {} : { masteryScore: options.masteryScore }),
        ...(options.returnURL ? { returnURL: options.returnURL } : {}),
      };
      await fetch(stateAddress, {
        method: 'PUT',
        headers: { ...asPlatform, 'content-type': 'application/json' },
        body: JSON.stringify(launchData),
      });
      if (options.language) {
        await fetch(`${endpoint}agents/profile?${query({ agent: JSON.stringify(actor), profileId: 'cmi5LearnerPreferences' })}`, {
          method: 'PUT',
          headers: { ...asPlatform, 'content-type': 'application/json' },
          body: JSON.stringify({ languagePreference: options.language, audioPreference: 'on' }),
        });
      }
      const launched = {
        id: randomUUID(),
        actor,
        verb: { id: 'http://adlnet.gov/expapi/verbs/launched', display: { 'en-US': 'Launched' } },
        object: { objectType: 'Activity', id: activityId },
        context: {
          ...contextTemplate,
          registration,
          contextActivities: {
            ...contextTemplate.contextActivities,
            category: [{ id: 'https://w3id.org/xapi/cmi5/context/categories/cmi5' }],
          },
          extensions: {
            ...contextTemplate.extensions,
            'https://w3id.org/xapi/cmi5/context/extensions/launchmode': 'Normal',
            'https://w3id.org/xapi/cmi5/context/extensions/launchurl': au,
            'https://w3id.org/xapi/cmi5/context/extensions/moveon': launchData.moveOn,
          },
        },
        timestamp: new Date().toISOString(),
      };
      const sent = await fetch(`${endpoint}statements`, {
        method: 'POST',
        headers: { ...asPlatform, 'content-type': 'application/json' },
        body: JSON.stringify([launched]),
      });
      if (!sent.ok) throw new Error(`the LRS refused "launched": ${sent.status} ${await sent.text()}`);
      const fetchKey = randomUUID();
      const token = Buffer.from(`session:${randomUUID()}`).toString('base64');
      fetchKeys.set(fetchKey, token);
      sessionTokens.push(token);
      const lmsBase = `http://127.0.0.1:${lmsPort}`;
      const url = `${au}?${query({ endpoint, fetch: `${lmsBase}/fetch/${fetchKey}`, actor: JSON.stringify(actor), registration, activityId })}`;
      return { url, registration, sessionId, actor, activityId };
    },
    async statements(registration) {
      const all: Record<string, unknown>[] = [];
      let next: string | null = `${endpoint}statements?${new URLSearchParams({ registration, ascending: 'true', limit: '500' })}`;
      while (next) {
        const page = (await (await fetch(next, { headers: asPlatform })).json()) as {
          statements: Record<string, unknown>[];
          more?: string;
        };
        all.push(...page.statements);
        next = page.more ? new URL(page.more, endpoint).href.replace(/\/xAPI\//, '/xapi/') : null;
      }
      return all;
    },
    state(launch, stateId) {
      const kept = documents.get(JSON.stringify(['state', launch.activityId, launch.actor, launch.registration, stateId]));
      return kept ? JSON.parse(kept.body.toString('utf8')) : null;
    },
    refuse() {
      refusing = [...sessionTokens];
    },
    mend() {
      for (const token of refusing) valid.add(token);
      refusing = [];
    },
    async close() {
      lrs.child.kill();
      await Promise.all([lms, front].map((s) => new Promise((done) => s.close(done))));
      rmSync(work, { recursive: true, force: true });
    },
  };
}
