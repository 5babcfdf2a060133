import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  conversationFigures,
  LANGS,
  makeReplayCode,
  type PlayerAction,
  parseReplayCode,
  playToEnd,
  type ReplaySession,
  roadNotTaken,
} from '../../src/engine/index.ts';
import { loadFixture } from './fixtures.ts';

/**
 * Replay codes as a coach uses them: a session played with random legal actions, handed over as a
 * code, gives back the same debrief (result, conversation figures, road not taken); and a code
 * damaged on the way is refused, never misread as another meeting. (The plain round trip of
 * actions over every shipped scenario is in properties.test.ts.)
 */

const scenario = loadFixture('small-meeting.yaml');
const BODY = 'RV2.'.length;
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Plays with the legal action the random picks point at, one pick per step (cycling). */
function playRandomly(seed: number, picks: readonly number[]) {
  let step = 0;
  return playToEnd(scenario, seed, (available) => {
    const pick = picks[step++ % picks.length] ?? 0;
    const chosen = available[pick % available.length];
    if (!chosen) throw new Error('no action on offer');
    return chosen.action;
  });
}

function replaying(actions: readonly PlayerAction[]) {
  let next = 0;
  return () => actions[next++] ?? ({ kind: 'continue' } as const);
}

const sessionArb = fc.record({
  seed: fc.integer({ min: 0, max: 0xffff_ffff }),
  picks: fc.array(fc.nat({ max: 5 }), { minLength: 1, maxLength: 20 }),
  lang: fc.constantFrom(...LANGS),
});

function codeOf(seed: number, picks: readonly number[], lang: (typeof LANGS)[number]) {
  const result = playRandomly(seed, picks);
  const session: ReplaySession = {
    seeding: 2,
    scenarioId: scenario.id,
    scenarioVersion: scenario.version,
    lang,
    seed,
    actions: result.actions,
  };
  return { result, session, code: makeReplayCode(session) };
}

describe('replay codes, over random sessions', () => {
  test('the code replays to the same result, figures and road not taken', () => {
    fc.assert(
      fc.property(sessionArb, ({ seed, picks, lang }) => {
        const { result, code } = codeOf(seed, picks, lang);
        const decoded = parseReplayCode(code);
        if (!decoded.ok) throw new Error(`refused: ${decoded.error.kind}`);
        const { actions, seed: replayedSeed, lang: replayedLang } = decoded.value;
        expect(replayedLang).toBe(lang);
        expect(playToEnd(scenario, replayedSeed, replaying(actions))).toEqual(result);
        expect(conversationFigures(scenario, replayedSeed, actions, lang)).toEqual(
          conversationFigures(scenario, seed, result.actions, lang),
        );
        expect(roadNotTaken(scenario, replayedSeed, actions)).toEqual(roadNotTaken(scenario, seed, result.actions));
      }),
      { seed: 0x0de6, numRuns: 60 },
    );
  });

  test('one character changed in the body is refused as damaged (or, in the last character’s padding bits, changes nothing)', () => {
    fc.assert(
      fc.property(sessionArb, fc.nat(), fc.nat({ max: ALPHABET.length - 2 }), ({ seed, picks, lang }, at, shift) => {
        const { session, code } = codeOf(seed, picks, lang);
        const position = BODY + (at % (code.length - BODY));
        const old = code[position] ?? '';
        // Any other character of the alphabet: step past the old one.
        const replacement = ALPHABET[(ALPHABET.indexOf(old) + 1 + shift) % ALPHABET.length] ?? 'A';
        expect(replacement).not.toBe(old);
        const tampered = code.slice(0, position) + replacement + code.slice(position + 1);
        const decoded = parseReplayCode(tampered);
        if (position < code.length - 1) expect(decoded).toEqual({ ok: false, error: { kind: 'damaged' } });
        else if (decoded.ok) expect(decoded.value).toEqual(session);
      }),
      { seed: 0x7a4e, numRuns: 300 },
    );
  });

  test('a code cut short anywhere is refused, never thrown', () => {
    fc.assert(
      fc.property(sessionArb, fc.nat(), ({ seed, picks, lang }, cut) => {
        const { code } = codeOf(seed, picks, lang);
        const short = code.slice(0, cut % code.length);
        expect(parseReplayCode(short).ok).toBe(false);
      }),
      { seed: 0xc47, numRuns: 200 },
    );
  });

  test('a code for another scenario version says so before any replay: the version travels in the code', () => {
    fc.assert(
      fc.property(sessionArb, fc.integer({ min: 0, max: 1000 }), ({ seed, picks, lang }, version) => {
        const { session } = codeOf(seed, picks, lang);
        const decoded = parseReplayCode(makeReplayCode({ ...session, scenarioVersion: version }));
        expect(decoded.ok && decoded.value.scenarioVersion).toBe(version);
      }),
      { seed: 0x5e7, numRuns: 50 },
    );
  });
});
