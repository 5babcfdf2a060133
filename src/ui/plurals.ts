import type { Lang, Text } from '../engine/index.ts';

/**
 * A phrase in its singular and plural forms, both languages, with a `{count}` slot. The form is
 * picked by `Intl.PluralRules`, which knows that French counts 0 with 1 ("0 point perdu") and
 * English does not ("0 points lost").
 */
export interface PluralText {
  readonly one: Text;
  readonly other: Text;
}

const RULES: Readonly<Record<Lang, Intl.PluralRules>> = {
  fr: new Intl.PluralRules('fr'),
  en: new Intl.PluralRules('en'),
};

/**
 * The phrase agreeing with `count`, the slot filled with `shown` (the count itself unless given,
 * such as a signed "−12" that agrees as 12).
 */
export function plural(count: number, phrase: PluralText, lang: Lang, shown: string = String(count)): string {
  const form = RULES[lang].select(Math.abs(count)) === 'one' ? phrase.one : phrase.other;
  return form[lang].replace('{count}', shown);
}
