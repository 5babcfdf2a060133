/** The rules of French typography the tests hold every French text to (screens and meetings alike). */

/** What a French text does wrong: a plain space before high punctuation or inside « », a straight apostrophe. */
export function frenchSlips(text: string): string[] {
  const slips: string[] = [];
  if (/ [;:!?]/.test(text)) slips.push('a plain space before ; : ! ?');
  if (/« | »/.test(text)) slips.push('a plain space inside « »');
  if (/[^\s\u00a0\u202f;!?][;!?](\s|$)/u.test(text)) slips.push('no no-break space before ; ! ?');
  if (/[^\s\u00a0\u202f]:(\s|$)/u.test(text)) slips.push('no no-break space before :');
  if (/\u00a0[;!?]/.test(text)) slips.push('a wide no-break space before ; ! ? (a narrow one goes there)');
  if (/\u202f:/.test(text)) slips.push('a narrow no-break space before : (a wide one goes there)');
  if (text.includes("'")) slips.push('a straight apostrophe');
  return slips;
}

/** Every text of one language in a loaded scenario, with the path that leads to it. */
export function textsIn(lang: 'fr' | 'en', value: unknown, at: string): [string, string][] {
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, inner]): [string, string][] =>
    key === lang && typeof inner === 'string' ? [[at, inner]] : textsIn(lang, inner, `${at}.${key}`),
  );
}
