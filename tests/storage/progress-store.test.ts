import { describe, expect, test } from 'vitest';
import type { Progress } from '../../src/engine/debrief/progress.ts';
import type { KeyValueStore } from '../../src/storage/preferences.ts';
import { openProgressStore, PROGRESS_KEY, readProgressText, SET_ASIDE_PREFIX } from '../../src/storage/progress-store.ts';

const NOW = () => new Date('2026-11-23T09:00:00Z');
const ASIDE = `${SET_ASIDE_PREFIX}2026-11-23T09:00:00.000Z`;

function memoryStore(initial: Record<string, string> = {}, failWrites = false): KeyValueStore & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => {
      if (failWrites) throw new DOMException('full', 'QuotaExceededError');
      data.set(key, value);
    },
  };
}

const good: Progress['attempts'][number] = {
  scenarioId: 'mission-interview',
  at: '2026-11-20T10:00:00.000Z',
  outcome: 'advance',
  scores: { listening: 80, closing: 70 },
  shown: ['L11'],
  failed: [],
};
const progress: Progress = { version: 1, attempts: [good] };
/** `progress` as it is saved, written out by hand. */
const SAVED =
  '{"version":1,"attempts":[{"scenarioId":"mission-interview","at":"2026-11-20T10:00:00.000Z","outcome":"advance","scores":{"listening":80,"closing":70},"shown":["L11"],"failed":[]}]}';

describe('reading saved progress', () => {
  test('nothing saved is a fresh start without notice; what was written reads back', () => {
    expect(readProgressText(null)).toEqual({ progress: { version: 1, attempts: [] }, notice: null });
    expect(readProgressText(SAVED)).toEqual({ progress, notice: null });
  });

  test('broken JSON gives a fresh start, said so', () => {
    expect(readProgressText('{"version":1,"att')).toEqual({ progress: { version: 1, attempts: [] }, notice: 'unreadable' });
  });

  test('a hand-edited attempt out of range is dropped, the sound ones are kept', () => {
    const edited = JSON.stringify({ version: 1, attempts: [good, { ...good, scores: { listening: 180, closing: 70 } }] });
    expect(readProgressText(edited)).toEqual({ progress, notice: 'unreadable' });
  });

  test('a save from a newer version is not read as ours', () => {
    expect(readProgressText(JSON.stringify({ version: 2, attempts: [] })).notice).toBe('newer');
  });
});

describe('the store', () => {
  test('writes and reads back', () => {
    const store = memoryStore();
    openProgressStore(store, NOW).write(progress);
    expect(openProgressStore(store, NOW).read()).toEqual(progress);
  });

  test('unreadable data is kept aside before anything is written over it', () => {
    const store = memoryStore({ [PROGRESS_KEY]: 'garbage' });
    const opened = openProgressStore(store, NOW);
    expect(opened.notices).toEqual(['unreadable']);
    expect(store.data.get(ASIDE)).toBe('garbage');
    opened.write(progress);
    expect(store.data.get(PROGRESS_KEY)).toBe(SAVED);
  });

  test('a newer version’s save is never overwritten: this visit plays in memory', () => {
    const newer = JSON.stringify({ version: 9, attempts: [] });
    const store = memoryStore({ [PROGRESS_KEY]: newer });
    const opened = openProgressStore(store, NOW);
    opened.write(progress);
    expect(opened.notices).toEqual(['newer']);
    expect(store.data.get(PROGRESS_KEY)).toBe(newer);
    expect(opened.read()).toEqual(progress);
  });

  test('storage disabled or full: progress lives in memory, with a notice', () => {
    const none = openProgressStore(null, NOW);
    none.write(progress);
    expect(none.notices).toEqual(['no-storage']);
    expect(none.read()).toEqual(progress);

    const throwing: KeyValueStore = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    };
    expect(openProgressStore(throwing, NOW).notices).toEqual(['no-storage']);

    const full = openProgressStore(memoryStore({}, true), NOW);
    full.write(progress);
    expect(full.notices).toEqual(['not-saved']);
    expect(full.read()).toEqual(progress);
  });
});
