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
