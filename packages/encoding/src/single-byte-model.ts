/**
 * singleByteModel: the numbers single-byte detection scores with, built once on first use
 * (a few milliseconds). Every character some candidate maps a high byte to gets an index; for
 * each language, the log-probability that a high byte of its text is that character; for each
 * character, what kind it is (letter, case, script, a byte no text holds).
 */
import { LANGUAGE_PROFILES, type LanguageProfile } from './language-profiles.js';
import { SINGLE_BYTE_CANDIDATES, type SingleByteCandidate } from './single-byte-candidates.js';

export const LETTER = 1;
export const UPPER = 2;
export const LOWER = 4;
export const LATIN = 8;
/** A C1 control, U+FFFD (a byte the code page leaves undefined) or private use: not text. */
export const NOT_TEXT = 16;
/** Punctuation that sits inside words: apostrophes, the Catalan middle dot, a soft hyphen. */
export const JOINER = 32;
/** Punctuation every language uses beyond ASCII: quotes, dashes, no-break space, euro… */
export const COMMON = 64;
/** A Latin vowel (a, e, i, o, u, y with any accent; æ, ø, œ). */
export const VOWEL = 128;

const COMMON_PUNCTUATION = '\u00a0«»“”‘’„–—…•€£°§©®™·\u00ad';
const JOINERS = '’‘·\u00ad\u2010\u2011';
/** Latin vowels with the accents code pages hold (small letters). */
const LATIN_VOWELS = 'aeiouyàáâãäåæèéêëìíîïòóôõöøùúûüýÿāăąēĕėęěĩīĭįıōŏőœũūŭůűųŷ';

/** Shares of a language's high bytes: its own letters, common punctuation, anything else. */
const LETTER_SHARE = 0.9;
const PUNCTUATION_SHARE = 0.06;
const FOREIGN_LETTER = 2e-4;
const RARE_SYMBOL = 1e-4;
const NOT_TEXT_PROBABILITY = 1e-9;
/** Of a cased letter's share, how much is its capital. */
const CAPITAL_SHARE = 0.15;

export interface SingleByteModel {
  readonly names: readonly string[];
  readonly priors: Float64Array;
  /** Character index of each (candidate, high byte): candidate × 128 + byte − 0x80. */
  readonly charIndex: Uint16Array;
  /** Kind flags of each character index. */
  readonly flags: Uint8Array;
  /** Log-probability of each (language, character index): language × characters + index. */
  readonly logProbability: Float32Array;
  readonly characters: number;
  /** For each character index, the index of its small letter when it is a capital, else −1. */
  readonly smallOf: Int32Array;
  readonly latinLanguage: Uint8Array;
  /** Each language's prior (log-odds): how common it is on the web beside the others. */
  readonly languagePriors: Float64Array;
  /** 1 where a language is written in a candidate: candidate × languages + language. */
  readonly writtenIn: Uint8Array;
}

let model: SingleByteModel | null = null;

/** The model, built on first call. */
export function singleByteModel(): SingleByteModel {
  model ??= buildModel();
  return model;
}

function buildModel(): SingleByteModel {
  const candidates = SINGLE_BYTE_CANDIDATES;
  // Index of each UTF-16 code unit some candidate reads a high byte as (−1: none).
  const indexOf = new Int32Array(0x10000).fill(-1);
  const codes: number[] = [];
  const charIndex = new Uint16Array(candidates.length * 128);
  for (let c = 0; c < candidates.length; c++) {
    const table = (candidates[c] as SingleByteCandidate).table();
    for (let high = 0; high < 128; high++) {
      const code = table[0x80 + high] as number;
      if (indexOf[code] === -1) {
        indexOf[code] = codes.length;
        codes.push(code);
      }
      charIndex[c * 128 + high] = indexOf[code] as number;
    }
  }
  const count = codes.length;
  const flags = new Uint8Array(count);
  const fallback = new Float32Array(count);
  const smallOf = new Int32Array(count);
  for (let i = 0; i < count; i++) {
    const code = codes[i] as number;
    const kind = kindOf(code);
    flags[i] = kind;
    fallback[i] = Math.log(fallbackProbability(kind));
    smallOf[i] = kind & UPPER ? (indexOf[smallCode(code)] as number) : -1;
  }
  // Every row starts as one of two templates (copied natively), then gets its letters.
  const withLetters = punctuationRow(flags, fallback, PUNCTUATION_SHARE);
  const withoutLetters = punctuationRow(flags, fallback, LETTER_SHARE + PUNCTUATION_SHARE);
  const logProbability = new Float32Array(LANGUAGE_PROFILES.length * count);
  for (let l = 0; l < LANGUAGE_PROFILES.length; l++) {
    const language = LANGUAGE_PROFILES[l] as LanguageProfile;
    const row = l * count;
    logProbability.set(language.letters === '' ? withoutLetters : withLetters, row);
    addLetters(logProbability.subarray(row, row + count), language.letters, indexOf);
  }
  return {
    names: candidates.map((candidate) => candidate.name),
    priors: Float64Array.from(candidates, (candidate) => candidate.prior),
    charIndex,
    flags,
    logProbability,
    characters: count,
    smallOf,
    latinLanguage: Uint8Array.from(LANGUAGE_PROFILES, (language) => (language.latin ? 1 : 0)),
    languagePriors: Float64Array.from(LANGUAGE_PROFILES, (language) => language.prior ?? 0),
    writtenIn: Uint8Array.from({ length: candidates.length * LANGUAGE_PROFILES.length }, (_, i) => {
      const { encodings } = LANGUAGE_PROFILES[i % LANGUAGE_PROFILES.length] as LanguageProfile;
      const name = (candidates[Math.floor(i / LANGUAGE_PROFILES.length)] as SingleByteCandidate).name;
      return encodings === null || encodings.includes(name) ? 1 : 0;
    }),
  };
}

/** The code unit of a capital's small letter (the capital itself when it has none of one unit). */
function smallCode(code: number): number {
  const small = String.fromCharCode(code).toLowerCase();
  return small.length === 1 ? small.charCodeAt(0) : code;
}

/**
 * Writes a language's letters into its row: a falling share by rank (about Zipf's law), split
 * between the cases. Two small letters may share a capital (σ and ς: Σ), hence the sums.
 */
function addLetters(row: Float32Array, letters: string, indexOf: Int32Array): void {
  let total = 0;
  for (let rank = 0; rank < letters.length; rank++) total += 1 / (rank + 1.5);
  const written = new Set<number>();
  const add = (code: number, p: number) => {
    const index = indexOf[code] as number;
    if (index === -1) return;
    row[index] = written.has(index) ? Math.log(Math.exp(row[index] as number) + p) : Math.log(p);
    written.add(index);
  };
  for (let rank = 0; rank < letters.length; rank++) {
    const code = letters.charCodeAt(rank);
    const p = LETTER_SHARE / (rank + 1.5) / total;
    const capital = String.fromCharCode(code).toUpperCase();
    if (capital.length !== 1 || capital.charCodeAt(0) === code) {
      add(code, p);
    } else {
      add(code, p * (1 - CAPITAL_SHARE));
      add(capital.charCodeAt(0), p * CAPITAL_SHARE);
    }
  }
}

/** Log-probabilities of the characters outside a language's letters, common punctuation at `share`. */
function punctuationRow(flags: Uint8Array, fallback: Float32Array, share: number): Float32Array {
  const row = Float32Array.from(fallback);
  const punctuation = Math.log(share / COMMON_PUNCTUATION.length);
  for (let i = 0; i < row.length; i++) if ((flags[i] as number) & COMMON) row[i] = punctuation;
  return row;
}

/** Probability of a character outside a language's letters and the common punctuation. */
function fallbackProbability(kind: number): number {
  if (kind & NOT_TEXT) return NOT_TEXT_PROBABILITY;
  return kind & LETTER ? FOREIGN_LETTER : RARE_SYMBOL;
}

/** The kind flags of a character a code page maps a byte to. */
function kindOf(code: number): number {
  if ((code >= 0x80 && code < 0xa0) || code === 0xfffd || (code >= 0xe000 && code <= 0xf8ff)) return NOT_TEXT;
  const char = String.fromCharCode(code);
  const joiner = JOINERS.includes(char) ? JOINER : 0;
  if (COMMON_PUNCTUATION.includes(char)) return COMMON | joiner;
  if (joiner !== 0) return joiner;
  const upper = char.toUpperCase();
  const lower = char.toLowerCase();
  if (upper === lower && !isUncasedLetter(code)) return 0;
  let kind = LETTER;
  if (char !== lower) kind |= UPPER;
  if (char !== upper || code === 0xdf) kind |= LOWER;
  if (code < 0x250 || (code >= 0x1e00 && code <= 0x1eff)) {
    kind |= LATIN;
    if (LATIN_VOWELS.includes(lower)) kind |= VOWEL;
  }
  return kind;
}

/** Letters and marks without case that code pages hold: Hebrew, Arabic (not its digits), Thai; ß; combining marks. */
function isUncasedLetter(code: number): boolean {
  return (
    code === 0xdf ||
    (code >= 0x0300 && code <= 0x036f) ||
    (code >= 0x0591 && code <= 0x05f2) ||
    (code >= 0x0620 && code <= 0x065f) ||
    (code >= 0x066e && code <= 0x06d5) ||
    (code >= 0x0e01 && code <= 0x0e4e)
  );
}
