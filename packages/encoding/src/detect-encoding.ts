/** detectEncoding: the layered charset guess behind DefaultCharsetDetector. */
import { isAscii, isUtf8 } from './byte-checks.js';
import { guessWideUnicode } from './guess-wide-unicode.js';
import { detectLegacyCharset } from './legacy-charset.js';
import { sniffBom } from './sniff-bom.js';

const ESC = 0x1b;
/** How much of a body the UTF-16/32 guess and the control-byte scan look at. */
const SAMPLE_BYTES = 64 * 1024;
/** How much of a body without control bytes the UTF-16 guess reads. */
const WIDE_SAMPLE_BYTES = 16 * 1024;

/**
 * Guesses the encoding of `bytes`, cheapest and surest step first:
 * 1. empty → `utf-8` (as charset_normalizer, Requests' default detector, answers);
 * 2. a BOM → `utf-8`, `utf-16le`/`be`, `utf-32le`/`be`;
 * 3. NUL or other control bytes that read as UTF-16/32 text → that encoding (Russian or Thai
 *    UTF-16 is all 7-bit bytes, so this comes before the ASCII test);
 * 4. 7-bit text without ESC → `ascii` (what Requests' `apparent_encoding` says for ASCII);
 * 5. valid UTF-8 (a sequence cut short at the end allowed) → `utf-8`;
 * 6. UTF-16 without a BOM or ASCII (Chinese, Japanese) → `utf-16le`/`be`;
 * 7. otherwise statistics (legacy-charset.ts): legacy 8-bit and CJK encodings, ISO-2022-JP.
 * Returns null when nothing fits (binary data).
 *
 * @example
 * detectEncoding(new TextEncoder().encode('Grüße')); // 'utf-8'
 * detectEncoding(new TextEncoder().encode('plain')); // 'ascii'
 */
export function detectEncoding(bytes: Uint8Array): string | null {
  if (bytes.byteLength === 0) return 'utf-8';
  const bom = sniffBom(bytes);
  if (bom !== null) return bom;
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  const controls = hasControlBytes(sample);
  const wide = controls ? guessWideUnicode(sample) : null;
  if (wide !== null) return wide;
  if (isAscii(bytes)) {
    return controls || bytes.includes(ESC) ? detectLegacyCharset(bytes) : 'ascii';
  }
  const whole = withoutCutSequence(bytes);
  // A cut sequence alone (ASCII and one lead byte at the end, "…Kapalı" in Turkish) is no evidence.
  if (isUtf8(whole) && !isAscii(whole)) return 'utf-8';
  // UTF-16 without controls is CJK text all through: its first 16 KiB tell as well as 64 do.
  const wideSample = sample.subarray(0, WIDE_SAMPLE_BYTES);
  return (controls ? null : guessWideUnicode(wideSample)) ?? detectLegacyCharset(bytes, controls);
}

/** Whether `bytes` hold a byte text never does: NUL or a C0 control other than TAB, LF, VT, FF, CR, ESC. */
function hasControlBytes(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.byteLength; i++) {
    const byte = bytes[i] as number;
    if (byte < 0x20 && (byte < 0x09 || byte > 0x0d) && byte !== ESC) return true;
  }
  return false;
}

/**
 * `bytes` without a UTF-8 sequence cut short at the very end (a truncated body), so that
 * isUtf8 judges the rest. At most three bytes are dropped, and only an unfinished sequence.
 */
function withoutCutSequence(bytes: Uint8Array): Uint8Array {
  const length = bytes.byteLength;
  for (let back = 1; back <= 3 && back <= length; back++) {
    const byte = bytes[length - back] as number;
    if (byte < 0x80) return bytes;
    if (byte >= 0xc0) {
      // A lead byte: 110xxxxx starts 2 bytes, 1110xxxx 3, 11110xxx 4.
      const needed = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2;
      return needed > back ? bytes.subarray(0, length - back) : bytes;
    }
  }
  return bytes;
}
