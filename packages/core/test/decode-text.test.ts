import { describe, expect, it } from 'vitest';
import type { CharsetDetector } from '../src/charset-detector.js';
import { createTextStreamDecoder, decodeText } from '../src/decode-text.js';
import { fallbackCharsetDetector } from '../src/fallback-charset-detector.js';

const bytes = (...values: number[]): Uint8Array => new Uint8Array(values);
const range = (from: number, to: number): Uint8Array =>
  Uint8Array.from({ length: to - from }, (_, i) => from + i);

describe('decodeText', () => {
  it('decodes Windows-1252 0x80–0x9F with a real table (undefined bytes → U+FFFD, as Python)', () => {
    // Python: str(bytes(range(0x80, 0xa0)), 'cp1252', errors='replace')
    const expected = '€\ufffd‚ƒ„…†‡ˆ‰Š‹Œ\ufffdŽ\ufffd\ufffd‘’“”•–—˜™š›œ\ufffdžŸ';
    for (const name of ['cp1252', 'windows-1252', 'Windows_1252', 'x-cp1252']) {
      expect(decodeText(range(0x80, 0xa0), name)).toBe(expected);
    }
    expect(decodeText(bytes(0x41, 0xe9, 0xff), 'cp1252')).toBe('Aéÿ');
  });

  it.each([
    'latin-1',
    'latin1',
    'ISO-8859-1',
    'iso8859-1',
    'iso_8859_1',
    'l1',
    'L1',
    'Latin1',
    'cp819',
    'iso-ir-100',
  ])('%s is true latin-1, not the WHATWG Windows-1252 alias', (name) => {
    expect(decodeText(bytes(0xe9, 0x80, 0x9f), name)).toBe('é\x80\x9f');
  });

  it.each(['ascii', 'US-ASCII', 'us_ascii', '646'])('%s maps bytes ≥ 0x80 to U+FFFD', (name) => {
    expect(decodeText(bytes(0x61, 0x62, 0x63, 0xe9), name)).toBe('abc\ufffd');
  });

  const samples: [string, string, number[]][] = [
    ['utf8', 'héllo', [0x68, 0xc3, 0xa9, 0x6c, 0x6c, 0x6f]],
    ['UTF_8', 'héllo', [0x68, 0xc3, 0xa9, 0x6c, 0x6c, 0x6f]],
    ['u8', 'é', [0xc3, 0xa9]],
    ['shift_jis', '日本語', [0x93, 0xfa, 0x96, 0x7b, 0x8c, 0xea]],
    ['x-sjis', '日本語', [0x93, 0xfa, 0x96, 0x7b, 0x8c, 0xea]],
    ['cp932', '日本語', [0x93, 0xfa, 0x96, 0x7b, 0x8c, 0xea]],
    ['euc_jp', '日本語', [0xc6, 0xfc, 0xcb, 0xdc, 0xb8, 0xec]],
    ['EUC-JP', '日本語', [0xc6, 0xfc, 0xcb, 0xdc, 0xb8, 0xec]],
    ['koi8_r', 'привет', [0xd0, 0xd2, 0xc9, 0xd7, 0xc5, 0xd4]],
    ['gbk', '中文', [0xd6, 0xd0, 0xce, 0xc4]],
    ['gb2312', '中文', [0xd6, 0xd0, 0xce, 0xc4]],
    ['gb18030', '中文', [0xd6, 0xd0, 0xce, 0xc4]],
    ['big5', '中文', [0xa4, 0xa4, 0xa4, 0xe5]],
    ['euc-kr', '한국어', [0xc7, 0xd1, 0xb1, 0xb9, 0xbe, 0xee]],
    ['iso-8859-2', 'Zażółć', [0x5a, 0x61, 0xbf, 0xf3, 0xb3, 0xe6]],
    ['latin2', 'Zażółć', [0x5a, 0x61, 0xbf, 0xf3, 0xb3, 0xe6]],
    ['windows-1251', 'привет', [0xef, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2]],
    ['cp1251', 'привет', [0xef, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2]],
    ['mac_roman', 'é', [0x8e]],
    ['utf-16', 'hi', [0xff, 0xfe, 0x68, 0, 0x69, 0]],
    ['utf-16', 'hi', [0xfe, 0xff, 0, 0x68, 0, 0x69]],
    ['utf_16_be', 'hi', [0, 0x68, 0, 0x69]],
    ['utf-16le', 'hi', [0x68, 0, 0x69, 0]],
    ['utf-32', 'h😀', [0xff, 0xfe, 0, 0, 0x68, 0, 0, 0, 0x00, 0xf6, 0x01, 0]],
    ['utf-32', 'h', [0, 0, 0xfe, 0xff, 0, 0, 0, 0x68]],
    ['utf-32-be', 'h', [0, 0, 0, 0x68]],
    ['UTF32LE', 'h', [0x68, 0, 0, 0]],
  ];
  it.each(samples)('%s decodes %j', (name, text, encoded) => {
    expect(decodeText(Uint8Array.from(encoded), name)).toBe(text);
  });

  it('replaces undecodable bytes and never throws', () => {
    expect(decodeText(bytes(0xc3, 0x28), 'utf-8')).toBe('\ufffd(');
    expect(decodeText(bytes(0x68, 0, 0, 0, 0x01), 'utf-32le')).toBe('h\ufffd');
    expect(decodeText(bytes(0xff, 0xff, 0x11, 0), 'utf-32le')).toBe('\ufffd');
  });

  it.each(['no-such-charset', '', '   ', 'utf-9', 'iso-2022-kr', '__proto__'])(
    'an unknown name (%j) decodes as UTF-8 with replacement',
    (name) => {
      expect(decodeText(bytes(0x68, 0xc3, 0xa9, 0xff), name)).toBe('hé\ufffd');
    },
  );

  it('asks a detector with decode() first, and falls back when it returns undefined', () => {
    const detector: CharsetDetector = {
      detect: () => null,
      decode: (_bytes, encoding) => (encoding === 'x-custom' ? 'custom!' : undefined),
    };
    expect(decodeText(bytes(0x41), 'x-custom', detector)).toBe('custom!');
    expect(decodeText(bytes(0xe9), 'latin-1', detector)).toBe('é');
  });
});

describe('createTextStreamDecoder', () => {
  const feed = (name: string, chunks: number[][], detector?: CharsetDetector): string => {
    const decoder = createTextStreamDecoder(name, detector);
    return chunks.map((chunk) => decoder.write(Uint8Array.from(chunk))).join('') + decoder.end();
  };

  it('keeps multi-byte characters split across chunks whole', () => {
    expect(feed('utf-8', [[0x68, 0xc3], [0xa9]])).toBe('hé');
    expect(feed('shift_jis', [[0x93], [0xfa, 0x96], [0x7b]])).toBe('日本');
    expect(feed('utf-16', [[0xfe], [0xff, 0], [0x68]])).toBe('h');
    expect(
      feed('utf-32', [
        [0xff, 0xfe, 0],
        [0, 0x68, 0],
        [0, 0],
      ]),
    ).toBe('h');
    expect(feed('cp1252', [[0x80], [0x41]])).toBe('€A');
  });

  it('flushes a truncated character as U+FFFD', () => {
    expect(feed('utf-8', [[0x68, 0xc3]])).toBe('h\ufffd');
    expect(feed('utf-32be', [[0, 0, 0, 0x68, 0]])).toBe('h\ufffd');
  });

  it('gathers bytes when only the detector knows the encoding', () => {
    const detector: CharsetDetector = { detect: () => null, decode: (b) => `[${b.byteLength}]` };
    expect(feed('x-custom', [[1], [2, 3]], detector)).toBe('[3]');
  });
});

describe('fallbackCharsetDetector', () => {
  it('says utf-8 for valid UTF-8 (and empty or ASCII input), else windows-1252', () => {
    expect(fallbackCharsetDetector.detect(bytes())).toBe('utf-8');
    expect(fallbackCharsetDetector.detect(bytes(0x61))).toBe('utf-8');
    expect(fallbackCharsetDetector.detect(bytes(0xc3, 0xa9))).toBe('utf-8');
    expect(fallbackCharsetDetector.detect(bytes(0x61, 0xe9, 0x62))).toBe('windows-1252');
  });
});
