/**
 * singleByteModel: the numbers single-byte detection scores with, built once on first use
 * (a few milliseconds). Every character some candidate maps a high byte to gets an index; for
 * each language, the log-probability that a high byte of its text is that character; for each
 * character, what kind it is (letter, case, script, a byte no text holds).
 */
import { LANGUAGE_PROFILES, type LanguageProfile } from './language-profiles.js';
import { SINGLE_BYTE_CANDIDATES } from './single-byte-candidates.js';

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
}

let model: SingleByteModel | null = null;

/** The model, built on first call. */
export function singleByteModel(): SingleByteModel {
  model ??= buildModel();
  return model;
}

function buildModel(): SingleByteModel {
  const candidates = SINGLE_BYTE_CANDIDATES;
  const indexOf = new Map<number, number>();
  const codes: number[] = [];
  const charIndex = new Uint16Array(candidates.length * 128);
  candidates.forEach((candidate, c) => {
    const table = candidate.table();
    for (let high = 0; high < 128; high++) {
      const code = table[0x80 + high] as number;
      let index = indexOf.get(code);
      if (index === undefined) {
        index = codes.length;
        indexOf.set(code, index);
        codes.push(code);
      }
      charIndex[c * 128 + high] = index;
    }
  });
  const count = codes.length;
  const flags = new Uint8Array(count);
  const fallback = new Float32Array(count);
  for (let i = 0; i < count; i++) {
    const kind = kindOf(codes[i] as number);
    flags[i] = kind;
    fallback[i] = Math.log(fallbackProbability(kind));
  }
  // Every row starts as one of two templates (copied natively), then gets its letters.
  const withLetters = punctuationRow(flags, fallback, PUNCTUATION_SHARE);
  const withoutLetters = punctuationRow(flags, fallback, LETTER_SHARE + PUNCTUATION_SHARE);
  const logProbability = new Float32Array(LANGUAGE_PROFILES.length * count);
  for (let l = 0; l < LANGUAGE_PROFILES.length; l++) {
    const language = LANGUAGE_PROFILES[l] as LanguageProfile;
    const row = l * count;
    logProbability.set(language.letters === '' ? withoutLetters : withLetters, row);
    for (const [char, p] of letterProbabilities(language)) {
      const index = indexOf.get(char.charCodeAt(0));
      if (index !== undefined) logProbability[row + index] = Math.log(p);
    }
  }
  return {
    names: candidates.map((candidate) => candidate.name),
    priors: Float64Array.from(candidates, (candidate) => candidate.prior),
    charIndex,
    flags,
    logProbability,
    characters: count,
    smallOf: smallLetters(codes, indexOf),
    latinLanguage: Uint8Array.from(LANGUAGE_PROFILES, (language) => (language.latin ? 1 : 0)),
    languagePriors: Float64Array.from(LANGUAGE_PROFILES, (language) => language.prior ?? 0),
  };
}

function smallLetters(codes: readonly number[], indexOf: ReadonlyMap<number, number>): Int32Array {
  return Int32Array.from(codes, (code) => {
    const char = String.fromCharCode(code);
    const small = char.toLowerCase();
    return small === char || small.length !== 1 ? -1 : (indexOf.get(small.charCodeAt(0)) ?? -1);
  });
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

/** A falling share for each letter by rank (about Zipf's law), split between the cases. */
function letterProbabilities(language: LanguageProfile): Map<string, number> {
  const letters = language.letters;
  let total = 0;
  for (let rank = 0; rank < letters.length; rank++) total += 1 / (rank + 1.5);
  const probabilities = new Map<string, number>();
  // Two small letters may share a capital (σ and ς: Σ), hence the sums.
  const add = (char: string, p: number) => probabilities.set(char, (probabilities.get(char) ?? 0) + p);
  for (let rank = 0; rank < letters.length; rank++) {
    const letter = letters.charAt(rank);
    const p = LETTER_SHARE / (rank + 1.5) / total;
    const capital = letter.toUpperCase();
    if (capital === letter || capital.length !== 1) {
      add(letter, p);
    } else {
      add(letter, p * (1 - CAPITAL_SHARE));
      add(capital, p * CAPITAL_SHARE);
    }
  }
  return probabilities;
}

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

/** Letters and marks without case that code pages hold: Hebrew, Arabic, Thai; ß; combining marks. */
function isUncasedLetter(code: number): boolean {
  return (
    code === 0xdf ||
    (code >= 0x0300 && code <= 0x036f) ||
    (code >= 0x0591 && code <= 0x05f2) ||
    (code >= 0x0620 && code <= 0x06d5) ||
    (code >= 0x0e01 && code <= 0x0e4e)
  );
}
