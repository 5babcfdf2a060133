import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { fetchAddressFile } from '../../src/content/address-file.ts';
import { type CatalogOptions, idLine, loadCatalog } from '../../src/content/catalog.ts';
import { kilobytes, resolveScenarioUrl, screenFile } from '../../src/content/untrusted.ts';
import { parseScenario } from '../../src/engine/index.ts';
import { MAX_SCENARIO_BYTES } from '../../src/engine/loading/size-limit.ts';
import { CUSTOM_SCENARIOS_KEY, readCustomScenarios, writeCustomScenarios } from '../../src/storage/custom-scenarios.ts';
import type { KeyValueStore } from '../../src/storage/preferences.ts';
import { readAddress } from '../../src/ui/address.ts';
import { problemLines, refusalMessage } from '../../src/ui/import-messages.ts';
import { tf } from '../../src/ui/strings.ts';

const SMALL = readFileSync('tests/fixtures/small-meeting.yaml', 'utf8');
/** The fixture under another id: a valid scenario that clashes with nothing shipped. */
const MINE = SMALL.replace(/^id: small-meeting$/m, 'id: my-meeting');
const SHIPPED = { '../../dialogues/small-meeting.yaml': async () => SMALL };

function memoryStore(values: Record<string, string> = {}): KeyValueStore & { values: Record<string, string> } {
  return {
    values,
    getItem: (key) => values[key] ?? null,
    setItem: (key, value) => {
      values[key] = value;
    },
  };
}

function fullStore(name = 'QuotaExceededError'): KeyValueStore {
  return {
    getItem: () => null,
    setItem: () => {
      throw Object.assign(new Error('full'), { name });
    },
  };
}

const open = (options: CatalogOptions) => loadCatalog(SHIPPED, async () => parseScenario, options);

describe('stored custom scenarios', () => {
  test('round trip keeps id, file and text', () => {
    const store = memoryStore();
    expect(writeCustomScenarios(store, [{ id: 'my-meeting', file: 'mine.yaml', text: MINE }])).toBeNull();
    expect(readCustomScenarios(store)).toEqual({
      scenarios: [{ id: 'my-meeting', file: 'mine.yaml', text: MINE }],
      unreadable: 0,
    });
  });

  test('garbage read back is ignored and counted, never trusted', () => {
    expect(readCustomScenarios(memoryStore({ [CUSTOM_SCENARIOS_KEY]: '{not json' }))).toEqual({ scenarios: [], unreadable: 1 });
    expect(readCustomScenarios(memoryStore({ [CUSTOM_SCENARIOS_KEY]: '{"id":"a"}' }))).toEqual({ scenarios: [], unreadable: 1 });
    const mixed = JSON.stringify([
      { id: 'good', file: 'good.yaml', text: 'x' },
      { id: 'Not A Slug', file: 'a.yaml', text: 'x' },
      { id: 'no-text', file: 'b.yaml' },
      { id: 'huge', file: 'c.yaml', text: 'x'.repeat(MAX_SCENARIO_BYTES + 1) },
      { id: 'good', file: 'duplicate.yaml', text: 'y' },
      null,
    ]);
    const back = readCustomScenarios(memoryStore({ [CUSTOM_SCENARIOS_KEY]: mixed }));
    expect(back.scenarios.map((s) => s.file)).toEqual(['good.yaml']);
    expect(back.unreadable).toBe(5);
  });

  test('a store that throws reads as empty; write failures are named, not thrown', () => {
    const throwing: KeyValueStore = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
    };
    expect(readCustomScenarios(throwing)).toEqual({ scenarios: [], unreadable: 0 });
    expect(writeCustomScenarios(throwing, [])).toBe('unavailable');
    expect(writeCustomScenarios(fullStore(), [])).toBe('quota');
    expect(writeCustomScenarios(fullStore('NS_ERROR_DOM_QUOTA_REACHED'), [])).toBe('quota');
    expect(writeCustomScenarios(null, [])).toBe('unavailable');
  });
});

describe('the catalog with the player’s scenarios', () => {
  test('a valid file is added, marked as the player’s, kept, and found again on the next visit', async () => {
    const store = memoryStore();
    const catalog = await open({ store });
    let changes = 0;
    catalog.subscribe(() => changes++);
    const outcome = await catalog.addCustom('mine.yaml', MINE);
    expect(outcome).toMatchObject({ kind: 'loaded', file: 'mine.yaml', replaced: false, unsaved: null });
    expect(changes).toBe(1);
    expect(catalog.entries.map((e) => [e.origin, e.file, e.ok])).toEqual([
      ['shipped', 'dialogues/small-meeting.yaml', true],
      ['custom', 'mine.yaml', true],
    ]);
    expect(catalog.find('my-meeting')?.id).toBe('my-meeting');

    const next = await open({ store });
    expect(next.entries[1]).toMatchObject({ ok: true, origin: 'custom', file: 'mine.yaml', savedId: 'my-meeting' });
    expect(next.find('my-meeting')?.title.en).toBe('Small meeting');
  });

  test('loading a file with the same id again replaces it in place', async () => {
    const store = memoryStore();
    const catalog = await open({ store });
    await catalog.addCustom('mine.yaml', MINE);
    const fixed = MINE.replace(
      'title: { fr: Petit rendez-vous, en: Small meeting }',
      'title: { fr: Mon rendez-vous, en: My meeting }',
    );
    expect(fixed).not.toBe(MINE);
    expect(await catalog.addCustom('mine-v2.yaml', fixed)).toMatchObject({ kind: 'loaded', replaced: true });
    expect(catalog.entries.filter((e) => e.origin === 'custom')).toHaveLength(1);
    expect(catalog.find('my-meeting')?.title.en).toBe('My meeting');
    expect(readCustomScenarios(store).scenarios.map((s) => s.file)).toEqual(['mine-v2.yaml']);
  });

  test('an invalid file is refused with located problems and nothing is stored', async () => {
    const store = memoryStore();
    const catalog = await open({ store });
    const outcome = await catalog.addCustom('broken.yaml', 'format: 1\nid: Not A Slug\n');
    expect(outcome.kind).toBe('invalid');
    if (outcome.kind !== 'invalid') return;
    expect(outcome.problems.length).toBeGreaterThan(0);
    expect(outcome.problems.every((p) => p.file === 'broken.yaml' && p.line >= 1 && p.column >= 1)).toBe(true);
    expect(store.values[CUSTOM_SCENARIOS_KEY]).toBeUndefined();
    expect(catalog.entries).toHaveLength(1);
  });

  test('an id that a shipped scenario uses is refused, pointing at the id line', async () => {
    const catalog = await open({ store: memoryStore() });
    const outcome = await catalog.addCustom('copy.yaml', SMALL);
    // small-meeting.yaml has three comment lines, then format, then id on line 5.
    expect(outcome).toEqual({
      kind: 'refused',
      file: 'copy.yaml',
      refusal: { kind: 'id-taken', id: 'small-meeting', by: 'shipped', line: 5 },
    });
    expect(idLine('title: x\n  id: nested\nid: top\n')).toBe(3);
    expect(idLine('{ id: flow }')).toBe(1);
  });

  test('text over the size limit is refused before parsing', async () => {
    const catalog = await open({ store: memoryStore() });
    const huge = `${MINE}\n# ${'x'.repeat(MAX_SCENARIO_BYTES)}\n`;
    expect(await catalog.addCustom('huge.yaml', huge)).toMatchObject({ kind: 'refused', refusal: { kind: 'too-large' } });
  });

  test('an alias bomb is refused by the loader, quickly, as a problem rather than a hang or a throw', async () => {
    const catalog = await open({ store: memoryStore() });
    const lines = ['format: 1', 'a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 10; i++)
      lines.push(
        `a${i}: &a${i} [${Array(10)
          .fill(`*a${i - 1}`)
          .join(', ')}]`,
      );
    const started = Date.now();
    const outcome = await catalog.addCustom('bomb.yaml', lines.join('\n'));
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(outcome.kind).toBe('invalid');
    expect(outcome.kind === 'invalid' && outcome.problems[0]?.message).toMatch(/alias/i);
  });

  test('when storage is full the scenario stays playable for the visit and says so', async () => {
    const catalog = await open({ store: fullStore() });
    expect(await catalog.addCustom('mine.yaml', MINE)).toMatchObject({ kind: 'loaded', unsaved: 'quota' });
    expect(catalog.entries[1]).toMatchObject({ ok: true, unsaved: 'quota' });
    expect(catalog.find('my-meeting')).toBeDefined();
    // Never stored, so removing it cannot fail to forget it.
    expect(catalog.removeCustom('my-meeting')?.failure).toBeNull();
  });

  test('a removal that storage refuses is reported: the scenario would come back', async () => {
    let full = false;
    const values: Record<string, string> = {};
    const store: KeyValueStore = {
      getItem: (key) => values[key] ?? null,
      setItem: (key, value) => {
        if (full) throw Object.assign(new Error('full'), { name: 'QuotaExceededError' });
        values[key] = value;
      },
    };
    const catalog = await open({ store });
    await catalog.addCustom('mine.yaml', MINE);
    full = true;
    expect(catalog.removeCustom('my-meeting')?.failure).toBe('quota');
    expect(readCustomScenarios(store).scenarios.map((s) => s.id)).toEqual(['my-meeting']);
  });

  test('removing takes it out of the menu and storage; undo puts it back where it was', async () => {
    const store = memoryStore();
    const catalog = await open({ store });
    await catalog.addCustom('mine.yaml', MINE);
    await catalog.addCustom('other.yaml', MINE.replace(/^id: my-meeting$/m, 'id: other-meeting'));
    const removal = catalog.removeCustom('my-meeting');
    expect(removal?.failure).toBeNull();
    expect(catalog.find('my-meeting')).toBeUndefined();
    expect(readCustomScenarios(store).scenarios.map((s) => s.id)).toEqual(['other-meeting']);
    expect(removal?.undo()).toBeNull();
    expect(readCustomScenarios(store).scenarios.map((s) => s.id)).toEqual(['my-meeting', 'other-meeting']);
    expect(catalog.entries.map((e) => e.file)).toEqual(['dialogues/small-meeting.yaml', 'mine.yaml', 'other.yaml']);
    expect(catalog.removeCustom('small-meeting')).toBeNull();
  });

  test('a stored text that no longer validates shows as a broken card of the player’s, which can be removed', async () => {
    const store = memoryStore({
      [CUSTOM_SCENARIOS_KEY]: JSON.stringify([{ id: 'old', file: 'old.yaml', text: 'format: 1\nid: old\n' }]),
    });
    const catalog = await open({ store });
    expect(catalog.entries[1]).toMatchObject({ ok: false, origin: 'custom', file: 'old.yaml', savedId: 'old' });
    expect(catalog.removeCustom('old')).not.toBeNull();
    expect(readCustomScenarios(store).scenarios).toEqual([]);
  });

  test('a file from the address is found by the value asked for and is not stored', async () => {
    const store = memoryStore();
    const catalog = await open({ store, address: { asked: 'drafts/mine.yaml', file: 'mine.yaml', text: MINE } });
    expect(catalog.find('drafts/mine.yaml')?.id).toBe('my-meeting');
    expect(catalog.entries[1]).toMatchObject({ ok: true, origin: 'address' });
    expect(store.values[CUSTOM_SCENARIOS_KEY]).toBeUndefined();
    expect(await catalog.addCustom('same.yaml', MINE)).toMatchObject({ kind: 'refused', refusal: { by: 'address' } });
  });

  test('the parser is loaded only when a file has to be parsed, and once', async () => {
    let loads = 0;
    const loadParser = async () => {
      loads++;
      return parseScenario;
    };
    const parsed = { '../../dialogues/small-meeting.yaml': async () => parseScenario(SMALL, 'dialogues/small-meeting.yaml') };
    const store = memoryStore();
    const catalog = await loadCatalog(parsed, loadParser, { store });
    expect(catalog.find('small-meeting')?.id).toBe('small-meeting');
    expect(loads).toBe(0);
    await catalog.addCustom('mine.yaml', MINE);
    await catalog.addCustom('other.yaml', MINE.replace(/^id: my-meeting$/m, 'id: other-meeting'));
    expect(loads).toBe(1);
    // A later visit with saved files, or with a file named by the address, checks them as it opens.
    loads = 0;
    expect((await loadCatalog(parsed, loadParser, { store })).find('other-meeting')).toBeDefined();
    expect(loads).toBe(1);
    loads = 0;
    const address = { asked: 'mine.yaml', file: 'mine.yaml', text: MINE };
    expect((await loadCatalog(parsed, loadParser, { address })).find('mine.yaml')).toBeDefined();
    expect(loads).toBe(1);
  });
});

describe('the gate for untrusted files', () => {
  const BASE = 'https://game.example/rendez-vous/index.html?scenario=x';

  test.each([
    ['custom.yaml', 'https://game.example/rendez-vous/custom.yaml'],
    ['drafts/a.yml', 'https://game.example/rendez-vous/drafts/a.yml'],
    ['../other/b.yaml', 'https://game.example/other/b.yaml'],
    ['/c.YAML', 'https://game.example/c.YAML'],
  ])('%s resolves on the same origin', (value, href) => {
    const resolved = resolveScenarioUrl(value, BASE);
    expect(resolved.ok && resolved.url.href).toBe(href);
  });

  test.each([
    ['https://evil.example/a.yaml', 'https://evil.example'],
    ['//evil.example/a.yaml', 'https://evil.example'],
    ['http://game.example/a.yaml', 'http://game.example'],
    ['data:text/plain,x.yaml', 'data:'],
    ['javascript:alert(1)//.yaml', 'javascript:'],
  ])('%s is refused as another origin', (value, origin) => {
    expect(resolveScenarioUrl(value, BASE)).toEqual({ ok: false, refusal: { kind: 'other-origin', origin } });
  });

  test('only .yaml/.yml files under the size limit are read', () => {
    expect(screenFile('a.yaml', MAX_SCENARIO_BYTES)).toBeNull();
    expect(screenFile('a.YML', 10)).toBeNull();
    expect(screenFile('a.yaml', MAX_SCENARIO_BYTES + 1)).toEqual({ kind: 'too-large', bytes: MAX_SCENARIO_BYTES + 1 });
    expect(screenFile('a.json', 10)).toEqual({ kind: 'not-yaml' });
    expect(resolveScenarioUrl('notes.txt', BASE)).toEqual({ ok: false, refusal: { kind: 'not-yaml' } });
  });

  test('fetching from the address: other origins are never fetched, big and missing files are refused', async () => {
    const asked: string[] = [];
    const fetcher = (response: Response) =>
      (async (input: string | URL | Request) => {
        asked.push(String(input));
        return response;
      }) as typeof fetch;
    const base = 'http://127.0.0.1:5000/';
    expect(await fetchAddressFile('https://evil.example/a.yaml', base, fetcher(new Response('x')))).toEqual({
      asked: 'https://evil.example/a.yaml',
      file: 'a.yaml',
      refusal: { kind: 'other-origin', origin: 'https://evil.example' },
    });
    expect(asked).toEqual([]);
    expect(await fetchAddressFile('ok.yaml', base, fetcher(new Response('format: 1\n')))).toEqual({
      asked: 'ok.yaml',
      file: 'ok.yaml',
      text: 'format: 1\n',
    });
    expect(asked).toEqual(['http://127.0.0.1:5000/ok.yaml']);
    const big = await fetchAddressFile('big.yaml', base, fetcher(new Response('x'.repeat(MAX_SCENARIO_BYTES + 10))));
    expect(big).toMatchObject({ refusal: { kind: 'too-large' } });
    const missing = await fetchAddressFile('gone.yaml', base, fetcher(new Response('nope', { status: 404 })));
    expect(missing).toMatchObject({ refusal: { kind: 'unreachable', detail: 'HTTP 404' } });
  });

  test('the address tells a scenario id from a file', () => {
    expect(readAddress('?scenario=custom.yaml')).toMatchObject({ scenario: null, scenarioFile: 'custom.yaml' });
    expect(readAddress('?scenario=mission-interview').scenarioFile).toBeUndefined();
  });
});

describe('what the player reads', () => {
  test('each problem names the file, the line and the column, in both languages', () => {
    const problem = { file: 'a.yaml', line: 3, column: 7, message: 'missing field "title"', severity: 'error' as const };
    expect(problemLines('a.yaml', [problem], undefined, 'en')).toEqual(['a.yaml, line 3, column 7 — missing field "title"']);
    expect(problemLines('a.yaml', [problem], undefined, 'fr')).toEqual(['a.yaml, ligne 3, colonne 7 — missing field "title"']);
    const taken = problemLines('b.yaml', [], { kind: 'id-taken', id: 'x', by: 'shipped', line: 5 }, 'en');
    expect(taken).toEqual([
      'b.yaml, line 5, column 1 — the id “x” already belongs to a scenario shipped with the game; change the id: line of your file.',
    ]);
  });

  test('a flood of problems is cut, saying how many more', () => {
    const many = Array.from({ length: 53 }, (_, i) => ({
      file: 'f.yaml',
      line: i + 1,
      column: 1,
      message: 'm',
      severity: 'error' as const,
    }));
    const lines = problemLines('f.yaml', many, undefined, 'en');
    expect(lines).toHaveLength(51);
    expect(lines.at(-1)).toBe('… and 3 more problems');
  });

  test('the size refusal names the size and the limit', () => {
    expect(kilobytes(600 * 1024)).toBe('600 KB');
    expect(kilobytes(1)).toBe('1 KB');
    expect(kilobytes(600 * 1024, 'fr')).toBe('600\u00a0Ko');
    expect(refusalMessage('big.yaml', { kind: 'too-large', bytes: 600 * 1024 }, 'en')).toBe(
      'big.yaml is too large (600 KB); the limit is 512 KB.',
    );
    expect(refusalMessage('big.yaml', { kind: 'too-large', bytes: 600 * 1024 }, 'fr')).toBe(
      'big.yaml est trop volumineux (600\u00a0Ko)\u202f; la limite est de 512\u00a0Ko.',
    );
  });

  test('slots are filled with text, unknown slots and inherited names left alone', () => {
    expect(tf('removed', 'en', { title: '<b>x</b>' })).toBe('“<b>x</b>” is removed from the menu.');
    expect(tf('cannotLoad', 'en', { constructor: 'no' })).toBe('{file} cannot be loaded:');
  });
});
