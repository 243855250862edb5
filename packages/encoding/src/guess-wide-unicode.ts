/**
 * guessWideUnicode: recognises UTF-16 and UTF-32 without a BOM.
 *
 * Text in these encodings is recognised by what its code units are: UTF-32 units all below
 * 0x110000, UTF-16 units that pair their surrogates and contain no controls, and then enough
 * of the characters real text is made of. Text with Latin, Cyrillic, Greek, Hebrew or Hangul
 * letters has spaces, digits and punctuation from ASCII, whose high byte is zero. Chinese and
 * Japanese may have none; there the kana or the CJK punctuation (、。，「」) give it away, which
 * text in a legacy CJK encoding read as UTF-16 does not produce. Thai has few spaces, but its
 * letters all share one high byte (0x0E), which legacy 8-bit text read as UTF-16 never does.
 */

/** Spaces and punctuation: an eighth of alphabetic text, a tenth asked for. */
const MIN_LATIN_SHARE = 0.1;
/** Japanese text is kana for a third or more; 10% leaves room for kanji-heavy prose. */
const MIN_KANA_SHARE = 0.1;
/** Thai, Russian, Greek, Hebrew…: one 256-character block holds most letters. */
const MIN_ALPHABET_SHARE = 0.6;
/** Chinese prose has a punctuation mark every 10–20 characters. */
const MIN_CJK_PUNCTUATION_SHARE = 0.02;
/** Chinese: ideographs, punctuation and ASCII make up nearly everything. */
const MIN_CJK_SHARE = 0.9;
/** Fewer units than this are too few to judge Chinese by its punctuation. */
const MIN_CJK_UNITS = 8;

/** What one reading of the bytes looks like. */
interface Tally {
  units: number;
  /** Units whose high byte is zero: ASCII and Latin-1 (tab, CR and LF included). */
  latin: number;
  kana: number;
  cjkPunctuation: number;
  ideographs: number;
  /** Controls, NUL, unpaired surrogates, private use, non-characters: not text. */
  bad: number;
  /** How many units fall in each block U+0100–U+1FFF (alphabets), by high byte. */
  alphabets: Uint32Array;
}

/**
 * `utf-32le`/`utf-32be`/`utf-16le`/`utf-16be` when the bytes read as text in one of them
 * without a BOM, else null. Call it only on bytes that are neither ASCII nor UTF-8: ASCII
 * digits read as UTF-16 look like CJK punctuation.
 */
export function guessWideUnicode(bytes: Uint8Array): string | null {
  return guessUtf32(bytes) ?? guessUtf16(bytes);
}

function guessUtf32(bytes: Uint8Array): string | null {
  if (bytes.byteLength < 8 || bytes.byteLength % 4 !== 0) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (const littleEndian of [true, false]) {
    let valid = true;
    for (let i = 0; i < bytes.byteLength && valid; i += 4)
      valid = isTextCode(view.getUint32(i, littleEndian));
    if (valid) return littleEndian ? 'utf-32le' : 'utf-32be';
  }
  return null;
}

function isTextCode(code: number): boolean {
  if (code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return false;
  return classify(code) !== 'bad';
}

function guessUtf16(bytes: Uint8Array): string | null {
  // An odd length is not UTF-16 (compressed and binary bodies are odd half the time).
  if (bytes.byteLength < 4 || bytes.byteLength % 2 !== 0) return null;
  const le = tally(bytes, true);
  const be = tally(bytes, false);
  const leText = looksLikeText(le);
  const beText = looksLikeText(be);
  if (leText && beText) return rank(le) >= rank(be) ? 'utf-16le' : 'utf-16be';
  if (leText) return 'utf-16le';
  return beText ? 'utf-16be' : null;
}

/** Whether a reading is text: nothing that text never holds, and enough of what it does. */
function looksLikeText(t: Tally): boolean {
  if (t.bad > 0) return false;
  // At least two units of the evidence, however short the text.
  const enough = (count: number, share: number) => count >= 2 && count >= t.units * share;
  if (enough(t.latin, MIN_LATIN_SHARE) || enough(t.kana, MIN_KANA_SHARE)) return true;
  if (enough(Math.max(...t.alphabets), MIN_ALPHABET_SHARE)) return true;
  if (t.units < MIN_CJK_UNITS) return false;
  const cjk = t.ideographs + t.kana + t.cjkPunctuation + t.latin;
  return enough(t.cjkPunctuation, MIN_CJK_PUNCTUATION_SHARE) && cjk >= t.units * MIN_CJK_SHARE;
}

/** When both byte orders read as text, the right one has the ASCII (the wrong one has none). */
function rank(t: Tally): number {
  return t.latin * 4 + t.kana * 2 + t.cjkPunctuation;
}

function tally(bytes: Uint8Array, littleEndian: boolean): Tally {
  const alphabets = new Uint32Array(0x20);
  const t: Tally = { units: 0, latin: 0, kana: 0, cjkPunctuation: 0, ideographs: 0, bad: 0, alphabets };
  let pendingHigh = false;
  for (let i = 0; i < bytes.byteLength; i += 2) {
    const a = bytes[i] as number;
    const b = bytes[i + 1] as number;
    const unit = littleEndian ? a | (b << 8) : (a << 8) | b;
    t.units++;
    const isLow = unit >= 0xdc00 && unit <= 0xdfff;
    if (pendingHigh !== isLow) t.bad++;
    pendingHigh = unit >= 0xd800 && unit <= 0xdbff;
    const kind = pendingHigh || isLow ? 'other' : classify(unit);
    if (kind !== 'other') t[kind]++;
    else if (unit >= 0x100 && unit < 0x2000) alphabets[unit >> 8] = (alphabets[unit >> 8] as number) + 1;
  }
  if (pendingHigh) t.bad++;
  return t;
}

type UnitClass = 'latin' | 'kana' | 'cjkPunctuation' | 'ideographs' | 'bad' | 'other';

/** The class of a code point; 'other' is ordinary text that is none of the others. */
function classify(code: number): UnitClass {
  if (code < 0x100) return isControl(code) ? 'bad' : 'latin';
  if (code >= 0x3040 && code <= 0x30ff) return 'kana';
  if ((code >= 0x3000 && code <= 0x303f) || (code >= 0xff00 && code <= 0xffef)) return 'cjkPunctuation';
  if ((code >= 0x3400 && code <= 0x4dbf) || (code >= 0x4e00 && code <= 0x9fff)) return 'ideographs';
  // Private use, non-characters, and blocks web text hardly ever uses (Yi to Cham, Hangul
  // Jamo Extended-B) but random bytes land in.
  if ((code >= 0xe000 && code <= 0xf8ff) || (code >= 0xfff0 && code <= 0xffff)) return 'bad';
  if ((code >= 0xa000 && code <= 0xabff) || (code >= 0xd7a4 && code <= 0xd7ff)) return 'bad';
  return 'other';
}

function isControl(code: number): boolean {
  if (code === 0x09 || code === 0x0a || code === 0x0c || code === 0x0d) return false;
  return code < 0x20 || (code >= 0x7f && code < 0xa0);
}
