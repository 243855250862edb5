/** decodeUtf32: UTF-32 (LE, BE, or BOM-sniffed), which TextDecoder lacks. */

const CHUNK = 8192;

/**
 * Decodes UTF-32. With `littleEndian` null the byte order comes from a BOM (else little-endian,
 * as Python does on common machines); a BOM that matches the byte order is dropped, as
 * TextDecoder drops UTF-8 and UTF-16 BOMs. Invalid code points and a trailing partial unit
 * become U+FFFD.
 */
export function decodeUtf32(bytes: Uint8Array, littleEndian: boolean | null): string {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const whole = bytes.byteLength - (bytes.byteLength % 4);
  let order = littleEndian ?? true;
  let start = 0;
  if (whole >= 4) {
    if (littleEndian === null && view.getUint32(0, false) === 0xfeff) order = false;
    if (view.getUint32(0, order) === 0xfeff) start = 4;
  }
  const parts: string[] = [];
  let codes: number[] = [];
  for (let i = start; i < whole; i += 4) {
    const code = view.getUint32(i, order);
    codes.push(code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? code : 0xfffd);
    if (codes.length === CHUNK) {
      parts.push(String.fromCodePoint(...codes));
      codes = [];
    }
  }
  parts.push(String.fromCodePoint(...codes));
  if (whole < bytes.byteLength) parts.push('\ufffd');
  return parts.join('');
}
