import { el } from './dom.ts';

/**
 * Saves text made in this browser as a file (the board's CSV, the progress file, a replay code):
 * nothing goes to a server, so the text becomes a blob that a clicked link hands to the browser.
 */
export function downloadText(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = el('a', { attrs: { href: url, download: fileName } });
  document.body.append(link);
  link.click();
  link.remove();
  // Not revoked at once: the browser may start reading the blob only after the click has returned.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
