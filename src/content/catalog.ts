import type { MeetingLength } from '../engine/analysis/meeting-length.ts';
import type { Scenario, ScenarioProblem } from '../engine/index.ts';
import { byteLength, MAX_SCENARIO_BYTES } from '../engine/loading/size-limit.ts';
import { type AddressForm, addressScenario } from '../engine/scenario/address.ts';
import {
  readCustomScenarios,
  type SavedScenario,
  type SavedScenarios,
  savedScenarios,
  type WriteFailure,
} from '../storage/custom-scenarios.ts';
import type { KeyValueStore } from '../storage/preferences.ts';
import type { Refusal } from './untrusted.ts';

/** Where a scenario comes from: the game's `dialogues/`, the player's own files, or the page address. */
export type Origin = 'shipped' | 'custom' | 'address';

/** One scenario file: playable, or the problems that keep it from loading. */
export type CatalogEntry =
  | {
      readonly ok: true;
      readonly origin: Origin;
      readonly file: string;
      readonly scenario: Scenario;
      /** How long the meeting is, measured when the game was built (shipped scenarios only). */
      readonly length?: MeetingLength;
      /** The player's scenario could not be kept in storage: playable during this visit only. */
      readonly unsaved?: WriteFailure;
      /** For the player's scenarios: the key to remove it by. */
      readonly savedId?: string;
    }
  | {
      readonly ok: false;
      readonly origin: Origin;
      readonly file: string;
      readonly problems: readonly ScenarioProblem[];
      /** Refused by the game itself (size, origin, id taken) rather than by the scenario format. */
      readonly refusal?: Refusal;
      readonly savedId?: string;
    };

/** What happened to a file the player loaded. */
export type ImportOutcome =
  | {
      readonly kind: 'loaded';
      readonly file: string;
      readonly scenario: Scenario;
      readonly replaced: boolean;
      readonly unsaved: WriteFailure | null;
    }
  | { readonly kind: 'invalid'; readonly file: string; readonly problems: readonly ScenarioProblem[] }
  | { readonly kind: 'refused'; readonly file: string; readonly refusal: Refusal };

/** A removed scenario of the player's, which can be put back. */
export interface Removal {
  readonly entry: CatalogEntry;
  /** Storage refused the change: the scenario would come back on the next visit. */
  readonly failure: WriteFailure | null;
  undo(): WriteFailure | null;
}

/** The scenarios the game offers, live: the player's own come and go. */
export interface Catalog {
  readonly entries: readonly CatalogEntry[];
  readonly scenarios: readonly Scenario[];
  /** Saved records that could not be read back at all (not even as text). */
  readonly unreadableSaved: number;
  /** A scenario by id, or the one loaded from the address by the value the address gave. */
  find(key: string): Scenario | undefined;
  /**
   * Validates a player's file and, if it is a scenario, adds (or replaces, same id) and keeps it.
   * Asynchronous: the parser is loaded on the first file the player brings.
   */
  addCustom(file: string, text: string): Promise<ImportOutcome>;
  removeCustom(savedId: string): Removal | null;
  subscribe(listener: () => void): () => void;
}

export type ParseScenario = (
  text: string,
  file: string,
) => { readonly ok: true; readonly value: Scenario } | { readonly ok: false; readonly errors: readonly ScenarioProblem[] };

/**
 * Loads the parser (the YAML loader and the schema: over 200 KB of code, with a costly set-up).
 * Called only when a file has to be parsed in the page: the player's own, the one the
 * address names, a shipped one not parsed at build time. Without those the menu never waits for it.
 */
export type LoadParser = () => Promise<ParseScenario>;

/** A shipped file parsed at build time, with the meeting's length measured then by walking its machine. */
export type BuiltScenario = ReturnType<ParseScenario> & { readonly length?: MeetingLength };

/**
 * File path (as the bundler names it) to a loader of its text, or of the outcome of parsing it when
 * that was done at build time (the shipped scenarios: parsing YAML in the page delayed the menu).
 */
export type ScenarioSources = Readonly<Record<string, () => Promise<string | BuiltScenario>>>;

/** A file named in the address (`?scenario=path.yaml`): its text, or why it was not fetched. */
export type AddressFile =
  | { readonly asked: string; readonly file: string; readonly text: string }
  | { readonly asked: string; readonly file: string; readonly refusal: Refusal };

export interface CatalogOptions {
  readonly store?: KeyValueStore | null;
  readonly address?: AddressFile | null;
  /**
   * How the French addresses the player, read each time a scenario is handed out, so that a change
   * in the settings words the next meeting, board or chart accordingly (neutral if not given, as on a first visit).
   */
  readonly formOfAddress?: () => AddressForm;
}

/** `../../dialogues/a.yaml` → `dialogues/a.yaml`, the name an author knows the file by. */
export function authorPath(key: string): string {
  const at = key.lastIndexOf('dialogues/');
  return at >= 0 ? key.slice(at) : key;
}

/**
 * Reads and parses every scenario. A broken file becomes an entry with its problems (shown in the
 * menu) instead of stopping the game; the other scenarios stay playable.
 */
export async function loadCatalog(
  sources: ScenarioSources,
  loadParser: LoadParser,
  options: CatalogOptions = {},
): Promise<Catalog> {
  let parser: Promise<ParseScenario> | null = null;
  const parserOnce = () => {
    parser ??= loadParser();
    return parser;
  };
  const readBack = readCustomScenarios(options.store ?? null);
  const address = options.address;
  // Saved files and the address's are checked as the catalog opens: their parser starts loading now.
  const early = readBack.scenarios.length > 0 || (address != null && 'text' in address) ? parserOnce() : null;
  const keys = Object.keys(sources).sort();
  const shipped = await Promise.all(
    keys.map(async (key): Promise<CatalogEntry> => {
      const file = authorPath(key);
      const load = sources[key];
      try {
        if (!load) throw new Error('no loader');
        const loaded = await load();
        const parsed: BuiltScenario = typeof loaded === 'string' ? (await parserOnce())(loaded, file) : loaded;
        return parsed.ok
          ? { ok: true, origin: 'shipped', file, scenario: parsed.value, ...(parsed.length ? { length: parsed.length } : {}) }
          : { ok: false, origin: 'shipped', file, problems: parsed.errors };
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        return { ok: false, origin: 'shipped', file, problems: [{ file, line: 1, column: 1, message, severity: 'error' }] };
      }
    }),
  );
  return createCatalog(shipped, readBack, early ? await early : null, parserOnce, options);
}

/** The line of the top-level `id:` field, where a message about a taken id points. */
export function idLine(text: string): number {
  const match = /^id[ \t]*:/m.exec(text);
  return match ? text.slice(0, match.index).split('\n').length : 1;
}

type Checked = { readonly ok: true; readonly scenario: Scenario } | Exclude<ImportOutcome, { kind: 'loaded' }>;

/** Who already uses an id, if anyone: the refusal a file with that id gets. */
type Taken = (id: string) => 'shipped' | 'custom' | 'address' | null;

/** Checks a file's size, its format, then its id against those `taken`. */
interface Checker {
  /** Loads the parser, unless a file was already to be checked when the catalog opened. */
  loadParser(): Promise<void>;
  /** `record`: a saved one, parsed once per visit. */
  check(file: string, text: string, taken: Taken, record?: SavedScenario): Checked;
  /** A record just made from a checked file, so that it is not parsed again. */
  remember(record: SavedScenario, scenario: Scenario): void;
}

function createChecker(loaded: ParseScenario | null, loadParser: LoadParser): Checker {
  // Set whenever a file is to be checked: at the start if any was saved or named by the address, else
  // by addCustom before it adds one; every later check (a removal, an undo) is of files already parsed.
  let parse = loaded;
  // Saved records never change (a new version is a new record), so each is parsed once per visit.
  const parsedRecords = new WeakMap<SavedScenario, ReturnType<ParseScenario>>();
  const parseSafely = (text: string, file: string): ReturnType<ParseScenario> => {
    try {
      if (!parse) throw new Error('the scenario parser is not loaded');
      return parse(text, file);
    } catch (error) {
      // The loader reports problems rather than throwing; this guards against a hostile file finding a way.
      const message = error instanceof Error ? error.message : String(error);
      return { ok: false, errors: [{ file, line: 1, column: 1, message, severity: 'error' }] };
    }
  };
  return {
    async loadParser() {
      parse ??= await loadParser();
    },
    check(file, text, taken, record) {
      const bytes = byteLength(text);
      if (bytes > MAX_SCENARIO_BYTES) return { kind: 'refused', file, refusal: { kind: 'too-large', bytes } };
      const parsed = (record && parsedRecords.get(record)) ?? parseSafely(text, file);
      if (record) parsedRecords.set(record, parsed);
      if (!parsed.ok) return { kind: 'invalid', file, problems: parsed.errors };
      const by = taken(parsed.value.id);
      if (by) return { kind: 'refused', file, refusal: { kind: 'id-taken', id: parsed.value.id, by, line: idLine(text) } };
      return { ok: true, scenario: parsed.value };
    },
    remember(record, scenario) {
      parsedRecords.set(record, { ok: true, value: scenario });
    },
  };
}

function toEntry(origin: Origin, file: string, checked: Checked, savedId?: string): CatalogEntry {
  const key = savedId === undefined ? {} : { savedId };
  if ('ok' in checked) return { ok: true, origin, file, scenario: checked.scenario, ...key };
  if (checked.kind === 'invalid') return { ok: false, origin, file, problems: checked.problems, ...key };
  return { ok: false, origin, file, problems: [], refusal: checked.refusal, ...key };
}

/**
 * Each scenario worded for the player's current form of address, made once per scenario and form:
 * the same scenario comes back as the same object while the setting stays.
 */
function wordedFor(form: () => AddressForm): (scenario: Scenario) => Scenario {
  const made = new WeakMap<Scenario, Map<AddressForm, Scenario>>();
  return (scenario) => {
    const forms = made.get(scenario) ?? new Map<AddressForm, Scenario>();
    made.set(scenario, forms);
    const wanted = form();
    const worded = forms.get(wanted) ?? addressScenario(scenario, wanted);
    forms.set(wanted, worded);
    return worded;
  };
}

/** Who already uses an id, among the scenarios that come before (shipped first, then the player's, then the address). */
function ownerOf(
  id: string,
  shipped: readonly CatalogEntry[],
  customsBefore: readonly CatalogEntry[],
): 'shipped' | 'custom' | null {
  if (shipped.some((e) => e.ok && e.scenario.id === id)) return 'shipped';
  if (customsBefore.some((e) => e.ok && e.scenario.id === id)) return 'custom';
  return null;
}

/** The player's scenarios, each checked against the shipped ones and the player's before it. */
function savedEntries(saved: SavedScenarios, checker: Checker, shipped: readonly CatalogEntry[]): CatalogEntry[] {
  const entries: CatalogEntry[] = [];
  for (const record of saved.list) {
    const entry = toEntry(
      'custom',
      record.file,
      checker.check(record.file, record.text, (id) => ownerOf(id, shipped, entries), record),
      record.id,
    );
    const failure = saved.failureOf(record.id);
    entries.push(entry.ok && failure ? { ...entry, unsaved: failure } : entry);
  }
  return entries;
}

/** The file the address names, checked last: its id may be neither a shipped one nor the player's. */
function addressEntryOf(
  address: AddressFile | null | undefined,
  checker: Checker,
  shipped: readonly CatalogEntry[],
  customs: readonly CatalogEntry[],
): CatalogEntry | null {
  if (!address) return null;
  if ('refusal' in address) return { ok: false, origin: 'address', file: address.file, problems: [], refusal: address.refusal };
  return toEntry(
    'address',
    address.file,
    checker.check(address.file, address.text, (id) => ownerOf(id, shipped, customs)),
  );
}

function createCatalog(
  shipped: readonly CatalogEntry[],
  readBack: ReturnType<typeof readCustomScenarios>,
  loaded: ParseScenario | null,
  loadParser: LoadParser,
  options: CatalogOptions,
): Catalog {
  const listeners = new Set<() => void>();
  const checker = createChecker(loaded, loadParser);
  const saved = savedScenarios(options.store ?? null, readBack.scenarios);
  let customs = savedEntries(saved, checker, shipped);
  const addressEntry = addressEntryOf(options.address, checker, shipped, customs);

  const worded = wordedFor(options.formOfAddress ?? (() => 'neutral'));
  const entries = (): CatalogEntry[] =>
    [...shipped, ...customs, ...(addressEntry ? [addressEntry] : [])].map((e) =>
      e.ok ? { ...e, scenario: worded(e.scenario) } : e,
    );
  const playable = (): Scenario[] => entries().flatMap((e) => (e.ok ? [e.scenario] : []));
  const changed = () => {
    customs = savedEntries(saved, checker, shipped);
    for (const listener of [...listeners]) listener();
  };

  return {
    get entries() {
      return entries();
    },
    get scenarios() {
      return playable();
    },
    unreadableSaved: readBack.unreadable,
    find(key) {
      if (addressEntry?.ok && options.address?.asked === key) return worded(addressEntry.scenario);
      return playable().find((s) => s.id === key);
    },
    async addCustom(file, text) {
      await checker.loadParser();
      // The same id as one of the player's own replaces it: that is how an author reloads a corrected draft.
      const checked = checker.check(file, text, (id) => {
        if (ownerOf(id, shipped, []) === 'shipped') return 'shipped';
        return addressEntry?.ok && addressEntry.scenario.id === id ? 'address' : null;
      });
      if (!('ok' in checked)) return checked;
      const { scenario } = checked;
      const record: SavedScenario = { id: scenario.id, file, text };
      checker.remember(record, scenario);
      const { replaced, failure } = saved.keep(record);
      changed();
      return { kind: 'loaded', file, scenario: worded(scenario), replaced, unsaved: failure };
    },
    removeCustom(savedId) {
      const entry = customs.find((e) => e.savedId === savedId);
      const removed = entry ? saved.remove(savedId) : null;
      if (!entry || !removed) return null;
      changed();
      return {
        entry,
        failure: removed.failure,
        undo() {
          if (saved.has(savedId)) return null;
          const undoFailure = saved.putBack(removed.record, removed.at);
          changed();
          return undoFailure;
        },
      };
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
