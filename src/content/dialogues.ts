import { parseScenario } from '../engine/index.ts';
import type { Catalog } from './catalog.ts';
import { loadCatalog } from './catalog.ts';

/**
 * The shipped scenarios. The game imports this module lazily, so the YAML parser, the schema and the
 * texts live in chunks of their own and stay off the first load.
 */
export function loadShippedCatalog(): Promise<Catalog> {
  const sources = import.meta.glob<string>('../../dialogues/*.yaml', { query: '?raw', import: 'default' });
  return loadCatalog(sources, parseScenario);
}
