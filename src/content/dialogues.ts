import { parseScenario } from '../engine/index.ts';
import type { Catalog, CatalogOptions, ParseScenario } from './catalog.ts';
import { loadCatalog } from './catalog.ts';

/**
 * The shipped scenarios, with the player's own and the one the address names. The game imports this
 * module lazily, so the YAML parser, the schema and the texts live in chunks of their own and stay
 * off the first load; every file the player brings goes through the same loader. The shipped files
 * were parsed and validated when the game was built (`?parsed`, see vite.config.ts): the same
 * outcome, problems included, without parsing YAML in the page before the menu can show.
 */
export function loadGameCatalog(options: CatalogOptions): Promise<Catalog> {
  const sources = import.meta.glob<ReturnType<ParseScenario>>('../../dialogues/*.yaml', {
    query: '?parsed',
    import: 'default',
  });
  return loadCatalog(sources, parseScenario, options);
}
