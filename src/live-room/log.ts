/**
 * The server's log: one line per event, on the terminal the facilitator or IT team started it from.
 * Anything that came from the network is quoted after its control characters are replaced (an
 * escape sequence in a room code must not repaint the terminal) and cut to a readable length.
 */
export type Log = (line: string) => void;

/** C0 and C1 control characters (escape sequences start with one), and the two Unicode line breaks. */
export const isControl = (code: number): boolean =>
  code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029;

/** Text from the network, safe to print: no control characters, at most `limit` characters. */
export function quoted(text: string, limit = 60): string {
  const clean = Array.from(text, (ch) => (isControl(ch.codePointAt(0) ?? 0) ? '?' : ch)).join('');
  return JSON.stringify(clean.length > limit ? `${clean.slice(0, limit)}…` : clean);
}

/** A log that stamps each line with the time (the terminal's log of a workshop day). */
export function terminalLog(write: (line: string) => void = (line) => process.stdout.write(`${line}\n`)): Log {
  return (line) => write(`[${new Date().toISOString().slice(11, 19)}] ${line}`);
}
