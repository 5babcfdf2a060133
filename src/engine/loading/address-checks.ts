import { addressMarkupProblems } from '../scenario/address.ts';
import type { Scenario } from '../scenario/schema.ts';

type Path = (string | number)[];
type Report = (path: Path, message: string) => void;

/**
 * The player's form of address, as written in the texts: a French text's {feminine|masculine|neutral}
 * choices are well formed, and English, which agrees nothing with the player, has none.
 */
export function checkAddressMarkup(scenario: Scenario, error: Report): void {
  walk(scenario, [], error);
}

function walk(value: unknown, path: Path, error: Report): void {
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      walk(item, [...path, i], error);
    });
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  for (const [key, inner] of Object.entries(value)) {
    const here = [...path, key];
    // Inside a node, its id says where to look (the line and column say it too).
    const where = path[0] === 'nodes' && path.length > 1 ? `node "${String(path[1])}": ` : '';
    if (typeof inner !== 'string') walk(inner, here, error);
    else if (key === 'fr') {
      for (const problem of addressMarkupProblems(inner)) error(here, `${where}this French text: ${problem}`);
    } else if (key === 'en' && /[{}]/.test(inner)) {
      error(
        here,
        `${where}this English text has a brace: only French texts choose a form of address ({feminine|masculine|neutral}); write the English once`,
      );
    }
  }
}
