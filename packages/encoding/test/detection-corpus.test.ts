import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decode } from '../src/decode.js';
import { detectEncoding } from '../src/detect-encoding.js';
import { encode } from './corpus/encode.js';

/** One sample of corpus/truth/corpus.json (built by tools/bench/charset/make-corpus.py). */
interface TruthSample {
  readonly id: string;
  readonly size: 'line' | 'paragraph' | 'page';
  readonly encoding: string;
  readonly text: string;
  readonly bytes: string;
}

const samples: TruthSample[] = JSON.parse(
  readFileSync(new URL('./corpus/truth/corpus.json', import.meta.url), 'utf8'),
).samples;

/**
 * Samples detection decodes right, per size class, as recorded in tools/bench/README.md. Better
 * is welcome (raise the floor); worse fails. Python's chardet 5.1 scores 141, 51, 49 here.
 */
const FLOOR = { line: 235, paragraph: 78, page: 78 };

/** Whether decoding `bytes` with the detected encoding gives back `text`. */
function decodesRight(bytes: Uint8Array, text: string): boolean {
  const detected = detectEncoding(bytes);
  return detected !== null && decode(bytes, detected) === text;
}

describe('detectEncoding on the ground-truth corpus', () => {
  it('holds at least 300 samples in 15 encodings, in one-line, paragraph and page sizes', () => {
    expect(samples.length).toBeGreaterThanOrEqual(300);
    expect(new Set(samples.map((s) => s.encoding)).size).toBeGreaterThanOrEqual(15);
    expect(new Set(samples.map((s) => s.size))).toEqual(new Set(['line', 'paragraph', 'page']));
  });

  it.each(Object.entries(FLOOR))(
    'decodes at least the recorded number of %s samples right',
    (size, floor) => {
      const ofSize = samples.filter((s) => s.size === size);
      const wrong = ofSize.filter(
        (s) => !decodesRight(new Uint8Array(Buffer.from(s.bytes, 'base64')), s.text),
      );
      expect(
        ofSize.length - wrong.length,
        `wrong: ${wrong.map((s) => s.id).join('; ')}`,
      ).toBeGreaterThanOrEqual(floor);
    },
  );

  it.each([
    ['Le café est très chaud, déjà prêt à être servi à la française.', 'latin1'],
    ["Il caffè è già pronto, vuoi anche un po' di latte?", 'latin1'],
    ['La città è più bella di sera, quando si accendono le luci.', 'latin1'],
    ['Perché non andiamo al mare venerdì? Sarà una bella giornata.', 'cp1252'],
  ])('reads a short Western line right: %s', (text, encoding) => {
    const bytes = encode(text, encoding);
    expect(decode(bytes, detectEncoding(bytes) as string)).toBe(text);
  });
});
