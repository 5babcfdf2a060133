import { isYamlName } from '../content/untrusted.ts';
import { isLang, type Lang } from '../engine/index.ts';

/**
 * What the page address asks for: `?lang=fr|en`, `?seed=N`, `?scenario=<id>` or
 * `?scenario=<path>.yaml` (a file served next to the game). Anything malformed is ignored.
 */
export interface AddressOptions {
  readonly lang: Lang | null;
  readonly seed: number | null;
  /** A shipped (or saved) scenario's id. */
  readonly scenario: string | null;
  /** A scenario file to fetch, as written in the address; whether it may be fetched is decided later (same origin only). */
  readonly scenarioFile?: string;
  /** A replay code to watch (`?replay=RV2.…`); checked against the scenarios later. */
  readonly replay?: string;
  /** `?workshop`: served by `npm run workshop`, so the room can vote from phones in facilitator mode. */
  readonly workshop?: boolean;
}

const MAX_SEED = 0xffff_ffff;
/** The look of a replay code, and a bound on its length: anything else is not worth decoding. */
const REPLAY_SHAPE = /^RV\d{1,3}\.[A-Za-z0-9_-]{1,4000}$/;

export function readAddress(search: string): AddressOptions {
  const params = new URLSearchParams(search);
  const lang = params.get('lang');
  const seed = params.get('seed');
  const scenario = params.get('scenario');
  const replay = params.get('replay');
  const seedNumber = seed !== null && /^\d{1,10}$/.test(seed) ? Number(seed) : Number.NaN;
  return {
    lang: lang !== null && isLang(lang) ? lang : null,
    seed: Number.isInteger(seedNumber) && seedNumber <= MAX_SEED ? seedNumber : null,
    scenario: scenario !== null && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(scenario) ? scenario : null,
    ...(scenario !== null && isYamlName(scenario) ? { scenarioFile: scenario } : {}),
    ...(replay !== null && REPLAY_SHAPE.test(replay) ? { replay } : {}),
    ...(params.has('workshop') ? { workshop: true } : {}),
  };
}

/**
 * The session's language: the address, else the player's saved choice, else the browser's first
 * preference among French and English, else French (most players are French).
 */
export function chooseLang(fromAddress: Lang | null, saved: Lang | null, browserLanguages: readonly string[]): Lang {
  if (fromAddress) return fromAddress;
  if (saved) return saved;
  for (const tag of browserLanguages) {
    const base = tag.toLowerCase().split('-')[0] ?? '';
    if (isLang(base)) return base;
  }
  return 'fr';
}

/** A fresh seed when the address gives none (randomness lives outside the engine, here). */
export function randomSeed(random: () => number = Math.random): number {
  return Math.floor(random() * MAX_SEED);
}
