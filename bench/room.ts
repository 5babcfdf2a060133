/**
 * The live room under forty phones (issue 20): the workshop server in a process of its own, a
 * projector and forty phones of the room's own client library on 127.0.0.1. In each wave every
 * phone changes its vote at once; a vote's latency is from the phone setting it to the projector's
 * tally counting it (the k-th vote sent matched with the tally's k-th count, the order the server
 * takes them in). Also the server's memory with the room full. `npm run bench:room` runs it alone.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { nodePhone, nodeProjector, until } from '../src/harness/live-phones.ts';
import { openRoom } from '../src/live-room/client.ts';
import type { Stage } from '../src/live-room/rules.ts';
import { atMost, info, kib, ms, type Row, table } from '../src/measure/report.ts';
import { percentile } from '../src/measure/stats.ts';

const PHONES = 40;
const WAVES = 25;
/** Issue 20: on 127.0.0.1, a phone's vote shows on the projector within 200 ms (p95). */
export const ROOM_TARGET_MS = 200;

const STAGE: Stage = {
  key: '1:bench',
  lang: 'en',
  options: [
    { letter: 'A', text: 'One way' },
    { letter: 'B', text: 'The other' },
  ],
  round: 1,
  locked: false,
  revealed: false,
  named: false,
};

function ask<T>(child: ChildProcess, message: string, answer: (reply: unknown) => T | null): Promise<T> {
  return new Promise((done) => {
    const heard = (reply: unknown) => {
      const value = answer(reply);
      if (value === null) return;
      child.off('message', heard);
      done(value);
    };
    child.on('message', heard);
    if (message) child.send(message);
  });
}

const field = <K extends string>(reply: unknown, key: K): unknown =>
  typeof reply === 'object' && reply !== null && key in reply ? (reply as Record<K, unknown>)[key] : null;

export interface RoomFigures {
  readonly latencies: readonly number[];
  readonly heapUsed: number;
  readonly rss: number;
}

export async function benchRoom(say: (message: string) => void = console.log): Promise<RoomFigures> {
  const child = fork(new URL('./room-server.ts', import.meta.url), {
    execArgv: ['--import', 'tsx', '--expose-gc'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  try {
    const url = await ask(child, '', (reply) => {
      const found = field(reply, 'url');
      return typeof found === 'string' ? found : null;
    });
    const room = await openRoom(url);
    const projector = nodeProjector(url, room.code, room.key);
    const phones = Array.from({ length: PHONES }, () => nodePhone(url, room.code));
    await Promise.all([projector.ready, ...phones.map((p) => p.ready)]);
    projector.setStage(STAGE);
    await until(
      projector.tally,
      (h) => projector.onTally(h),
      (t) => t?.phones === PHONES && t.key === STAGE.key,
      'phones in',
    );
    say(`room: ${PHONES} phones joined; ${WAVES} waves of ${PHONES} votes`);

    const latencies: number[] = [];
    for (let wave = 0; wave < WAVES; wave++) {
      const letter = wave % 2 === 0 ? 'A' : 'B';
      const counted: number[] = [];
      const stop = projector.onTally((tally) => {
        const now = performance.now();
        const count = tally?.rounds[0]?.counts[letter] ?? 0;
        while (counted.length < count) counted.push(now);
      });
      const sent: number[] = [];
      for (const phone of phones) {
        sent.push(performance.now());
        phone.vote({ key: STAGE.key, round: 1, letter });
      }
      await until(
        projector.tally,
        (h) => projector.onTally(h),
        (t) => t?.rounds[0]?.counts[letter] === PHONES,
        `wave ${wave}`,
      );
      stop();
      sent.forEach((at, k) => {
        latencies.push((counted[k] ?? at) - at);
      });
    }
    const memory = await ask(child, 'memory', (reply) => {
      const found = field(reply, 'memory');
      return found && typeof found === 'object' ? (found as NodeJS.MemoryUsage) : null;
    });
    for (const p of [projector, ...phones]) p.close();
    return { latencies, heapUsed: memory.heapUsed, rss: memory.rss };
  } finally {
    child.send('stop');
  }
}

/** The bench's rows for the room. */
export function roomRows(figures: RoomFigures, limit = ROOM_TARGET_MS): Row[] {
  return [
    atMost(
      `Live room: phone's vote → projector's count, p95 (${PHONES} phones, ${figures.latencies.length} votes)`,
      percentile(figures.latencies, 95),
      limit,
      ms,
    ),
    info('Live room: vote → count, p50', ms(percentile(figures.latencies, 50))),
    info(`Live room: server memory with ${PHONES} phones (JS heap / process)`, `${kib(figures.heapUsed)} / ${kib(figures.rss)}`),
  ];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const figures = await benchRoom();
  console.log(table(roomRows(figures)));
}
