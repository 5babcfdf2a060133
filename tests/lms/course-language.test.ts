/**
 * The platform's language in a course: which tags the game speaks, and when the platform's
 * language is shown rather than the learner's own choice.
 */
import { expect, test } from 'vitest';
import type { Lang } from '../../src/engine/index.ts';
import { followCourseLanguage, platformLang } from '../../src/lms/course-language.ts';
import type { KeyValueStore } from '../../src/storage/preferences.ts';
import { createSettings, type Settings } from '../../src/ui/settings.ts';

test.each([
  ['fr', 'fr'],
  ['fr-FR', 'fr'],
  ['fr_CA', 'fr'],
  ['FRA', 'fr'],
  ['en', 'en'],
  ['en-US', 'en'],
  ['eng', 'en'],
  ['de-DE', null],
  ['frr', null], // North Frisian, not French
  ['', null],
] as const)('the platform’s %j is %j', (tag, lang) => {
  expect(platformLang(tag)).toBe(lang);
});

function memoryStore(): KeyValueStore & { readonly items: Map<string, string> } {
  const items = new Map<string, string>();
  return { items, getItem: (key) => items.get(key) ?? null, setItem: (key, value) => void items.set(key, value) };
}

/** Settings as the page makes them, with what was saved as the player's choice. */
function page(lang: Lang) {
  const saved: Lang[] = [];
  let shownOnly = false;
  const settings: Settings = createSettings(
    { lang } as ReturnType<Settings['get']>,
    (_, change) => !shownOnly && change.lang && saved.push(change.lang),
  );
  const show = (next: Lang) => {
    shownOnly = true;
    settings.update({ lang: next });
    shownOnly = false;
  };
  return { settings, saved, show };
}

test('the platform’s language is shown, not saved as the player’s choice', () => {
  const { settings, saved, show } = page('fr');
  const store = memoryStore();
  followCourseLanguage('pkg-1', { settings, store, show, fromAddress: false })('en-GB');
  expect(settings.get().lang).toBe('en');
  expect(saved).toEqual([]);
  expect(store.items.size).toBe(0);
});

test('a learner who chose their own language in this package keeps it on the next launch; another package follows the platform', () => {
  const store = memoryStore();
  const first = page('fr');
  followCourseLanguage('pkg-1', { ...first, store, fromAddress: false })('fr');
  first.settings.update({ lang: 'en' });
  expect(first.saved).toEqual(['en']);

  const again = page('en');
  followCourseLanguage('pkg-1', { ...again, store, fromAddress: false })('fr-FR');
  expect(again.settings.get().lang).toBe('en');

  const other = page('en');
  followCourseLanguage('pkg-2', { ...other, store, fromAddress: false })('fr-FR');
  expect(other.settings.get().lang).toBe('fr');
});

test('a language the game does not speak, or one named in the address, leaves the language as it is', () => {
  const store = memoryStore();
  const german = page('en');
  followCourseLanguage('pkg-1', { ...german, store, fromAddress: false })('de');
  expect(german.settings.get().lang).toBe('en');
  const addressed = page('en');
  followCourseLanguage('pkg-1', { ...addressed, store, fromAddress: true })('fr');
  expect(addressed.settings.get().lang).toBe('en');
});
