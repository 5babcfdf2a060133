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

/**
 * A count with its noun agreeing: "1 file", "2 files", "0 files" in English; in French the
 * singular also goes with 0 ("0 fichier", "1 fichier", "2 fichiers"), as French counts 0 and 1 alike.
 */
export function counted(count: number, singular: string, plural: string, lang: Lang = 'en'): string {
  const one = lang === 'fr' ? count < 2 : count === 1;
  return `${count} ${one ? singular : plural}`;
}
