/**
 * detectMultiByte: whether a body is Chinese, Japanese or Korean in a legacy multi-byte
 * encoding. Each candidate decodes the body; the reading scores by how common its characters
 * are in the candidate's language (cjk-frequent-characters.ts). Text in another encoding read
 * this way yields undecodable bytes and a scatter of rare ideographs, far below real text.
 */
import {
  JAPANESE_KANJI,
  KOREAN_SYLLABLES,
  SIMPLIFIED_CHINESE,
  TRADITIONAL_CHINESE,
} from './cjk-frequent-characters.js';

interface MultiByteCandidate {
  readonly name: string;
  readonly language: 'zh-hans' | 'zh-hant' | 'ja' | 'ko';
  /** Settles near-ties, in points of average character weight. */
  readonly prior: number;
}

const CANDIDATES: readonly MultiByteCandidate[] = [
  { name: 'gb18030', language: 'zh-hans', prior: 0 },
  { name: 'big5', language: 'zh-hant', prior: -0.05 },
  { name: 'shift_jis', language: 'ja', prior: -0.02 },
  { name: 'euc-jp', language: 'ja', prior: -0.04 },
  { name: 'euc-kr', language: 'ko', prior: -0.03 },
];

/** A reading must average this much per character beyond ASCII to count as East Asian text… */
const MIN_AVERAGE = 1.2;
/** …and hold at least this many such characters. */
const MIN_CHARACTERS = 2;
/** Weight of a character no text holds (U+FFFD from a bad sequence, private use, lone jamo). */
const NOT_TEXT = -3;
/** Weight of a lone character among ASCII with a letter beside it: a Latin word's accent misread. */
const INSIDE_LATIN_WORD = -1;

type Language = MultiByteCandidate['language'];
type Weights = Int8Array;
const weights = new Map<Language, Weights>();
const decoders = new Map<string, InstanceType<typeof TextDecoder>>();

/** Above this share of runs of high bytes that no double-byte encoding can end, skip them all. */
const MAX_BROKEN_RUNS = 0.1;
/** How much of the body these checks read: thousands of characters, enough to judge by. */
const SAMPLE_BYTES = 16 * 1024;

/** An East Asian reading: the encoding, and the average weight of its characters (3 at most). */
export interface MultiByteGuess {
  readonly name: string;
  readonly average: number;
}

/** The East Asian encoding `bytes` read best in, or null when none reads as such text. */
export function detectMultiByte(body: Uint8Array): MultiByteGuess | null {
  const bytes = body.subarray(0, SAMPLE_BYTES);
  if (!couldBeDoubleByte(bytes)) return null;
  let best: MultiByteGuess | null = null;
  let bestScore = MIN_AVERAGE;
  for (const candidate of CANDIDATES) {
    const average = averageWeight(decodeLoosely(bytes, candidate.name), weightsFor(candidate.language));
    if (average + candidate.prior > bestScore) {
      bestScore = average + candidate.prior;
      best = { name: candidate.name, average };
    }
  }
  return best;
}

/**
 * In these encodings a character beyond ASCII is a lead byte ≥ 0x80 and a trail byte ≥ 0x40
 * (Shift_JIS's half-width katakana aside). A run of an odd number of high bytes followed by a
 * space, digit or punctuation cannot be read so; in Western or Cyrillic text such runs abound
 * ("à ", "café,"), and skipping the decoders for them saves most of the cost of a short text.
 */
function couldBeDoubleByte(bytes: Uint8Array): boolean {
  let runs = 0;
  let broken = 0;
  let run = 0;
  for (let i = 0; i < bytes.byteLength; i++) {
    const byte = bytes[i] as number;
    if (byte >= 0x80) {
      run++;
      continue;
    }
    if (run === 0) continue;
    runs++;
    if (run % 2 === 1 && byte < 0x40) broken++;
    run = 0;
  }
  if (run > 0) runs++;
  return broken <= runs * MAX_BROKEN_RUNS;
}

/** Decodes with U+FFFD for bad sequences; a sequence cut at the end is not counted against it. */
function decodeLoosely(bytes: Uint8Array, name: string): string {
  let decoder = decoders.get(name);
  if (decoder === undefined) {
    decoder = new TextDecoder(name);
    decoders.set(name, decoder);
  }
  const text = decoder.decode(bytes, { stream: true });
  decoder.decode(); // resets the decoder, dropping a cut sequence
  return text;
}

function averageWeight(text: string, table: Weights): number {
  let total = 0;
  let characters = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    characters++;
    if (isLoneInLatin(text, i)) total += INSIDE_LATIN_WORD;
    else total += table[code] as number;
  }
  return characters < MIN_CHARACTERS ? 0 : total / characters;
}

/** Whether text[i] has no non-ASCII neighbour and an ASCII letter on one side at least. */
function isLoneInLatin(text: string, i: number): boolean {
  const before = i > 0 ? text.charCodeAt(i - 1) : 0x20;
  const after = i + 1 < text.length ? text.charCodeAt(i + 1) : 0x20;
  return before < 0x80 && after < 0x80 && (isAsciiLetter(before) || isAsciiLetter(after));
}

function isAsciiLetter(code: number): boolean {
  const lower = code | 0x20;
  return lower >= 0x61 && lower <= 0x7a;
}

/** Weight of each UTF-16 code unit in `language`'s text; built on first use. */
function weightsFor(language: Language): Weights {
  let table = weights.get(language);
  if (table === undefined) {
    table = buildWeights(language);
    weights.set(language, table);
  }
  return table;
}

function buildWeights(language: Language): Weights {
  const table = new Int8Array(0x10000);
  if (language === 'zh-hans') frequent(table, SIMPLIFIED_CHINESE, 300, 1000);
  else if (language === 'zh-hant') frequent(table, TRADITIONAL_CHINESE, 300, 1000);
  else if (language === 'ja') {
    table.fill(2, 0x3041, 0x3100); // hiragana and katakana
    frequent(table, JAPANESE_KANJI, 100, 1000);
  } else {
    table.fill(1, 0xac00, 0xd7a4); // any Hangul syllable
    frequent(table, KOREAN_SYLLABLES, 100, 1000);
  }
  table.fill(2, 0x3000, 0x3040); // CJK punctuation
  table.fill(1, 0xff01, 0xff5f); // full-width forms: common, but no text is made of them
  table.fill(NOT_TEXT, 0xe000, 0xf900); // private use
  table.fill(NOT_TEXT, 0x3131, 0x318f); // compatibility jamo: EUC-KR's reading of stray bytes
  table[0xfffd] = NOT_TEXT;
  return table;
}

/** Weights 3, 2 and 1 for the first `top`, the next up to `second`, and the rest of `list`. */
function frequent(table: Weights, list: string, top: number, second: number): void {
  for (let rank = 0; rank < list.length; rank++) {
    table[list.charCodeAt(rank)] = rank < top ? 3 : rank < second ? 2 : 1;
  }
}
