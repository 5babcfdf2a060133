/*
 * The bytes under the codes a trainee or a facilitator copies by hand (replay codes, session codes):
 * whole numbers as varints, a checksum that catches a mistyped character, and base64url text.
 */

export function writeVarint(out: number[], value: number): void {
  if (!Number.isSafeInteger(value) || value < 0 || value >= 2 ** 35) throw new RangeError(`cannot encode ${value}`);
  let rest = value;
  while (rest >= 0x80) {
    out.push((rest % 0x80) | 0x80);
    rest = Math.floor(rest / 0x80);
  }
  out.push(rest);
}

/** Reads a code's body front to back; every read past its end throws a RangeError. */
export class ByteReader {
  private at = 0;

  constructor(private readonly body: readonly number[]) {}

  byte(): number {
    const b = this.body[this.at++];
    if (b === undefined) throw new RangeError('short');
    return b;
  }

  varint(): number {
    let value = 0;
    for (let shift = 0; shift < 35; shift += 7) {
      const b = this.byte();
      value += (b & 0x7f) * 2 ** shift;
      if (b < 0x80) return value;
    }
    throw new RangeError('varint');
  }

  get done(): boolean {
    return this.at >= this.body.length;
  }
}

/** FNV-1a, 32 bits: enough to catch a mistyped or truncated code, which is all it is for. */
function checksum(bytes: readonly number[]): number {
  let hash = 0x811c9dc5;
  for (const b of bytes) hash = Math.imul(hash ^ b, 0x01000193) >>> 0;
  return hash >>> 0;
}

/** The body with its checksum after it, as base64url text. */
export function sealed(body: readonly number[]): string {
  const sum = checksum(body);
  return toBase64Url(Uint8Array.from([...body, sum >>> 24, (sum >>> 16) & 0xff, (sum >>> 8) & 0xff, sum & 0xff]));
}

/** The body of base64url text whose checksum holds, or null (not base64url, too short, or altered). */
export function unsealed(text: string): number[] | null {
  const bytes = fromBase64Url(text);
  if (!bytes || bytes.length < 4) return null;
  const body = Array.from(bytes.subarray(0, bytes.length - 4));
  const stored = new DataView(bytes.buffer, bytes.byteOffset + bytes.length - 4, 4).getUint32(0);
  return checksum(body) === stored ? body : null;
}

/** Base64url through the platform's own `btoa`/`atob` (in every browser and in Node). */
function toBase64Url(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    return Uint8Array.from(binary, (ch) => ch.charCodeAt(0));
  } catch {
    return null;
  }
}
