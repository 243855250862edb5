import { deflateRawSync, gzipSync } from 'node:zlib';
import { decodeText } from '@reqs/core';
import { describe, expect, it } from 'vitest';
import { decode } from '../src/decode.js';
import { detectEncoding } from '../src/detect-encoding.js';
import { encode, encodeIso2022jp } from './corpus/encode.js';
import type { Sample } from './corpus/samples.js';
import * as corpus from './corpus/samples.js';

/**
 * [sample, encoding, names detection may answer]. `null`: several encodings decode these bytes
 * identically (ISO-8859-1, Windows-1252 and ISO-8859-15 on text without 0x80–0x9F or the eight
 * letters -15 changes; ISO-8859-7 and Windows-1253 without `Ά`…), so only the text is checked.
 */
type Case = [Sample, string, readonly string[] | null];

const wide = (sample: Sample, ...encodings: string[]): Case[] =>
  encodings.map((encoding) => [sample, encoding, [encoding]]);

const CASES: Case[] = [
  [corpus.english, 'ascii', ['ascii']],
  ...wide(corpus.english, 'utf-16le', 'utf-16be', 'utf-32le', 'utf-32be'),
  ...wide(corpus.french, 'utf-8', 'windows-1252', 'utf-16le', 'utf-16be'),
  [corpus.frenchLatin1, 'iso-8859-1', null],
  [corpus.frenchLatin1, 'iso-8859-15', null],
  [corpus.german, 'windows-1252', ['windows-1252']],
  [corpus.germanLatin1, 'iso-8859-1', null],
  [corpus.spanish, 'windows-1252', null],
  [corpus.spanish, 'iso-8859-1', null],
  ...wide(corpus.polish, 'utf-8', 'windows-1250', 'iso-8859-2'),
  [corpus.polish, 'iso-8859-16', null],
  ...wide(corpus.czech, 'utf-8', 'windows-1250', 'iso-8859-2'),
  ...wide(corpus.russian, 'utf-8', 'windows-1251', 'iso-8859-5', 'utf-16le', 'utf-16be', 'utf-32le'),
  [corpus.russian, 'koi8-r', ['koi8-r', 'koi8-u']],
  [corpus.russian, 'cp866', ['ibm866']],
  [corpus.russian, 'maccyrillic', ['x-mac-cyrillic']],
  ...wide(corpus.ukrainian, 'utf-8', 'windows-1251', 'koi8-u'),
  ...wide(corpus.greek, 'utf-8', 'utf-16le', 'utf-16be'),
  [corpus.greek, 'windows-1253', null],
  [corpus.greek, 'iso-8859-7', null],
  ...wide(corpus.hebrew, 'utf-8', 'utf-16le'),
  [corpus.hebrew, 'windows-1255', null],
  [corpus.hebrew, 'iso-8859-8', null],
  [corpus.turkish, 'utf-8', ['utf-8']],
  [corpus.turkish, 'windows-1254', null],
  [corpus.turkish, 'iso-8859-9', null],
  ...wide(corpus.japanese, 'utf-8', 'shift_jis', 'euc-jp', 'utf-16le', 'utf-16be', 'utf-32le'),
  ...wide(corpus.chineseSimplified, 'utf-8', 'utf-16le', 'utf-16be'),
  [corpus.chineseSimplified, 'gbk', ['gbk', 'gb18030']],
  [corpus.chineseSimplified, 'gb18030', ['gbk', 'gb18030']],
  ...wide(corpus.chineseTraditional, 'utf-8', 'big5', 'utf-16le', 'utf-16be'),
  ...wide(corpus.korean, 'utf-8', 'euc-kr', 'utf-16le', 'utf-16be'),
  ...wide(corpus.arabic, 'utf-8', 'windows-1256', 'iso-8859-6', 'utf-16le'),
  ...wide(corpus.thai, 'utf-8', 'utf-16le'),
  [corpus.thai, 'tis-620', null],
  [corpus.thai, 'windows-874', null],
];

const label = (c: Case) => `${c[0].name} in ${c[1]}`;

/** Detects, checks the name when the case names one, and returns the decoded text. */
function detectAndDecode(bytes: Uint8Array, names: readonly string[] | null): string | undefined {
  const detected = detectEncoding(bytes);
  expect(detected).not.toBeNull();
  if (names !== null) expect(names).toContain(detected);
  return decode(bytes, detected as string);
}

/** A typical page around the text: an ASCII head and navigation, no charset declared. */
function html(text: string): string {
  return [
    '<!DOCTYPE html>',
    '<html><head><title>Page</title>',
    '<link rel="stylesheet" href="/static/site.css"><script src="/static/app.js" defer></script>',
    '</head><body class="article">',
    '<nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/about">About</a></nav>',
    `<article><p>${text}</p></article>`,
    '<footer>Copyright 2024</footer></body></html>',
  ].join('\n');
}

describe('detectEncoding on the corpus', () => {
  it.each(CASES.map((c) => [label(c), c] as const))('%s: a paragraph', (_, [sample, encoding, names]) => {
    expect(detectAndDecode(encode(sample.text, encoding), names)).toBe(sample.text);
  });

  it.each(CASES.map((c) => [label(c), c] as const))('%s: in an HTML page', (_, [sample, encoding, names]) => {
    const page = html(sample.text);
    expect(detectAndDecode(encode(page, encoding), names)).toBe(page);
  });

  it.each(CASES.map((c) => [label(c), c] as const))('%s: first 80 and 160 characters', (_, c) => {
    const [sample, encoding] = c;
    // Shorter than this, Western text with one or two accents is a guess between similar
    // single-byte pages (chardet's too), and Chinese UTF-16 without BOM lacks punctuation.
    // Short text may lack the letters that tell related pages apart: only the text is checked.
    for (const length of [80, 160]) {
      const text = sample.text.slice(0, length);
      expect(detectAndDecode(encode(text, encoding), null), `${length} characters`).toBe(text);
    }
  });

  it('reads ISO-2022-JP from its escape sequences', () => {
    const bytes = encodeIso2022jp(corpus.japanese.text);
    expect(bytes.every((byte) => byte < 0x80)).toBe(true);
    expect(detectEncoding(bytes)).toBe('iso-2022-jp');
    expect(decode(bytes, 'iso-2022-jp')).toBe(corpus.japanese.text);
  });

  it.each([
    ['utf-8', corpus.french],
    ['utf-16le', corpus.japanese],
    ['utf-16be', corpus.korean],
    ['utf-32le', corpus.russian],
    ['utf-32be', corpus.chineseSimplified],
  ])('reads the %s BOM and decodes without it', (encoding, sample) => {
    const bytes = encode(sample.text, encoding, true);
    expect(detectEncoding(bytes)).toBe(encoding);
    expect(decode(bytes, encoding)).toBe(sample.text);
  });

  it('answers names that core decodes by itself too (except ISO-8859-16, which Node lacks)', () => {
    for (const [sample, encoding] of CASES) {
      const bytes = encode(sample.text, encoding);
      const detected = detectEncoding(bytes) as string;
      if (detected !== 'iso-8859-16')
        expect(decodeText(bytes, detected), label([sample, encoding, null])).toBe(sample.text);
    }
  });
});

describe('detectEncoding edge cases', () => {
  it('says utf-8 for an empty body and ascii for 7-bit text, as Requests does', () => {
    expect(detectEncoding(new Uint8Array(0))).toBe('utf-8');
    expect(detectEncoding(encode('{"ok": true}\r\n', 'ascii'))).toBe('ascii');
  });

  it('keeps utf-8 for a body cut in the middle of a character', () => {
    const bytes = encode(corpus.japanese.text, 'utf-8');
    for (const cut of [1, 2]) expect(detectEncoding(bytes.subarray(0, bytes.length - cut))).toBe('utf-8');
  });

  it('does not call bytes utf-8 when they are not', () => {
    const bytes = Uint8Array.from([...encode('Grüße, ', 'utf-8'), 0xe9, 0x20, ...encode('ok', 'ascii')]);
    expect(detectEncoding(bytes)).not.toBe('utf-8');
  });

  it('returns null for binary data and never mistakes compressed bodies for UTF-16 or UTF-32', () => {
    let seed = 12_345;
    const randomBytes = (length: number) =>
      Uint8Array.from({ length }, () => {
        seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
        return seed >> 16;
      });
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    expect(detectEncoding(Uint8Array.from([...png, ...randomBytes(4000)]))).toBeNull();
    for (let i = 0; i < 300; i++) {
      const size = 1 + i * 7;
      const bodies = [gzipSync(randomBytes(size)), deflateRawSync('x'.repeat(size)), randomBytes(size)];
      for (const body of bodies) expect(detectEncoding(body) ?? 'none').not.toMatch(/^utf-(16|32)/);
    }
  });
});
