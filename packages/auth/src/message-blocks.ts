/** The padded message MD5 and the SHA family hash: the bytes, 0x80, zeros, the bit length in 8 bytes. */

/**
 * `bytes` padded to a multiple of 64 bytes (RFC 1321 §3.1–3.2, FIPS 180-4 §5.1.1), as a view
 * for reading 32-bit words; the length field is little-endian for MD5, big-endian for SHA.
 */
export function messageBlocks(bytes: Uint8Array, littleEndian: boolean): DataView {
  const total = (Math.floor((bytes.byteLength + 8) / 64) + 1) * 64;
  const padded = new Uint8Array(total);
  padded.set(bytes);
  padded[bytes.byteLength] = 0x80;
  const view = new DataView(padded.buffer);
  const low = (bytes.byteLength * 8) >>> 0;
  const high = Math.floor(bytes.byteLength / 0x20000000) >>> 0;
  if (littleEndian) {
    view.setUint32(total - 8, low, true);
    view.setUint32(total - 4, high, true);
  } else {
    view.setUint32(total - 8, high, false);
    view.setUint32(total - 4, low, false);
  }
  return view;
}

/** `words` as bytes in hex, each word written in the given byte order. */
export function wordsToHex(words: readonly number[], littleEndian: boolean): string {
  const view = new DataView(new ArrayBuffer(words.length * 4));
  for (const [i, word] of words.entries()) view.setUint32(i * 4, word, littleEndian);
  let hex = '';
  for (let i = 0; i < view.byteLength; i++) hex += view.getUint8(i).toString(16).padStart(2, '0');
  return hex;
}
