import type { BuiltScenario, Catalog, CatalogOptions } from './catalog.ts';
import { loadCatalog } from './catalog.ts';

/**
 * The shipped scenarios, with the player's own and the one the address names. The game imports this
 * module lazily, so the texts live in this module's chunk and stay off the first load. The shipped
 * files were parsed and validated when the game was built (`?parsed`, see vite.config.ts): the same
 * outcome, problems included, without parsing YAML in the page before the menu can show, and each
 * meeting's length measured then (the meeting engine stays off the menu's load). The parser
 * itself (YAML and the schema) is imported only for a file the player brings or the address names.
 */
export function loadGameCatalog(options: CatalogOptions): Promise<Catalog> {
  // In this chunk rather than one each: the menu lists them all, and a second round of requests
  // after this chunk's own held it back.
  const parsed = import.meta.glob<BuiltScenario>('../../dialogues/*.yaml', {
    query: '?parsed',
    import: 'default',
    eager: true,
  });
  const sources = Object.fromEntries(Object.entries(parsed).map(([key, outcome]) => [key, async () => outcome]));
  return loadCatalog(sources, () => import('../engine/loading/load.ts').then((m) => m.parseScenario), options);
}
