/** sniffBom: the Unicode encoding a byte-order mark announces. */

/**
 * The encoding named by a BOM at the start of `bytes`, or null. UTF-32 is checked before
 * UTF-16 because `FF FE 00 00` starts both (as chardet decides).
 */
export function sniffBom(bytes: Uint8Array): string | null {
  const [b0, b1, b2, b3] = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return 'utf-8';
  if (b0 === 0xff && b1 === 0xfe) return b2 === 0 && b3 === 0 ? 'utf-32le' : 'utf-16le';
  if (b0 === 0xfe && b1 === 0xff) return 'utf-16be';
  if (b0 === 0 && b1 === 0 && b2 === 0xfe && b3 === 0xff) return 'utf-32be';
  return null;
}
