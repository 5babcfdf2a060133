import type { Scenario, ScenarioProblem } from '../engine/index.ts';

/** One file of `dialogues/`: a playable scenario, or the problems that keep it from loading. */
export type CatalogEntry =
  | { readonly ok: true; readonly file: string; readonly scenario: Scenario }
  | { readonly ok: false; readonly file: string; readonly problems: readonly ScenarioProblem[] };

export interface Catalog {
  readonly entries: readonly CatalogEntry[];
  readonly scenarios: readonly Scenario[];
  find(id: string): Scenario | undefined;
}

/** File path (as the bundler names it) to a loader of its text. */
export type ScenarioSources = Readonly<Record<string, () => Promise<string>>>;

export type ParseScenario = (
  text: string,
  file: string,
) => { readonly ok: true; readonly value: Scenario } | { readonly ok: false; readonly errors: readonly ScenarioProblem[] };

/** `../../dialogues/a.yaml` → `dialogues/a.yaml`, the name an author knows the file by. */
export function authorPath(key: string): string {
  const at = key.lastIndexOf('dialogues/');
  return at >= 0 ? key.slice(at) : key;
}

/**
 * Reads and parses every scenario. A broken file becomes an entry with its problems (shown in the
 * menu) instead of stopping the game; the other scenarios stay playable.
 */
export async function loadCatalog(sources: ScenarioSources, parse: ParseScenario): Promise<Catalog> {
  const keys = Object.keys(sources).sort();
  const entries = await Promise.all(
    keys.map(async (key): Promise<CatalogEntry> => {
      const file = authorPath(key);
      const load = sources[key];
      try {
        if (!load) throw new Error('no loader');
        const parsed = parse(await load(), file);
        return parsed.ok ? { ok: true, file, scenario: parsed.value } : { ok: false, file, problems: parsed.errors };
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        return { ok: false, file, problems: [{ file, line: 1, column: 1, message, severity: 'error' }] };
      }
    }),
  );
  const scenarios = entries.flatMap((e) => (e.ok ? [e.scenario] : []));
  return { entries, scenarios, find: (id) => scenarios.find((s) => s.id === id) };
}
