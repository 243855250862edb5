import { describe, expect, it } from 'vitest';
import { decode, lookupEncoding } from '../src/decode.js';
import { detectEncoding } from '../src/detect-encoding.js';
import { detectLegacyCharset } from '../src/legacy-charset.js';
import { SINGLE_BYTE_CANDIDATES } from '../src/single-byte-candidates.js';
import { encode } from './corpus/encode.js';

const ascii = (text: string) => encode(text, 'ascii');

describe('detectLegacyCharset', () => {
  it('answers only names decode knows under that very name', () => {
    for (const { name } of SINGLE_BYTE_CANDIDATES) expect(lookupEncoding(name), name).toBe(name);
    for (const name of ['gb18030', 'big5', 'shift_jis', 'euc-jp', 'euc-kr', 'iso-2022-jp', 'ascii']) {
      expect(lookupEncoding(name), name).toBe(name);
    }
  });

  it('calls a body with NUL or over 1% control bytes binary, and a few controls in text not', () => {
    const text = encode('Grüße aus Köln, schöne Tage! '.repeat(20), 'latin1');
    expect(detectLegacyCharset(Uint8Array.from([...text, 0]))).toBeNull();
    expect(
      detectLegacyCharset(Uint8Array.from([...text.subarray(0, 100), 1, 2, 3, ...text.subarray(100)])),
    ).toBe('windows-1252');
    expect(detectLegacyCharset(Uint8Array.from([...text.subarray(0, 50), 1, 2, 3, 4, 5, 6, 7]))).toBeNull();
  });

  it('reads ISO-2022-JP from its escapes, and other 7-bit text with ESC (terminal colours) as ascii', () => {
    expect(
      detectLegacyCharset(Uint8Array.from([...ascii('a '), 0x1b, 0x24, 0x42, 0x46, 0x7c, 0x1b, 0x28, 0x42])),
    ).toBe('iso-2022-jp');
    expect(detectLegacyCharset(ascii('\x1b[31mred\x1b[0m plain'))).toBe('ascii');
  });

  it('does not take accented Latin text that happens to pair up for Chinese or Japanese', () => {
    for (const [text, encoding] of [
      ['Spacer nad Wisłą. Było ciepło.', 'iso-8859-2'],
      ['Łódź', 'iso-8859-2'],
      ['très bien, déjà vu', 'latin1'],
    ]) {
      const bytes = encode(text as string, encoding as string);
      expect(decode(bytes, detectEncoding(bytes) as string), text).toBe(text);
    }
  });

  it('prefers a clear single-byte reading to a weak East Asian one on short texts', () => {
    for (const [text, encoding] of [
      ['ок, да выпей', 'koi8-r'],
      ['ราคา 500 บาท', 'windows-874'],
    ]) {
      const bytes = encode(text as string, encoding as string);
      expect(decode(bytes, detectEncoding(bytes) as string), text).toBe(text);
    }
  });

  it('keeps short East Asian texts East Asian', () => {
    for (const [text, encoding] of [
      ['你好，世界', 'gbk'],
      ['中文', 'big5'],
      ['テスト', 'shift_jis'],
      ['東京', 'euc-jp'],
      ['안녕하세요', 'euc-kr'],
    ]) {
      const bytes = encode(text as string, encoding as string);
      expect(decode(bytes, detectEncoding(bytes) as string), text).toBe(text);
    }
  });
});

describe('detectEncoding and a cut UTF-8 sequence', () => {
  it('does not call ASCII ending in one lead byte UTF-8: that byte is a legacy letter', () => {
    const text = 'Çarşıda gezdik, Kapalı';
    const bytes = encode(text, 'windows-1254');
    expect(detectEncoding(bytes)).not.toBe('utf-8');
    expect(decode(bytes, detectEncoding(bytes) as string)).toBe(text);
  });
});
