import type { Catalog, CatalogOptions, ParseScenario } from './catalog.ts';
import { loadCatalog } from './catalog.ts';

/**
 * The shipped scenarios, with the player's own and the one the address names. The game imports this
 * module lazily, so the texts live in chunks of their own and stay off the first load. The shipped
 * files were parsed and validated when the game was built (`?parsed`, see vite.config.ts): the same
 * outcome, problems included, without parsing YAML in the page before the menu can show. The parser
 * itself (YAML and the schema) is imported only for a file the player brings or the address names.
 */
export function loadGameCatalog(options: CatalogOptions): Promise<Catalog> {
  const sources = import.meta.glob<ReturnType<ParseScenario>>('../../dialogues/*.yaml', {
    query: '?parsed',
    import: 'default',
  });
  return loadCatalog(sources, () => import('../engine/load.ts').then((m) => m.parseScenario), options);
}
