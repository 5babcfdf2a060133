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
