import type { AddressFile } from './catalog.ts';
import { fileName, readLimited, resolveScenarioUrl } from './untrusted.ts';

/**
 * Fetches the scenario file the address names (`?scenario=my-meeting.yaml`), from the game's own
 * origin only. Whatever goes wrong becomes a refusal the menu explains; this never throws.
 */
export async function fetchAddressFile(asked: string, base: string, fetcher: typeof fetch): Promise<AddressFile> {
  const file = fileName(asked);
  const resolved = resolveScenarioUrl(asked, base);
  if (!resolved.ok) return { asked, file, refusal: resolved.refusal };
  try {
    // `same-origin` also makes the browser refuse a redirect to another origin.
    const response = await fetcher(resolved.url.href, { mode: 'same-origin', credentials: 'same-origin', cache: 'no-cache' });
    if (!response.ok) return { asked, file, refusal: { kind: 'unreachable', detail: `HTTP ${response.status}` } };
    const body = await readLimited(response);
    return body.ok ? { asked, file, text: body.text } : { asked, file, refusal: body.refusal };
  } catch (error) {
    return { asked, file, refusal: { kind: 'unreachable', detail: error instanceof Error ? error.message : String(error) } };
  }
}
