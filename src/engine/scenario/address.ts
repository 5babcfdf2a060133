import type { Scenario } from './schema.ts';

/**
 * How the French addresses the player: French agrees adjectives and participles with the person
 * ("désolée", "désolé"), so a line about the player is written three ways, and the player picks
 * theirs in the settings. Neutral is a rewording in which nothing agrees ("Toutes mes excuses"),
 * never a "·e": it must read as ordinary French. English needs none of it.
 */
export const ADDRESS_FORMS = ['feminine', 'masculine', 'neutral'] as const;
export type AddressForm = (typeof ADDRESS_FORMS)[number];

export function isAddressForm(value: string): value is AddressForm {
  return (ADDRESS_FORMS as readonly string[]).includes(value);
}

/** `{feminine|masculine|neutral}` inside a French text: three forms, in the order of ADDRESS_FORMS. */
const CHOICE = /\{([^{}]*)\}/g;

/** The French text as the player with this form of address reads it. */
export function addressed(text: string, form: AddressForm): string {
  const index = ADDRESS_FORMS.indexOf(form);
  return text.replace(CHOICE, (whole, inner: string) => inner.split('|')[index] ?? whole);
}

/**
 * What is wrong with the markup of a French text, for the loader to report: braces that do not
 * pair, a choice that does not give exactly three forms, an empty form.
 */
export function addressMarkupProblems(text: string): string[] {
  const problems: string[] = [];
  let depth = 0;
  for (const char of text) {
    if (char === '{') depth += 1;
    if (char === '}') depth -= 1;
    if (depth < 0 || depth > 1) {
      problems.push('its braces do not pair: write {feminine|masculine|neutral}, with no brace inside another');
      return problems;
    }
  }
  if (depth !== 0) {
    problems.push('a “{” is never closed: write {feminine|masculine|neutral}');
    return problems;
  }
  for (const [whole, inner] of text.matchAll(CHOICE)) {
    const forms = (inner ?? '').split('|');
    if (forms.length !== ADDRESS_FORMS.length) {
      problems.push(
        `${whole} gives ${forms.length} form${forms.length === 1 ? '' : 's'}; write three, {feminine|masculine|neutral}`,
      );
    } else if (forms.some((f) => f.trim() === '')) {
      problems.push(`${whole} has an empty form; write all three, {feminine|masculine|neutral}`);
    }
  }
  return problems;
}

/** Every French text of a value, rewritten for one form of address (everything else as it was). */
function addressValue<T>(value: T, form: AddressForm): T {
  if (Array.isArray(value)) return value.map((item) => addressValue(item, form)) as T;
  if (typeof value !== 'object' || value === null) return value;
  const entries = Object.entries(value).map(([key, inner]) => [
    key,
    key === 'fr' && typeof inner === 'string' ? addressed(inner, form) : addressValue(inner, form),
  ]);
  return Object.fromEntries(entries) as T;
}

/**
 * The scenario as this player reads it. Applied once where a scenario enters play (the game's
 * catalog, the command line), so that every later path — the meeting, the debrief, the board, CSV,
 * print, read aloud — shows the same wording without each knowing about the setting.
 */
export function addressScenario(scenario: Scenario, form: AddressForm): Scenario {
  return addressValue(scenario, form);
}
