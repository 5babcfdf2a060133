import { describe, expect, test } from 'vitest';
import { softwareWebGl } from '../../scenes/software-gl.ts';
import { encodeWav } from '../../src/audio/wav.ts';
import { authorPath, loadCatalog } from '../../src/content/catalog.ts';
import { parseScenario } from '../../src/engine/index.ts';
import { chooseLang, readAddress } from '../../src/ui/address.ts';
import { intentOf } from '../../src/ui/keys.ts';

// The presentation's pure parts, checked in Node (no browser needed).

describe('address', () => {
  test.each([
    ['?lang=en&seed=42&scenario=mission-interview', { lang: 'en', seed: 42, scenario: 'mission-interview' }],
    ['?lang=de&seed=-1&scenario=../etc', { lang: null, seed: null, scenario: null }],
    ['?seed=99999999999', { lang: null, seed: null, scenario: null }],
    ['?seed=4294967295', { lang: null, seed: 4294967295, scenario: null }],
    ['', { lang: null, seed: null, scenario: null }],
  ])('%s', (search, expected) => {
    expect(readAddress(search)).toEqual(expected);
  });

  test.each([
    ['en', 'fr', ['fr-FR'], 'en'],
    [null, 'en', ['fr-FR'], 'en'],
    [null, null, ['en-GB', 'fr'], 'en'],
    [null, null, ['de-DE', 'fr-CH'], 'fr'],
    [null, null, ['de-DE'], 'fr'],
    [null, null, [], 'fr'],
  ] as const)('language: address %s, saved %s, browser %j → %s', (address, saved, browser, expected) => {
    expect(chooseLang(address, saved, browser)).toBe(expected);
  });
});

describe('keys', () => {
  test.each([
    ['1', { kind: 'pick', position: 1 }],
    ['4', { kind: 'pick', position: 4 }],
    ['Enter', { kind: 'advance' }],
    [' ', { kind: 'advance' }],
    ['N', { kind: 'note' }],
    ['i', { kind: 'interrupt' }],
    ['Escape', { kind: 'pause' }],
    ['m', { kind: 'mute' }],
    ['H', { kind: 'history' }],
    ['0', null],
    ['x', null],
  ])('%j', (key, expected) => {
    expect(intentOf({ key })).toEqual(expected);
  });

  test('chords belong to the browser', () => {
    expect(intentOf({ key: '1', ctrlKey: true })).toBeNull();
  });
});

describe('scenario catalog', () => {
  test('a broken file is listed with its problems; the others stay playable', async () => {
    const small = await import('node:fs/promises').then((fs) => fs.readFile('tests/fixtures/small-meeting.yaml', 'utf8'));
    const catalog = await loadCatalog(
      {
        '../../dialogues/b-broken.yaml': async () => 'format: 1\nid: Broken\n',
        '../../dialogues/a-small.yaml': async () => small,
        '../../dialogues/c-unreadable.yaml': async () => {
          throw new Error('network down');
        },
      },
      async () => parseScenario,
    );
    expect(catalog.entries.map((e) => [e.file, e.ok])).toEqual([
      ['dialogues/a-small.yaml', true],
      ['dialogues/b-broken.yaml', false],
      ['dialogues/c-unreadable.yaml', false],
    ]);
    expect(catalog.find('small-meeting')?.id).toBe('small-meeting');
    const broken = catalog.entries[1];
    expect(broken && !broken.ok && broken.problems[0]?.file).toBe('dialogues/b-broken.yaml');
    const unreadable = catalog.entries[2];
    expect(unreadable && !unreadable.ok && unreadable.problems[0]?.message).toBe('network down');
  });

  test('files are named as their authors know them', () => {
    expect(authorPath('../../dialogues/mission-interview.yaml')).toBe('dialogues/mission-interview.yaml');
  });
});

test('WAV encoding: a 16-bit mono PCM header and clamped samples', () => {
  const bytes = encodeWav(new Float32Array([0, 1, -1, 2]), 22_050);
  const view = new DataView(bytes.buffer);
  const ascii = (at: number) => String.fromCharCode(...bytes.subarray(at, at + 4));
  expect([ascii(0), ascii(8), ascii(12), ascii(36)]).toEqual(['RIFF', 'WAVE', 'fmt ', 'data']);
  expect(view.getUint32(24, true)).toBe(22_050);
  expect(view.getUint32(40, true)).toBe(8);
  expect([0, 1, 2, 3].map((i) => view.getInt16(44 + i * 2, true))).toEqual([0, 32767, -32767, 32767]);
});

describe('software WebGL', () => {
  /** A document whose canvases report `renderer` (or have no WebGL at all), counting lost contexts. */
  const documentWith = (renderer: string | null, debugInfo = true) => {
    const lost = { count: 0 };
    const gl = {
      RENDERER: 0x1f01,
      getExtension: (name: string) => {
        if (name === 'WEBGL_debug_renderer_info') return debugInfo ? { UNMASKED_RENDERER_WEBGL: 0x9246 } : null;
        if (name === 'WEBGL_lose_context') return { loseContext: () => lost.count++ };
        return null;
      },
      getParameter: (p: number) => (p === 0x9246 ? renderer : 'WebKit WebGL'),
    };
    const doc = { createElement: () => ({ getContext: () => (renderer === null ? null : gl) }) };
    return { doc: doc as unknown as Document, lost };
  };

  test.each([
    ['ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)', true],
    ['llvmpipe (LLVM 15.0.6, 256 bits)', true],
    ['ANGLE (Microsoft, Microsoft Basic Render Driver Direct3D11 vs_5_0 ps_5_0)', true],
    ['ANGLE (Intel, Mesa Intel(R) UHD Graphics 620 (KBL GT2), OpenGL 4.6)', false],
    ['Apple M2', false],
  ])('%s: drawn in software %s', (renderer, software) => {
    const { doc, lost } = documentWith(renderer);
    expect(softwareWebGl(doc)).toBe(software);
    expect(lost.count).toBe(1);
  });

  test('without the renderer’s name, or without WebGL, the edges stay smooth', () => {
    expect(softwareWebGl(documentWith('SwiftShader', false).doc)).toBe(false);
    expect(softwareWebGl(documentWith(null).doc)).toBe(false);
  });
});
