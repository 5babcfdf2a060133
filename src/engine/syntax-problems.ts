import type { YAMLError } from 'yaml';

/** A YAML syntax error said in a trainer's words, at the place to fix. */
export interface SyntaxProblem {
  readonly offset: number;
  readonly message: string;
}

/**
 * The parser's errors, in file order, as a trainer reads them. A line indented one space off makes
 * the parser report every later line of its block as misaligned too: only the first such line is
 * listed, with a count of the echoes that fixing it should clear.
 */
export function describeSyntaxErrors(errors: readonly YAMLError[], text: string): SyntaxProblem[] {
  const ordered = [...errors].sort((a, b) => a.pos[0] - b.pos[0]);
  const first = ordered.find((error) => misalignedLineStart(error, text) !== undefined);
  const start = first && misalignedLineStart(first, text);
  if (!first || start === undefined)
    return ordered.map((error) => ({ offset: syntaxOffset(error, text), message: describeYamlError(error) }));
  const line = lineStartOf(text, start);
  // The parser's other complaints about a misaligned line say the same thing less clearly.
  const misalignedLines = new Set([line]);
  let echoes = 0;
  for (const error of ordered) {
    const misaligned = misalignedLineStart(error, text);
    if (misaligned === undefined || error === first) continue;
    const echoLine = lineStartOf(text, misaligned);
    if (!misalignedLines.has(echoLine)) echoes++;
    misalignedLines.add(echoLine);
  }
  const problems: SyntaxProblem[] = [];
  for (const error of ordered) {
    if (error === first || misalignedLineStart(error, text) !== undefined || error.pos[0] === first.pos[0]) continue;
    const offset = syntaxOffset(error, text);
    if (!misalignedLines.has(lineStartOf(text, offset))) problems.push({ offset, message: describeYamlError(error) });
  }
  const echoed = echoes > 0 ? `; ${echoes} line(s) below were misread because of it: check again once it is fixed` : '';
  return [{ offset: start, message: `${misalignedMessage(first)}${echoed}` }, ...problems];
}

/**
 * Where a line that is not lined up with its neighbours starts (its first non-space character), if
 * the error says so; the parser itself points at the start of the line or, for a line indented
 * further than the one above, at the line above (which it reads as one text running over two lines).
 */
function misalignedLineStart(error: YAMLError, text: string): number | undefined {
  const [from, to] = error.pos;
  const sameColumn = error.code === 'BAD_INDENT' && error.message.startsWith('All mapping items must start at the same column');
  const noDash = error.code === 'MISSING_CHAR' && error.message.startsWith('Sequence item without - indicator');
  const dashAsKey =
    error.code === 'BLOCK_AS_IMPLICIT_KEY' && error.message.startsWith('A block sequence may not be used as an implicit map key');
  if (sameColumn || noDash || dashAsKey) return firstCharacterOfLine(text, from);
  const runsOn = error.code === 'MULTILINE_IMPLICIT_KEY' && text.slice(from, to).includes('\n');
  if (runsOn) return firstCharacterOfLine(text, to - 1);
  return undefined;
}

function misalignedMessage(error: YAMLError): string {
  if (error.code === 'MULTILINE_IMPLICIT_KEY') {
    return 'YAML syntax: this line is indented further than the line above, so it is read as the end of that line; start it at the same column as the fields around it';
  }
  return 'YAML syntax: this line does not start at the same column as the fields around it; indent it with the same number of spaces as its neighbours (and start each item of a list with "- ")';
}

function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function firstCharacterOfLine(text: string, offset: number): number {
  const start = lineStartOf(text, offset);
  const indent = /^ */.exec(text.slice(start))?.[0].length ?? 0;
  return start + indent;
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
