import { isLang, type Lang } from '../engine/index.ts';

/** What the page address asks for: `?lang=fr|en`, `?seed=N`, `?scenario=<id>`. Anything malformed is ignored. */
export interface AddressOptions {
  readonly lang: Lang | null;
  readonly seed: number | null;
  readonly scenario: string | null;
}

const MAX_SEED = 0xffff_ffff;

export function readAddress(search: string): AddressOptions {
  const params = new URLSearchParams(search);
  const lang = params.get('lang');
  const seed = params.get('seed');
  const scenario = params.get('scenario');
  const seedNumber = seed !== null && /^\d{1,10}$/.test(seed) ? Number(seed) : Number.NaN;
  return {
    lang: lang !== null && isLang(lang) ? lang : null,
    seed: Number.isInteger(seedNumber) && seedNumber <= MAX_SEED ? seedNumber : null,
    scenario: scenario !== null && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(scenario) ? scenario : null,
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
