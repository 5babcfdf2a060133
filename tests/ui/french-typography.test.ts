/**
 * The French of every screen is set as a publisher would set it: a no-break space before : and
 * inside « », a narrow no-break space before ; ! ?, typographic apostrophes. Checked on the string tables
 * themselves, so that a new string cannot slip in with a plain space.
 */
import { expect, test } from 'vitest';
import * as phone from '../../src/phone/phone-strings.ts';
import * as board from '../../src/ui/board-strings.ts';
import * as course from '../../src/ui/course-strings.ts';
import * as debrief from '../../src/ui/debrief-strings.ts';
import * as room from '../../src/ui/facilitator-strings.ts';
import * as introduction from '../../src/ui/introduction-strings.ts';
import * as live from '../../src/ui/live-strings.ts';
import * as lms from '../../src/ui/lms-strings.ts';
import * as menu from '../../src/ui/menu-strings.ts';
import * as progress from '../../src/ui/progress-strings.ts';
import * as replay from '../../src/ui/replay-strings.ts';
import * as settings from '../../src/ui/settings-strings.ts';
import * as ui from '../../src/ui/strings.ts';
import { colon, quoted } from '../../src/ui/strings.ts';
import { frenchSlips } from '../french-typography.ts';

/** Every `fr` text in a module's exported tables, with where it was found. */
function frenchTexts(value: unknown, at: string): [string, string][] {
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, inner]): [string, string][] =>
    key === 'fr' && typeof inner === 'string' ? [[at, inner]] : frenchTexts(inner, `${at}.${key}`),
  );
}

test('the checker itself catches each slip and passes good text', () => {
  expect(frenchSlips('Un mot : un autre')).toEqual(['a plain space before ; : ! ?']);
  expect(frenchSlips('« oui »')).toEqual(['a plain space inside « »']);
  expect(frenchSlips('Vraiment?')).toEqual(['no no-break space before ; ! ?']);
  expect(frenchSlips('Note: oui')).toEqual(['no no-break space before :']);
  expect(frenchSlips('Vraiment\u202f?! À 10:30.')).toEqual([]);
  expect(frenchSlips("l'entreprise")).toEqual(['a straight apostrophe']);
  expect(frenchSlips('Vraiment\u00a0?')).toEqual(['a wide no-break space before ; ! ? (a narrow one goes there)']);
  expect(frenchSlips('Note\u202f: oui')).toEqual(['a narrow no-break space before : (a wide one goes there)']);
  expect(frenchSlips('l’entreprise\u00a0: «\u00a0oui\u00a0»\u202f?')).toEqual([]);
});

test('no French string of the screens has a typographic slip', () => {
  const tables = { board, course, debrief, lms, menu, room, introduction, live, phone, progress, replay, settings, ui };
  const texts = Object.entries(tables).flatMap(([name, module]) => frenchTexts(module, name));
  // Enough to know the walk found the tables (the menu, debrief and room alone have well over 100).
  expect(texts.length).toBeGreaterThan(150);
  const slips = texts.flatMap(([at, text]) => frenchSlips(text).map((slip) => `${at}: ${slip} in “${text}”`));
  expect(slips).toEqual([]);
  expect(frenchSlips(`Écoute${colon('fr')}80`)).toEqual([]);
});

test('words are quoted in each language’s marks, and a text its author already quoted is not quoted twice', () => {
  expect(quoted('Allez-y', 'fr')).toBe('«\u00a0Allez-y\u00a0»');
  expect(quoted('Go on', 'en')).toBe('“Go on”');
  expect(quoted('«\u00a0Garde-la pour plus tard.\u00a0»', 'fr')).toBe('«\u00a0Garde-la pour plus tard.\u00a0»');
  expect(quoted("'I'll let you know'", 'en')).toBe("'I'll let you know'");
  expect(frenchSlips(quoted('Allez-y', 'fr'))).toEqual([]);
});
