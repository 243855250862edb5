/**
 * detectLegacyCharset: the encoding of a body that is neither UTF-8 nor UTF-16/32: ISO-2022-JP
 * by its escape sequences, East Asian multi-byte encodings by the characters they decode to,
 * else the 8-bit code page whose reading looks most like text in some language.
 */
import { isAscii } from './byte-checks.js';
import { collectByteStatistics } from './byte-statistics.js';
import { detectMultiByte } from './detect-multi-byte.js';
import { detectSingleByte } from './detect-single-byte.js';

/** How much of a body detection reads: plenty for any language, and a bound on the time. */
const SAMPLE_BYTES = 64 * 1024;
/** More control bytes than this share (or any NUL) makes a body binary. */
const MAX_CONTROL_SHARE = 0.01;
const ESC = 0x1b;
/**
 * A short text may pair up into a few common ideographs by chance (Russian "ок, да выпей" in
 * KOI8-R reads as GBK). Below this average weight an East Asian reading yields to a single-byte
 * reading at least this likely per byte (Thai, Cyrillic or Arabic letters in real words); East
 * Asian text read as single bytes stays below -4.6 on the corpus.
 */
const SURE_MULTI_BYTE = 2;
const SURE_SINGLE_BYTE = -4.4;

/**
 * The legacy encoding `bytes` are most likely in, as a canonical name of this package (see
 * lookupEncoding), or null for binary data. `controls`: whether the caller saw control bytes
 * (NUL, or C0 other than whitespace and ESC) in the first 64 KiB; without them, no scan for
 * binary data is needed.
 */
export function detectLegacyCharset(bytes: Uint8Array, controls = true): string | null {
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  if (controls && looksBinary(sample)) return null;
  if (isAscii(sample)) return isIso2022jp(sample) ? 'iso-2022-jp' : 'ascii';
  const multiByte = detectMultiByte(sample);
  if (multiByte !== null && multiByte.average >= SURE_MULTI_BYTE) return multiByte.name;
  const singleByte = detectSingleByte(collectByteStatistics(sample));
  if (multiByte !== null && singleByte.perByte < SURE_SINGLE_BYTE) return multiByte.name;
  return singleByte.name;
}

function looksBinary(bytes: Uint8Array): boolean {
  let controls = 0;
  for (let i = 0; i < bytes.byteLength; i++) {
    const byte = bytes[i] as number;
    if (byte === 0) return true;
    if (byte < 0x20 && (byte < 0x09 || byte > 0x0d) && byte !== ESC) controls++;
  }
  return controls > bytes.byteLength * MAX_CONTROL_SHARE;
}

/** ISO-2022-JP switches to JIS X 0208 with `ESC $ B` or `ESC $ @` (and back with `ESC ( B`/`J`). */
function isIso2022jp(bytes: Uint8Array): boolean {
  for (let i = bytes.indexOf(ESC); i !== -1 && i + 2 < bytes.byteLength; i = bytes.indexOf(ESC, i + 1)) {
    if (bytes[i + 1] === 0x24 && (bytes[i + 2] === 0x42 || bytes[i + 2] === 0x40)) return true;
  }
  return false;
}
