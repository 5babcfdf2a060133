import { createInterface } from 'node:readline';

/** Where a command writes and reads: the real terminal, or a recorded one in tests. */
export interface Terminal {
  /** Writes a line to standard output. */
  out(line: string): void;
  /** Writes text to standard output, without a line end (a prompt). */
  write(text: string): void;
  /** Writes a line to standard error. */
  err(line: string): void;
  /** The lines typed (or piped) on standard input, read as they come. */
  answers(): AsyncIterator<string>;
}

/**
 * Control characters (C0 but the line end and tab, DEL, C1) and the bidirectional overrides that can
 * reorder a line on screen: a text read from a file could otherwise erase a line, recolour it or
 * print over it.
 */
function unprintable(code: number): boolean {
  return (
    (code < 0x20 && code !== 0x0a && code !== 0x09) ||
    (code >= 0x7f && code <= 0x9f) ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069)
  );
}

/** The text with every character that could steer the terminal shown as its escape (`\x1b`, `\u202e`). */
export function printable(text: string): string {
  let out = '';
  for (const c of text) {
    const code = c.codePointAt(0) ?? 0;
    if (!unprintable(code)) out += c;
    else out += code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  }
  return out;
}

/**
 * A terminal that writes only printable text: the commands print IDs, field names and texts taken
 * from files, which are untrusted. JSON output is unchanged (JSON already escapes these characters).
 */
export function printableTerminal(terminal: Terminal): Terminal {
  return {
    out: (line) => terminal.out(printable(line)),
    write: (text) => terminal.write(printable(text)),
    err: (line) => terminal.err(printable(line)),
    answers: () => terminal.answers(),
  };
}

/** The process's own standard streams. */
export function processTerminal(): Terminal {
  return {
    out: (line) => console.log(line),
    write: (text) => process.stdout.write(text),
    err: (line) => console.error(line),
    answers: () => {
      const lines = createInterface({ input: process.stdin, terminal: false });
      const iterator = lines[Symbol.asyncIterator]();
      // Standard input is closed with the iterator, so that the process can end after the last answer.
      return {
        next: () => iterator.next(),
        return: async () => {
          lines.close();
          return { done: true, value: undefined };
        },
      };
    },
  };
}
