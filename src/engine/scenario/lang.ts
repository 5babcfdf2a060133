/** The two languages the whole game ships in. French is the source language of the content. */
export const LANGS = ['fr', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** A player-facing string, always present in both languages side by side. */
export interface Text {
  readonly fr: string;
  readonly en: string;
}

export function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value);
}

export function pick(text: Text, lang: Lang): string {
  return text[lang];
}

/** Each language's plural rules, from the platform (CLDR): French counts 0 and 1 alike, English only 1 as one. */
const PLURAL_RULES: Readonly<Record<Lang, Intl.PluralRules>> = {
  fr: new Intl.PluralRules('fr'),
  en: new Intl.PluralRules('en'),
};

/**
 * Whether a count takes the singular or the plural in a language: "0 fichier", "1 fichier",
 * "2 fichiers"; "0 files", "1 file", "2 files". The languages' other categories (French "many", for
 * millions) take the plural here.
 */
export function pluralOf(count: number, lang: Lang): 'one' | 'other' {
  return PLURAL_RULES[lang].select(count) === 'one' ? 'one' : 'other';
}

/** A count with its noun agreeing (see `pluralOf`). */
export function counted(count: number, singular: string, plural: string, lang: Lang = 'en'): string {
  return `${count} ${pluralOf(count, lang) === 'one' ? singular : plural}`;
}
