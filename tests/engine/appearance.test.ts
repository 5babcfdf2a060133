import { describe, expect, test } from 'vitest';
import { CLOTHES, castLooks, parseScenario, startMeeting } from '../../src/engine/index.ts';
import type { Prospect } from '../../src/engine/scenario/schema.ts';
import { loadFixture, readFixture } from './fixtures.ts';

const person = (id: string, appearance?: Prospect['appearance']): Prospect => ({
  id,
  name: id,
  role: { fr: id, en: id },
  mood: { trust: 50, interest: 50, patience: 50 },
  ...(appearance ? { appearance } : {}),
});

describe('castLooks', () => {
  test('keeps every part the author wrote', () => {
    const declared = {
      face: 'square',
      skin: 'deep',
      hair: 'bald',
      hairColor: 'grey',
      beard: 'full',
      glasses: 'round',
      clothes: 'camel',
      age: 'senior',
    } as const;
    expect(castLooks([person('x', declared)])).toEqual([declared]);
  });

  test('fills what is left out from the ID alone, around what the author wrote', () => {
    expect(castLooks([person('buyer', { glasses: 'square' })])).toEqual([
      {
        face: 'oval',
        skin: 'brown',
        hair: 'long',
        hairColor: 'grey',
        beard: 'none',
        glasses: 'square',
        clothes: 'forest',
        age: 'young',
      },
    ]);
  });

  test('never invents a beard or a bald head: a name says nothing reliable about them', () => {
    const looks = castLooks(Array.from({ length: 60 }, (_, i) => person(`p${i}`)));
    expect(looks.filter((l) => l.beard !== 'none' || l.hair === 'bald')).toEqual([]);
    // ...while the other parts do vary across people.
    expect(new Set(looks.map((l) => l.skin)).size).toBeGreaterThan(2);
    expect(new Set(looks.map((l) => l.hair)).size).toBeGreaterThan(2);
  });

  test('a chosen colour already worn moves on to the next free one in the list', () => {
    // "ceo", "product" and "cfo" all hash to plum; "tech" to camel. Plum is taken by the first, so
    // "product" moves on to forest and "cfo" past forest to terracotta.
    const panel = castLooks([person('ceo'), person('product'), person('tech'), person('cfo')]);
    expect(panel.map((l) => l.clothes)).toEqual(['plum', 'forest', 'camel', 'terracotta']);
    expect(panel[0]).toEqual({
      face: 'long',
      skin: 'olive',
      hair: 'curly',
      hairColor: 'brown',
      beard: 'none',
      glasses: 'round',
      clothes: 'plum',
      age: 'young',
    });
  });

  test('people on one panel never wear the same chosen colour, and a declared colour is never moved', () => {
    for (const declared of CLOTHES) {
      const panel = [person('ceo'), person('product', { clothes: declared }), person('tech'), person('cfo')];
      const clothes = castLooks(panel).map((l) => l.clothes);
      expect(clothes[1]).toBe(declared);
      expect(new Set(clothes).size).toBe(panel.length);
    }
  });
});

test('the meeting view carries each prospect’s look', () => {
  const scenario = loadFixture('small-meeting.yaml');
  const meeting = startMeeting(scenario, { seed: 1 });
  try {
    const [prospect] = meeting.view('fr').prospects;
    // Anne Test ("cio") declares no appearance: every part is chosen from "cio" (FNV-1a of "cio/face" … modulo each list).
    expect(prospect?.look).toEqual({
      face: 'long',
      skin: 'porcelain',
      hair: 'curly',
      hairColor: 'blond',
      beard: 'none',
      glasses: 'none',
      clothes: 'slate',
      age: 'senior',
    });
  } finally {
    meeting.stop();
  }
});

test('an appearance word the game cannot draw is refused at its line, with the words it knows', () => {
  const text = readFixture('small-meeting.yaml').replace(
    '    mood: { trust: 50, interest: 50, patience: 30 }\n',
    '    mood: { trust: 50, interest: 50, patience: 30 }\n    appearance: { hair: purple }\n',
  );
  const result = parseScenario(text, 'small-meeting.yaml');
  expect(result.ok).toBe(false);
  if (result.ok) return;
  const line = text.split('\n').findIndex((l) => l.includes('hair: purple')) + 1;
  expect(result.errors).toEqual([
    expect.objectContaining({ line, message: expect.stringMatching(/short.*long.*bun.*curly.*bald/) }),
  ]);
});
