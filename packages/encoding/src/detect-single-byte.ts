/**
 * detectSingleByte: which 8-bit code page a body is in. Each candidate reads the high bytes
 * into characters; a reading scores by how likely its characters are in the language that fits
 * it best (see language-profiles.ts), less penalties for what text does not do: a symbol inside
 * a word, a Cyrillic or Greek letter glued to a Latin one, a capital right after a small letter.
 * The candidate's prior settles ties. All from one pass of byte counts (byte-statistics.ts).
 */
import type { ByteStatistics } from './byte-statistics.js';
import {
  JOINER,
  LATIN,
  LETTER,
  LOWER,
  type SingleByteModel,
  singleByteModel,
  UPPER,
  VOWEL,
} from './single-byte-model.js';

/** Log-penalties per occurrence. */
const SYMBOL_IN_WORD = Math.log(0.003);
const SCRIPT_MIX = Math.log(0.002);
const CASE_BREAK = Math.log(0.02);
/**
 * A sentence starts with a capital: the model's capital share (0.15) does not hold there. Half
 * the full correction, as "sentence starts" found from punctuation are not all sentences.
 */
const CAPITAL_STARTS_SENTENCE = Math.log(1 / 0.3);
const SMALL_STARTS_SENTENCE = Math.log(0.1);
/** Three vowels in a row with the accented one in the middle ("aæa") are rare; "aća" is not. */
const VOWEL_BETWEEN_VOWELS = Math.log(0.3);
/** A one-letter word is a vowel (è, à) in Latin-script languages; č or ł alone is a misreading. */
const LONE_CONSONANT = Math.log(0.1);
/** A word that starts with its first letter twice ("Aa…") is rare in every language. */
const DOUBLED_CAPITAL = Math.log(0.1);
/** Latin-script languages seldom put two letters beyond ASCII side by side. */
const LATIN_RUN = Math.log(0.3);

/** A single-byte reading: the encoding, and its log-likelihood per high byte (prior left out). */
export interface SingleByteGuess {
  readonly name: string;
  readonly perByte: number;
}

/** The best-scoring single-byte encoding for the counted bytes. */
export function detectSingleByte(stats: ByteStatistics): SingleByteGuess {
  const model = singleByteModel();
  let best = 0;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (let c = 0; c < model.names.length; c++) {
    const score = (model.priors[c] as number) + contextScore(stats, c) + languageScore(stats, c);
    if (score > bestScore) {
      bestScore = score;
      best = c;
    }
  }
  let highBytes = 0;
  for (const high of stats.seen) highBytes += stats.counts[high] as number;
  return {
    name: model.names[best] as string,
    perByte: (bestScore - (model.priors[best] as number)) / Math.max(highBytes, 1),
  };
}

/** Log-likelihood of candidate `c`'s characters under the language written in it that suits them best. */
function languageScore(stats: ByteStatistics, c: number): number {
  const { charIndex, logProbability, characters, latinLanguage, languagePriors, writtenIn } =
    singleByteModel();
  const { seen, counts } = stats;
  const languages = latinLanguage.length;
  let best = Number.NEGATIVE_INFINITY;
  for (let l = 0; l < languages; l++) {
    if (writtenIn[c * languages + l] === 0) continue;
    const row = l * characters;
    let score = (languagePriors[l] as number) + (latinLanguage[l] === 1 ? stats.highPairs * LATIN_RUN : 0);
    for (let i = 0; i < seen.length; i++) {
      const high = seen[i] as number;
      score +=
        (counts[high] as number) * (logProbability[row + (charIndex[c * 128 + high] as number)] as number);
    }
    if (score > best) best = score;
  }
  return best;
}

/** Penalties for candidate `c`'s characters in their surroundings. */
function contextScore(stats: ByteStatistics, c: number): number {
  const model = singleByteModel();
  const { charIndex, flags } = model;
  const base = c * 128;
  let score = 0;
  for (const high of stats.seen) {
    const kind = flags[charIndex[base + high] as number] as number;
    if (kind & LETTER) {
      if (!(kind & LATIN)) score += (stats.nearLetter[high] as number) * SCRIPT_MIX;
      if (kind & VOWEL) score += (stats.betweenVowels[high] as number) * VOWEL_BETWEEN_VOWELS;
      else if (kind & LATIN) score += (stats.alone[high] as number) * LONE_CONSONANT;
      if (kind & UPPER) score += (stats.afterLower[high] as number) * CASE_BREAK;
      const starts = stats.sentenceStart[high] as number;
      if (starts > 0) score += starts * (kind & UPPER ? CAPITAL_STARTS_SENTENCE : SMALL_STARTS_SENTENCE);
    } else if (!(kind & JOINER)) {
      score += (stats.inWord[high] as number) * SYMBOL_IN_WORD;
    }
  }
  for (const pair of stats.seenPairs) {
    const first = flags[charIndex[base + (pair >> 7)] as number] as number;
    const second = flags[charIndex[base + (pair & 127)] as number] as number;
    if (!(first & LETTER) || !(second & LETTER)) continue;
    const count = stats.pairs[pair] as number;
    if (first & LOWER && second & UPPER) score += count * CASE_BREAK;
    if (first & UPPER && second & LOWER && isSameLetter(model, base, pair)) score += count * DOUBLED_CAPITAL;
    if ((first ^ second) & LATIN) score += count * SCRIPT_MIX;
  }
  return score;
}

/** Whether the pair's two bytes read as the same letter, capital then small. */
function isSameLetter(model: SingleByteModel, base: number, pair: number): boolean {
  const capital = model.charIndex[base + (pair >> 7)] as number;
  return model.smallOf[capital] === model.charIndex[base + (pair & 127)];
}
