import { parseScenario } from '../engine/index.ts';
import type { Catalog, CatalogOptions } from './catalog.ts';
import { loadCatalog } from './catalog.ts';

/**
 * The shipped scenarios, with the player's own and the one the address names. The game imports this
 * module lazily, so the YAML parser, the schema and the texts live in chunks of their own and stay
 * off the first load; every file the player brings goes through the same loader.
 */
export function loadGameCatalog(options: CatalogOptions): Promise<Catalog> {
  const sources = import.meta.glob<string>('../../dialogues/*.yaml', { query: '?raw', import: 'default' });
  return loadCatalog(sources, parseScenario, options);
}
