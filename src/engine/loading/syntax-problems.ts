import type { YAMLError } from 'yaml';

/** A YAML syntax error said in a trainer's words, at the place to fix. */
export interface SyntaxProblem {
  readonly offset: number;
  readonly message: string;
}

/** The problems to show, and how many more there are from the first one left out. */
export interface SyntaxProblems {
  readonly shown: SyntaxProblem[];
  readonly more: { readonly offset: number; readonly count: number } | undefined;
}

/**
 * The parser's errors, in file order, as a trainer reads them, at most `limit` of them. A line
 * indented one space off makes the parser report every later line of its block as misaligned too:
 * only the first such line is listed, with a count of the echoes that fixing it should clear.
 * A damaged file can hold thousands of errors on one long line: every step here is cheap per
 * error, and only the problems shown are described.
 */
export function describeSyntaxErrors(errors: readonly YAMLError[], text: string, limit: number): SyntaxProblems {
  const lines = lineStarts(text);
  const ordered = [...errors].sort((a, b) => a.pos[0] - b.pos[0]);
  const misalignedAt = ordered.map((error) => misalignedLineStart(error, text, lines));
  const firstIndex = misalignedAt.findIndex((start) => start !== undefined);
  const first = ordered[firstIndex];
  const start = misalignedAt[firstIndex];
  const head: SyntaxProblem[] = [];
  // The parser's other complaints about a misaligned line say the same thing less clearly.
  const misalignedLines = new Set<number>();
  let echoes = 0;
  if (first && start !== undefined) {
    for (const at of misalignedAt) {
      if (at === undefined) continue;
      const line = lineOf(lines, at);
      if (misalignedLines.size > 0 && !misalignedLines.has(line)) echoes++;
      misalignedLines.add(line);
    }
    const misread = echoes === 1 ? '1 line below was misread' : `${echoes} lines below were misread`;
    const echoed = echoes > 0 ? `; ${misread} because of it: check again once it is fixed` : '';
    head.push({ offset: start, message: `${misalignedMessage(first)}${echoed}` });
  }
  const rest = ordered.filter(
    (error, i) =>
      misalignedAt[i] === undefined && error.pos[0] !== first?.pos[0] && !misalignedLines.has(lineOf(lines, error.pos[0])),
  );
  const room = Math.max(0, limit - head.length);
  const shown = [
    ...head,
    ...rest.slice(0, room).map((error) => ({ offset: syntaxOffset(error, text), message: describeYamlError(error) })),
  ];
  const hidden = rest[room];
  return { shown, more: hidden ? { offset: hidden.pos[0], count: rest.length - room } : undefined };
}

/**
 * Where a line that is not lined up with its neighbours starts (its first non-space character), if
 * the error says so; the parser itself points at the start of the line or, for a line indented
 * further than the one above, at the line above (which it reads as one text running over two lines).
 */
function misalignedLineStart(error: YAMLError, text: string, lines: readonly number[]): number | undefined {
  const [from, to] = error.pos;
  const sameColumn = error.code === 'BAD_INDENT' && error.message.startsWith('All mapping items must start at the same column');
  const noDash = error.code === 'MISSING_CHAR' && error.message.startsWith('Sequence item without - indicator');
  const dashAsKey =
    error.code === 'BLOCK_AS_IMPLICIT_KEY' && error.message.startsWith('A block sequence may not be used as an implicit map key');
  if (sameColumn || noDash || dashAsKey) return firstCharacterOfLine(text, lines, from);
  const runsOn = error.code === 'MULTILINE_IMPLICIT_KEY' && to > from && lineOf(lines, from) !== lineOf(lines, to - 1);
  if (runsOn) return firstCharacterOfLine(text, lines, to - 1);
  return undefined;
}

function misalignedMessage(error: YAMLError): string {
  if (error.code === 'MULTILINE_IMPLICIT_KEY') {
    return 'YAML syntax: this line is indented further than the line above, so it is read as the end of that line; start it at the same column as the fields around it';
  }
  return 'YAML syntax: this line does not start at the same column as the fields around it; indent it with the same number of spaces as its neighbours (and start each item of a list with "- ")';
}

/** The offset where each line starts, in order. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** The start of the line that holds `offset` (a binary search: errors can be many). */
function lineOf(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((starts[middle] ?? 0) <= offset) low = middle;
    else high = middle - 1;
  }
  return starts[low] ?? 0;
}

function firstCharacterOfLine(text: string, lines: readonly number[], offset: number): number {
  let at = lineOf(lines, offset);
  while (text[at] === ' ') at++;
  return at;
}

/**
 * The parser notices an unclosed double quote only at the end of the file; the author needs the line
 * where it was opened: the first line with an odd number of double quotes.
 */
function syntaxOffset(error: YAMLError, text: string): number {
  if (error.code !== 'MISSING_CHAR' || !error.message.includes('"quote')) return error.pos[0];
  let start = 0;
  for (const line of text.slice(0, error.pos[0]).split('\n')) {
    const quotes = [...line.matchAll(/(?<!\\)"/g)];
    if (quotes.length % 2 === 1) return start + (quotes[quotes.length - 1]?.index ?? 0);
    start += line.length + 1;
  }
  return error.pos[0];
}

/** The parser's message without its own "at line …" (the position is already in front), plus a hint. */
function describeYamlError(error: YAMLError): string {
  const message = (error.message.split('\n')[0] ?? error.message).replace(/ at line \d+, column \d+:?$/, '');
  // "fr: Voilà : le budget" (French puts a space before the colon): the parser's words are jargon.
  if (error.code === 'BLOCK_AS_IMPLICIT_KEY' && message.startsWith('Nested mappings are not allowed in compact mappings')) {
    return 'YAML syntax: this text contains ": " (a colon then a space), which YAML reads as a new field; put the whole text in quotes';
  }
  const hints: Partial<Record<YAMLError['code'], string>> = {
    BLOCK_IN_FLOW: 'a text that contains ": " must be put in quotes',
    BLOCK_AS_IMPLICIT_KEY: 'a text that contains ": " must be put in quotes; otherwise check the indentation',
    MULTILINE_IMPLICIT_KEY: 'check the indentation of this line and the one above',
    TAB_AS_INDENT: 'indent with spaces, not tabs',
    // The parser also reports a field name without its colon as a missing character.
    MISSING_CHAR: /quote|[\]}]|flow/i.test(message)
      ? 'close the quote or bracket opened here'
      : 'a field name is followed by ": " and its value; otherwise check the indentation',
    BAD_INDENT: 'check the brackets and the indentation',
    BAD_SCALAR_START: 'put the text in quotes',
  };
  const hint = hints[error.code];
  return `YAML syntax: ${message}${hint ? ` (${hint})` : ''}`;
}
