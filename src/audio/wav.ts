/** Sample depths the game's files use: 16-bit for the short effects, 8-bit for the quiet room tones. */
export type BitDepth = 8 | 16;

/** Wraps mono PCM samples (-1…1) in a WAV file (16-bit signed or 8-bit unsigned, as the format wants). */
export function encodeWav(samples: Float32Array, sampleRate: number, bits: BitDepth = 16): Uint8Array {
  const width = bits / 8;
  const dataBytes = samples.length * width;
  // RIFF chunks have an even length: an odd data chunk is followed by one pad byte.
  const bytes = new Uint8Array(44 + dataBytes + (dataBytes % 2));
  const view = new DataView(bytes.buffer);
  const ascii = (offset: number, text: string) => {
    for (let i = 0; i < text.length; i++) view.setUint8(offset + i, text.charCodeAt(i));
  };
  ascii(0, 'RIFF');
  view.setUint32(4, 36 + dataBytes + (dataBytes % 2), true);
  ascii(8, 'WAVE');
  ascii(12, 'fmt ');
  view.setUint32(16, 16, true); // PCM header size
  view.setUint16(20, 1, true); // PCM
  view.setUint16(22, 1, true); // mono
  view.setUint32(24, sampleRate, true);
  view.setUint32(28, sampleRate * width, true); // byte rate
  view.setUint16(32, width, true); // block align
  view.setUint16(34, bits, true);
  ascii(36, 'data');
  view.setUint32(40, dataBytes, true);
  samples.forEach((s, i) => {
    const clamped = Math.max(-1, Math.min(1, s));
    if (bits === 16) view.setInt16(44 + i * 2, Math.round(clamped * 0x7fff), true);
    else view.setUint8(44 + i, Math.round(128 + clamped * 127));
  });
  return bytes;
}
