import { describe, expect, it } from 'vitest';
import { decode, lookupEncoding } from '../src/decode.js';
import { encode, referenceDecode } from './corpus/encode.js';
import * as corpus from './corpus/samples.js';

const ALL_BYTES = Uint8Array.from({ length: 256 }, (_, i) => i);
const codes = (text: string | undefined) => [...(text ?? '')].map((char) => char.codePointAt(0));

describe('decode: names Python reads differently from WHATWG', () => {
  it.each([
    'latin-1',
    'latin1',
    'Latin_1',
    'ISO-8859-1',
    'iso8859-1',
    'ISO_8859-1:1987',
    'l1',
    'cp819',
    'IBM819',
    'csISOLatin1',
    'iso-ir-100',
    ' iso-8859-1 ',
  ])('%s is true Latin-1 (0x80–0x9F stay C1 controls)', (name) => {
    expect(codes(decode(ALL_BYTES, name))).toEqual([...ALL_BYTES]);
  });

  it.each(['ascii', 'US-ASCII', 'us', '646', 'ANSI_X3.4-1968', 'cp367', 'csASCII'])(
    '%s is 7-bit: bytes from 0x80 become U+FFFD',
    (name) => {
      const expected = [...ALL_BYTES].map((byte) => (byte < 0x80 ? byte : 0xfffd));
      expect(codes(decode(ALL_BYTES, name))).toEqual(expected);
    },
  );

  it.each(['cp1252', 'windows-1252', 'WINDOWS-1252', 'x-cp1252', '1252'])(
    '%s has the real table for 0x80–0x9F (Node 20’s TextDecoder does not)',
    (name) => {
      expect(decode(Uint8Array.from([0x80, 0x93, 0x48, 0x69, 0x94, 0x85]), name)).toBe('€“Hi”…');
      expect(decode(ALL_BYTES, name)).toBe(referenceDecode(ALL_BYTES, 'cp1252'));
    },
  );

  it('reads ISO-8859-9, -11 and TIS-620 as themselves, not as Windows-1254/874', () => {
    expect(decode(ALL_BYTES, 'iso-8859-9')).toBe(referenceDecode(ALL_BYTES, 'iso-8859-9'));
    expect(decode(ALL_BYTES, 'latin5')).toBe(referenceDecode(ALL_BYTES, 'iso-8859-9'));
    expect(decode(ALL_BYTES, 'iso-8859-11')).toBe(referenceDecode(ALL_BYTES, 'iso-8859-11'));
    // Python's tis_620 keeps 0x80–0x9F as C1 controls and leaves 0xA0 undefined.
    const tis = codes(decode(ALL_BYTES, 'TIS-620'));
    expect(tis.slice(0x80, 0xa0)).toEqual([...ALL_BYTES.subarray(0x80, 0xa0)]);
    expect(tis[0xa0]).toBe(0xfffd);
    expect(decode(ALL_BYTES.subarray(0xa1), 'tis620')).toBe(
      referenceDecode(ALL_BYTES.subarray(0xa1), 'tis620'),
    );
  });

  it('reads ISO-8859-16, which TextDecoder lacks', () => {
    expect(() => new TextDecoder('iso-8859-16')).toThrow();
    expect(decode(ALL_BYTES, 'ISO-8859-16')).toBe(referenceDecode(ALL_BYTES, 'iso-8859-16'));
    expect(decode(encode(corpus.polish.text, 'iso-8859-16'), 'latin10')).toBe(corpus.polish.text);
  });
});

describe('decode: single-byte encodings, every byte', () => {
  // [name a server sends, iconv-lite's name, bytes where Python's codec differs from iconv-lite].
  // Every table here was also compared with Python 3's codecs, byte for byte: all identical.
  const TABLES: Array<[string, string, Record<number, number>]> = [
    ['cp1250', 'cp1250', {}],
    ['windows-1251', 'cp1251', {}],
    ['cp1253', 'cp1253', {}],
    ['windows-1254', 'cp1254', {}],
    // Python leaves 0xCA undefined; iconv-lite (like WHATWG) has U+05BA there.
    ['cp1255', 'cp1255', { 202: 0xfffd }],
    ['windows-1256', 'cp1256', {}],
    ['cp1257', 'cp1257', {}],
    ['windows-1258', 'cp1258', {}],
    ['cp874', 'windows-874', {}],
    ['KOI8-R', 'koi8-r', {}],
    ['koi8-u', 'koi8-u', {}],
    ['cp866', 'cp866', {}],
    ...[2, 3, 4, 5, 6, 7, 8, 10, 13, 14, 15].map((part): [string, string, Record<number, number>] => [
      `iso-8859-${part}`,
      `iso-8859-${part}`,
      {},
    ]),
    // Python's mac_roman, like WHATWG: Ω (not the Ohm sign), €, and the Apple logo.
    ['mac_roman', 'macintosh', { 189: 0x03a9, 219: 0x20ac, 240: 0xf8ff }],
    // Python's mac_cyrillic, like WHATWG's, is Mac Ukrainian: Ґ, ґ and € where iconv-lite has ¢, ∂, ¤.
    ['x-mac-cyrillic', 'maccyrillic', { 162: 0x0490, 182: 0x0491, 255: 0x20ac }],
  ];

  it.each(TABLES)('%s matches the reference table', (name, reference, differences) => {
    const expected = codes(referenceDecode(ALL_BYTES, reference));
    for (const [byte, code] of Object.entries(differences)) expected[Number(byte)] = code;
    expect(codes(decode(ALL_BYTES, name))).toEqual(expected);
  });

  it('turns the bytes Windows code pages leave undefined into U+FFFD, as Python does', () => {
    expect(decode(Uint8Array.from([0x81, 0x98]), 'windows-1251')).toBe('Ѓ\ufffd');
    expect(decode(Uint8Array.from([0x81, 0x8d, 0x9d]), 'cp1252')).toBe('\ufffd'.repeat(3));
  });
});

describe('decode: Unicode encodings', () => {
  const text = `${corpus.japanese.text} 😀 ${corpus.russian.text}`;

  it.each(['utf-8', 'UTF8', 'utf_8', 'u8', 'utf-8-sig', 'unicode-1-1-utf-8'])('%s decodes UTF-8', (name) => {
    expect(decode(encode(text, 'utf-8'), name)).toBe(text);
    expect(decode(encode(text, 'utf-8', true), name)).toBe(text);
    expect(decode(Uint8Array.from([0x41, 0xff, 0x42]), name)).toBe('A\ufffdB');
  });

  it('reads utf-16 byte order from the BOM, else little-endian', () => {
    expect(decode(encode(text, 'utf-16be', true), 'utf-16')).toBe(text);
    expect(decode(encode(text, 'utf-16le', true), 'UTF-16')).toBe(text);
    expect(decode(encode(text, 'utf-16le'), 'utf16')).toBe(text);
    expect(decode(encode(text, 'utf-16be'), 'UTF-16BE')).toBe(text);
    expect(decode(encode(text, 'utf-16le', true), 'utf_16_le')).toBe(text);
    expect(decode(encode(text, 'utf-16le'), 'ucs-2')).toBe(text);
  });

  it('decodes UTF-32, which TextDecoder lacks, with or without a BOM', () => {
    expect(decode(encode(text, 'utf-32be', true), 'utf-32')).toBe(text);
    expect(decode(encode(text, 'utf-32le', true), 'UTF-32')).toBe(text);
    expect(decode(encode(text, 'utf-32le'), 'utf32')).toBe(text);
    expect(decode(encode(text, 'utf-32le', true), 'utf-32le')).toBe(text);
    expect(decode(encode(text, 'utf-32be'), 'UTF-32BE')).toBe(text);
    const long = corpus.english.text.repeat(40);
    expect(decode(encode(long, 'utf-32le'), 'utf-32le')).toBe(long);
  });

  it('replaces invalid UTF-32 code points and a cut-off last unit', () => {
    const bytes = Uint8Array.from([0x41, 0, 0, 0, 0, 0, 0x11, 0, 0, 0xd8, 0, 0, 0x42, 0, 0, 0, 0x43, 0]);
    expect(decode(bytes, 'utf-32le')).toBe('A\ufffd\ufffdB\ufffd');
  });
});

describe('decode: CJK encodings under every name servers use', () => {
  const SAMPLES: Record<string, corpus.Sample> = {
    'euc-kr': corpus.korean,
    gbk: corpus.chineseSimplified,
    gb18030: corpus.chineseSimplified,
    big5: corpus.chineseTraditional,
  };

  it.each([
    ['shift_jis', ['Shift_JIS', 'shift-jis', 'sjis', 'x-sjis', 'cp932', 'MS932', 'windows-31j', 'ms_kanji']],
    ['euc-jp', ['EUC-JP', 'euc_jp', 'eucjp', 'ujis', 'x-euc-jp']],
    ['euc-kr', ['EUC-KR', 'ks_c_5601-1987', 'KS_C_5601-1989', 'cp949', 'uhc', 'windows-949', 'korean']],
    ['gbk', ['GBK', 'gb2312', 'GB_2312-80', 'cp936', 'x-gbk', 'euc-cn', 'chinese']],
    ['gb18030', ['GB18030']],
    ['big5', ['Big5', 'big5-hkscs', 'cp950', 'x-x-big5']],
  ])('%s', (encoding, names) => {
    const sample = SAMPLES[encoding] ?? corpus.japanese;
    const bytes = encode(sample.text, encoding);
    for (const name of names) {
      expect(lookupEncoding(name), name).toBe(encoding);
      expect(decode(bytes, name), name).toBe(sample.text);
    }
  });

  it('reads Windows extensions (cp932 ①, GB18030 four-byte sequences)', () => {
    expect(decode(encode('①㈱№', 'cp932'), 'x-sjis')).toBe('①㈱№');
    const rare = '𠀀 and €';
    expect(decode(encode(rare, 'gb18030'), 'gb18030')).toBe(rare);
  });
});

describe('lookupEncoding and unknown names', () => {
  it.each([
    ['Latin_1', 'iso-8859-1'],
    ['ISO-8859-15', 'iso-8859-15'],
    ['l9', 'iso-8859-15'],
    ['cp1251', 'windows-1251'],
    ['utf-8-sig', 'utf-8'],
    ['csisolatin2', 'iso-8859-2'],
    ['iso-8859-8-i', 'iso-8859-8'],
    ['ucs-2', 'utf-16le'],
    ['koi8-ru', 'koi8-u'],
    ['macintosh', 'macintosh'],
    ['ansi_x3.4_1968', 'ascii'],
  ])('%s → %s', (name, canonical) => {
    expect(lookupEncoding(name)).toBe(canonical);
  });

  it.each(['klingon', '', '   ', 'x'.repeat(100), 'utf-7', 'hz-gb-2312', 'iso-2022-kr', 'x-user-defined'])(
    '%j is unknown: decode returns undefined so the caller falls back',
    (name) => {
      expect(lookupEncoding(name)).toBeNull();
      expect(decode(Uint8Array.from([0x41]), name)).toBeUndefined();
    },
  );
});
