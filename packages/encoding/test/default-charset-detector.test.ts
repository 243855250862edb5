import {
  type CharsetDetector,
  getEncodingFromHeaders as coreGetEncodingFromHeaders,
  Response,
} from '@reqs/core';
import { describe, expect, it } from 'vitest';
import * as encoding from '../src/index.js';
import { charsetDetector, DefaultCharsetDetector } from '../src/index.js';
import { encode } from './corpus/encode.js';
import * as corpus from './corpus/samples.js';

describe('DefaultCharsetDetector', () => {
  it('is a CharsetDetector with detect and decode', () => {
    const detector: CharsetDetector = new DefaultCharsetDetector();
    const bytes = encode(corpus.japanese.text, 'shift_jis');
    expect(detector.detect(bytes)).toBe('shift_jis');
    expect(detector.decode?.(bytes, 'x-sjis')).toBe(corpus.japanese.text);
    expect(detector.decode?.(bytes, 'no-such-charset')).toBeUndefined();
    expect(charsetDetector).toBeInstanceOf(DefaultCharsetDetector);
  });

  it('gives Response.apparentEncoding and text for a body without a declared charset', () => {
    const response = new Response();
    response.charsetDetector = charsetDetector;
    response.content = encode(corpus.russian.text, 'koi8-r');
    expect(response.apparentEncoding).toBe('koi8-r');
    expect(response.text).toBe(corpus.russian.text);
  });

  it('decodes the names servers send through Response.encoding, latin-1 as true Latin-1', () => {
    const response = new Response();
    response.charsetDetector = charsetDetector;
    response.content = Uint8Array.from([0x93, 0x4f, 0x4b, 0x94]);
    response.encoding = 'latin-1';
    expect(response.text).toBe('\x93OK\x94');
    response.encoding = 'cp1252';
    expect(response.text).toBe('“OK”');
    response.content = encode(corpus.polish.text, 'iso-8859-16');
    response.encoding = 'ISO-8859-16';
    expect(response.text).toBe(corpus.polish.text);
    response.content = encode(corpus.korean.text, 'utf-32be', true);
    response.encoding = 'utf-32';
    expect(response.text).toBe(corpus.korean.text);
  });
});

describe('the public surface', () => {
  it('exports these names', () => {
    expect(Object.keys(encoding).sort()).toEqual([
      'DefaultCharsetDetector',
      'charsetDetector',
      'decode',
      'detectEncoding',
      'getEncodingFromHeaders',
      'getEncodingsFromContent',
      'lookupEncoding',
    ]);
  });

  it("re-exports core's getEncodingFromHeaders (Requests' rules)", () => {
    expect(encoding.getEncodingFromHeaders).toBe(coreGetEncodingFromHeaders);
    const headers = (type: string) => new Headers({ 'content-type': type });
    expect(encoding.getEncodingFromHeaders(headers('text/html'))).toBe('ISO-8859-1');
    expect(encoding.getEncodingFromHeaders(headers('application/json'))).toBe('utf-8');
    expect(encoding.getEncodingFromHeaders(headers('text/html; charset="Shift_JIS"'))).toBe('Shift_JIS');
    expect(encoding.getEncodingFromHeaders(headers('image/png'))).toBeNull();
  });
});
