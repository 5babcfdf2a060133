import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import {
  loadScenarioOrThrow,
  makeReplayCode,
  PLAY_STYLES,
  type PlayerAction,
  parseReplayCode,
  playToEnd,
  preferMoves,
  type ReplaySession,
  seedOf,
} from '../../src/engine/index.ts';

const mission = loadScenarioOrThrow(
  readFileSync(fileURLToPath(new URL('../../dialogues/mission-interview.yaml', import.meta.url)), 'utf8'),
  'mission-interview.yaml',
);

function replaying(actions: readonly PlayerAction[]) {
  let next = 0;
  return () => actions[next++] ?? { kind: 'continue' as const };
}

const sample: ReplaySession = {
  seeding: 2,
  scenarioId: 'mission-interview',
  scenarioVersion: 3,
  lang: 'fr',
  seed: 123_456_789,
  actions: [
    { kind: 'choose', index: 0 },
    { kind: 'continue' },
    { kind: 'note' },
    { kind: 'interrupt' },
    { kind: 'choose', index: 11 },
    { kind: 'choose', index: 12 },
    { kind: 'choose', index: 200 },
  ],
};

describe('replay codes', () => {
  test('a finished meeting round-trips through its code and replays to the same result', () => {
    const played = playToEnd(mission, 7, preferMoves(PLAY_STYLES.attentive ?? []));
    const code = makeReplayCode({
      scenarioId: mission.id,
      scenarioVersion: mission.version,
      lang: 'en',
      seed: 7,
      actions: played.actions,
    });
    // Short enough to read out or paste in a chat: the whole meeting, not a pointer to it.
    expect(code.length).toBeLessThan(160);
    expect(code).toMatch(/^RV2\.[A-Za-z0-9_-]+$/);
    const parsed = parseReplayCode(code);
    if (!parsed.ok) throw new Error(`the code did not parse: ${parsed.error.kind}`);
    expect(parsed.value.actions).toEqual(played.actions);
    expect(parsed.value.seeding).toBe(2);
    const replayed = playToEnd(mission, seedOf(parsed.value), replaying(parsed.value.actions));
    expect(replayed).toEqual(played);
  });

  test('every kind of action, long option numbers and big seeds survive', () => {
    expect(parseReplayCode(makeReplayCode(sample))).toEqual({ ok: true, value: sample });
  });

  test('spaces and line breaks pasted into a code are ignored', () => {
    const code = makeReplayCode(sample);
    const spaced = ` ${code.slice(0, 10)}\n  ${code.slice(10, 20)} ${code.slice(20)}\n`;
    expect(parseReplayCode(spaced)).toEqual({ ok: true, value: sample });
  });

  test.each([
    ['one character changed', (c: string) => `${c.slice(0, 12)}${c[12] === 'A' ? 'B' : 'A'}${c.slice(13)}`],
    ['the end cut off', (c: string) => c.slice(0, -3)],
    ['a character outside the alphabet', (c: string) => `${c.slice(0, 8)}*${c.slice(9)}`],
    ['no prefix', (c: string) => c.slice(4)],
    ['empty', () => ''],
    ['an unrelated text', () => 'bonjour'],
  ])('a damaged code (%s) is refused as damaged, never thrown', (_, damage) => {
    expect(parseReplayCode(damage(makeReplayCode(sample)))).toEqual({ ok: false, error: { kind: 'damaged' } });
  });

  test('a code of the first format keeps its format, so its first rules of drawing', () => {
    const first = { ...sample, seeding: 1 } as const;
    const code = makeReplayCode(first);
    expect(code.startsWith('RV1.')).toBe(true);
    expect(parseReplayCode(code)).toEqual({ ok: true, value: first });
  });

  test('a code relabelled with the other format is refused as damaged (the format is also inside)', () => {
    const code = makeReplayCode(sample).replace(/^RV2\./, 'RV1.');
    expect(parseReplayCode(code)).toEqual({ ok: false, error: { kind: 'damaged' } });
  });

  test('a code from a newer game says which format it is', () => {
    const code = makeReplayCode(sample).replace(/^RV2\./, 'RV3.');
    expect(parseReplayCode(code)).toEqual({ ok: false, error: { kind: 'format', format: 3 } });
  });
});
