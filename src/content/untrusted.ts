/**
 * The gate in front of scenario files the game did not ship: a player's file, or one named in the
 * address. Nothing here parses YAML (that stays in the lazily loaded chunk); it only decides what is
 * let in at all.
 */

import { MAX_SCENARIO_BYTES } from '../engine/loading/size-limit.ts';
import type { Lang } from '../engine/scenario/lang.ts';

/** A file the game refused before (or instead of) reading it as a scenario. Shown to the player in their language. */
export type Refusal =
  | { readonly kind: 'too-large'; readonly bytes: number }
  | { readonly kind: 'not-yaml' }
  | { readonly kind: 'other-origin'; readonly origin: string }
  | { readonly kind: 'unreachable'; readonly detail: string }
  | { readonly kind: 'id-taken'; readonly id: string; readonly by: 'shipped' | 'custom' | 'address'; readonly line: number };

export function isYamlName(name: string): boolean {
  return /\.ya?ml$/i.test(name);
}

/** Size in kilobytes as a player reads it: "612 KB" ("612 Ko" in French), never 0 for a non-empty file. */
export function kilobytes(bytes: number, lang: Lang = 'en'): string {
  const count = Math.max(bytes > 0 ? 1 : 0, Math.ceil(bytes / 1024));
  return lang === 'fr' ? `${count}\u00a0Ko` : `${count} KB`;
}

/** The refusal for a file of this name and size, if any (checked before reading it). */
export function screenFile(name: string, bytes: number): Refusal | null {
  if (!isYamlName(name)) return { kind: 'not-yaml' };
  if (bytes > MAX_SCENARIO_BYTES) return { kind: 'too-large', bytes };
  return null;
}

/**
 * The `?scenario=` value as a URL the game may fetch: a relative path ending in .yaml/.yml that
 * resolves to the game's own origin. Anything else (another origin, a `data:` or `javascript:` URL)
 * is refused; the game never fetches it.
 */
export function resolveScenarioUrl(value: string, base: string): { ok: true; url: URL } | { ok: false; refusal: Refusal } {
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return { ok: false, refusal: { kind: 'unreachable', detail: value } };
  }
  const home = new URL(base);
  if (url.origin !== home.origin || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    return {
      ok: false,
      refusal: {
        kind: 'other-origin',
        origin: url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : url.protocol,
      },
    };
  }
  if (!isYamlName(url.pathname)) return { ok: false, refusal: { kind: 'not-yaml' } };
  return { ok: true, url };
}

/** The last part of a path, the name the author gave the file. */
export function fileName(path: string): string {
  const clean = path.split(/[?#]/)[0] ?? path;
  return decodeURIComponentSafe(clean.slice(clean.lastIndexOf('/') + 1)) || path;
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * Reads a response body as text, stopping as soon as it passes the size limit, so that a huge
 * file is refused without being held in memory whole.
 */
export async function readLimited(response: Response): Promise<{ ok: true; text: string } | { ok: false; refusal: Refusal }> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > MAX_SCENARIO_BYTES)
    return { ok: false, refusal: { kind: 'too-large', bytes: declared } };
  const reader = response.body?.getReader();
  if (!reader) return { ok: true, text: await response.text() };
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > MAX_SCENARIO_BYTES) {
      await reader.cancel();
      return { ok: false, refusal: { kind: 'too-large', bytes: total } };
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return { ok: true, text: new TextDecoder().decode(bytes) };
}
