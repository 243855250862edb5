import { describe, expect, it } from 'vitest';
import { decodeText } from '../src/decode-text.js';
import { getEncodingFromHeaders } from '../src/get-encoding-from-headers.js';
import { guessJsonUtf } from '../src/guess-json-utf.js';

// These lookups keep their answers for values seen before: asking again must answer the same.
describe('lookups asked again', () => {
  it('getEncodingFromHeaders gives the same answer for a value seen before, long values included', () => {
    const headers = (value: string) => new Headers({ 'content-type': value });
    for (let i = 0; i < 2; i++) {
      expect(getEncodingFromHeaders(headers('application/json'))).toBe('utf-8');
      expect(getEncodingFromHeaders(headers('text/html'))).toBe('ISO-8859-1');
      expect(getEncodingFromHeaders(headers('text/html; charset="UTF-16"'))).toBe('UTF-16');
      expect(getEncodingFromHeaders(headers('image/png'))).toBeNull();
      const long = `text/plain; ${'x=y; '.repeat(200)}charset=latin-1`;
      expect(getEncodingFromHeaders(headers(long))).toBe('latin-1');
    }
    for (let i = 0; i < 600; i++) {
      expect(getEncodingFromHeaders(headers(`text/x-${i % 300}; charset=c${i % 300}`))).toBe(`c${i % 300}`);
    }
  });

  it('decodeText resolves a charset name the same way each time, in any spelling', () => {
    const bytes = new Uint8Array([0x63, 0x61, 0x66, 0xe9]);
    for (let i = 0; i < 2; i++) {
      expect(decodeText(bytes, 'latin-1')).toBe('café');
      expect(decodeText(bytes, ' LATIN_1 ')).toBe('café');
      expect(decodeText(bytes, 'utf-8')).toBe('caf\ufffd');
      expect(decodeText(bytes, 'no-such-charset')).toBe('caf\ufffd');
    }
  });

  it('guessJsonUtf counts only the bytes there are', () => {
    expect(guessJsonUtf(Uint8Array.from([0x7b, 0x7d]))).toBe('utf-8');
    expect(guessJsonUtf(Uint8Array.from([0x7b, 0]))).toBeNull();
    expect(guessJsonUtf(Uint8Array.from([0, 0x7b, 0]))).toBe('utf-16-be');
  });
});
