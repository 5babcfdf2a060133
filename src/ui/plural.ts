import { type Lang, pluralOf, type Text } from '../engine/scenario/lang.ts';

/**
 * A phrase about a number of things, in both languages, for one thing and for any other number:
 * `{count}` stands for the number, other `{name}` slots for values given with it. Kept as two
 * `Text`s so that the French of each form is checked like every other string.
 */
export interface CountedText {
  readonly one: Text;
  readonly other: Text;
}

/**
 * The phrase for `count` in `lang`, its words agreeing with the number as that language counts
 * (French: 0 and 1 singular; English: 1 only). Values are shown as text, never interpreted.
 */
export function plural(
  text: CountedText,
  count: number,
  lang: Lang,
  values: Readonly<Record<string, string | number>> = {},
): string {
  const filled: Readonly<Record<string, string | number>> = { ...values, count };
  return text[pluralOf(count, lang)][lang].replace(/\{(\w+)\}/g, (slot, name: string) =>
    Object.hasOwn(filled, name) ? String(filled[name]) : slot,
  );
}
