/**
 * collectByteStatistics: what single-byte detection needs from a body, in one pass: how often
 * each byte ≥ 0x80 occurs, in which ASCII surroundings, and which such bytes follow each other.
 * Every candidate encoding is then scored from these counts, without reading the body again.
 */

/** Counts for the high bytes (index: byte − 0x80). Reused between calls: detection is synchronous. */
export interface ByteStatistics {
  /** Occurrences of each high byte. */
  readonly counts: Uint32Array;
  /** …with an ASCII letter on both sides (inside a Latin word). */
  readonly inWord: Uint32Array;
  /** …with an ASCII vowel on both sides. */
  readonly betweenVowels: Uint32Array;
  /** …alone between ASCII non-letters (a one-letter word). */
  readonly alone: Uint32Array;
  /** …with an ASCII letter on at least one side. */
  readonly nearLetter: Uint32Array;
  /** …right after an ASCII lower-case letter. */
  readonly afterLower: Uint32Array;
  /** …starting a sentence: first in the body, after a tag's `>`, or after `.`, `!` or `?` and a space. */
  readonly sentenceStart: Uint32Array;
  /** Occurrences of each pair of adjacent high bytes (index: first × 128 + second). */
  readonly pairs: Uint32Array;
  /** The high bytes that occur, and the pairs that occur (indices into the arrays above). */
  readonly seen: number[];
  readonly seenPairs: number[];
  /** How many high bytes follow another high byte. */
  highPairs: number;
}

const stats: ByteStatistics = {
  counts: new Uint32Array(128),
  inWord: new Uint32Array(128),
  betweenVowels: new Uint32Array(128),
  alone: new Uint32Array(128),
  nearLetter: new Uint32Array(128),
  afterLower: new Uint32Array(128),
  sentenceStart: new Uint32Array(128),
  pairs: new Uint32Array(128 * 128),
  seen: [],
  seenPairs: [],
  highPairs: 0,
};

/** 1: ASCII lower-case letter, 2: ASCII upper-case letter. */
const ASCII_LETTER = new Uint8Array(256);
for (let byte = 0x41; byte <= 0x5a; byte++) ASCII_LETTER[byte] = 2;
for (let byte = 0x61; byte <= 0x7a; byte++) ASCII_LETTER[byte] = 1;
const ASCII_VOWEL = new Uint8Array(256);
for (const char of 'aeiouAEIOU') ASCII_VOWEL[char.charCodeAt(0)] = 1;

/** `.`, `!`, `?`: a sentence ends; the next letter after spaces starts one. */
const SENTENCE_END = new Uint8Array(256);
for (const char of '.!?') SENTENCE_END[char.charCodeAt(0)] = 1;

function reset(): void {
  for (const byte of stats.seen) {
    stats.counts[byte] = 0;
    stats.inWord[byte] = 0;
    stats.betweenVowels[byte] = 0;
    stats.alone[byte] = 0;
    stats.nearLetter[byte] = 0;
    stats.afterLower[byte] = 0;
    stats.sentenceStart[byte] = 0;
  }
  for (const pair of stats.seenPairs) stats.pairs[pair] = 0;
  stats.seen.length = 0;
  stats.seenPairs.length = 0;
  stats.highPairs = 0;
}

/** The statistics of `bytes`; valid until the next call. */
export function collectByteStatistics(bytes: Uint8Array): ByteStatistics {
  reset();
  const {
    counts,
    inWord,
    betweenVowels,
    alone,
    nearLetter,
    afterLower,
    sentenceStart,
    pairs,
    seen,
    seenPairs,
  } = stats;
  const length = bytes.byteLength;
  let previous = 0x20;
  let startsSentence = true;
  for (let i = 0; i < length; i++) {
    const byte = bytes[i] as number;
    if (byte < 0x80) {
      if (byte === 0x3e || SENTENCE_END[byte] === 1) startsSentence = true;
      else if (byte > 0x20) startsSentence = false; // spaces and line breaks keep it
      previous = byte;
      continue;
    }
    const high = byte - 0x80;
    if (counts[high] === 0) seen.push(high);
    counts[high] = (counts[high] as number) + 1;
    const next = i + 1 < length ? (bytes[i + 1] as number) : 0x20;
    const before = ASCII_LETTER[previous] as number;
    const after = ASCII_LETTER[next] as number;
    if (before === 0 && after === 0 && previous < 0x80 && next < 0x80)
      alone[high] = (alone[high] as number) + 1;
    if (before !== 0 || after !== 0) {
      nearLetter[high] = (nearLetter[high] as number) + 1;
      if (before !== 0 && after !== 0) inWord[high] = (inWord[high] as number) + 1;
      if (ASCII_VOWEL[previous] === 1 && ASCII_VOWEL[next] === 1) {
        betweenVowels[high] = (betweenVowels[high] as number) + 1;
      }
      if (before === 1) afterLower[high] = (afterLower[high] as number) + 1;
    }
    if (startsSentence) sentenceStart[high] = (sentenceStart[high] as number) + 1;
    startsSentence = false;
    if (previous >= 0x80) {
      const pair = (previous - 0x80) * 128 + high;
      if (pairs[pair] === 0) seenPairs.push(pair);
      pairs[pair] = (pairs[pair] as number) + 1;
      stats.highPairs++;
    }
    previous = byte;
  }
  return stats;
}
