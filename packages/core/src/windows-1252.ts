/**
 * decodeWindows1252: a real Windows-1252 table. Node 20's TextDecoder maps 0x80–0x9F as
 * latin-1, which is wrong for this encoding.
 */
import { decodeLatin1 } from './latin1.js';

/** Code points of 0x80–0x9F; U+FFFD where Windows-1252 leaves a byte undefined (as Python's cp1252). */
const HIGH_CONTROLS = [
  0x20ac, 0xfffd, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152,
  0xfffd, 0x017d, 0xfffd, 0xfffd, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122,
  0x0161, 0x203a, 0x0153, 0xfffd, 0x017e, 0x0178,
];

const HIGH_CHARS = HIGH_CONTROLS.map((code) => String.fromCharCode(code));

/** Decodes Windows-1252 bytes; every byte maps to one character (undefined ones to U+FFFD). */
export function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = decodeLatin1(bytes);
  return latin1.replace(/[\x80-\x9f]/g, (char) => HIGH_CHARS[char.charCodeAt(0) - 0x80] as string);
}

/** ASCII as Python decodes it with replacement: bytes ≥ 0x80 become U+FFFD. */
export function decodeAscii(bytes: Uint8Array): string {
  return decodeLatin1(bytes).replace(/[\x80-\xff]/g, '\ufffd');
}
