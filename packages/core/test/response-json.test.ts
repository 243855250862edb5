import { describe, expect, it } from 'vitest';
import { InvalidJSONError } from '../src/errors/invalid-json-error.js';
import { JSONDecodeError } from '../src/errors/json-decode-error.js';
import { RequestException } from '../src/errors/request-exception.js';
import { guessJsonUtf } from '../src/guess-json-utf.js';
import { Response } from '../src/response.js';

function withBody(bytes: Uint8Array, contentType?: string): Response {
  const r = new Response();
  if (contentType !== undefined) r.headers.set('content-type', contentType);
  r.content = bytes;
  return r;
}

const encodeAs = (text: string, encoding: 'utf8' | 'utf16le'): Uint8Array => Buffer.from(text, encoding);
const utf16be = (text: string): Uint8Array => Buffer.from(text, 'utf16le').swap16();
function utf32(text: string, littleEndian: boolean): Uint8Array {
  const points = [...text].map((c) => c.codePointAt(0) as number);
  const view = new DataView(new ArrayBuffer(points.length * 4));
  points.forEach((p, i) => {
    view.setUint32(i * 4, p, littleEndian);
  });
  return new Uint8Array(view.buffer);
}
const withPrefix = (prefix: number[], bytes: Uint8Array): Uint8Array =>
  Uint8Array.from([...prefix, ...bytes]);

describe('guessJsonUtf', () => {
  const table: [number[], string | null][] = [
    [[0xff, 0xfe, 0, 0], 'utf-32'],
    [[0, 0, 0xfe, 0xff], 'utf-32'],
    [[0xef, 0xbb, 0xbf, 0x7b], 'utf-8-sig'],
    [[0xff, 0xfe, 0x7b, 0], 'utf-16'],
    [[0xfe, 0xff, 0, 0x7b], 'utf-16'],
    [[0x7b, 0x22, 0x61, 0x22], 'utf-8'],
    [[0, 0x7b, 0, 0x22], 'utf-16-be'],
    [[0x7b, 0, 0x22, 0], 'utf-16-le'],
    [[0, 0, 0, 0x7b], 'utf-32-be'],
    [[0x7b, 0, 0, 0], 'utf-32-le'],
    [[0x7b, 0, 0, 0x22], null],
    [[0, 0x7b, 0x22, 0x22], null],
  ];
  it.each(table)('%j → %j', (bytes, expected) => {
    expect(guessJsonUtf(Uint8Array.from(bytes))).toBe(expected);
  });
});

describe('Response.json()', () => {
  const doc = '{"name": "Zoë ✓", "n": [1, 2.5, null, true]}';
  const value = { name: 'Zoë ✓', n: [1, 2.5, null, true] };

  const encodings: [string, Uint8Array][] = [
    ['utf-8', encodeAs(doc, 'utf8')],
    ['utf-8 with BOM', withPrefix([0xef, 0xbb, 0xbf], encodeAs(doc, 'utf8'))],
    ['utf-16-le', encodeAs(doc, 'utf16le')],
    ['utf-16-be', utf16be(doc)],
    ['utf-16 LE BOM', withPrefix([0xff, 0xfe], encodeAs(doc, 'utf16le'))],
    ['utf-16 BE BOM', withPrefix([0xfe, 0xff], utf16be(doc))],
    ['utf-32-le', utf32(doc, true)],
    ['utf-32-be', utf32(doc, false)],
    ['utf-32 LE BOM', withPrefix([0xff, 0xfe, 0, 0], utf32(doc, true))],
    ['utf-32 BE BOM', withPrefix([0, 0, 0xfe, 0xff], utf32(doc, false))],
  ];
  it.each(encodings)('detects %s without a charset', (_name, bytes) => {
    expect(withBody(bytes).json()).toEqual(value);
    expect(withBody(bytes, 'application/octet-stream').json()).toEqual(value);
  });

  it.each(encodings)('detects %s behind application/json (whose default is utf-8)', (_name, bytes) => {
    expect(withBody(bytes, 'application/json').json()).toEqual(value);
  });

  it('falls back on text for bytes that are not UTF-8 and no charset (Requests’ UnicodeDecodeError path)', () => {
    const valid = Buffer.from('{"city": "Zürich", "note": "café crème"}', 'latin1');
    const r = withBody(valid, 'application/octet-stream');
    expect(r.json()).toEqual(JSON.parse(r.text));
    expect(r.json()).toEqual({ city: 'Zürich', note: 'café crème' });
    const broken = withBody(Buffer.from('{"city": "Zürich", "broken": ', 'latin1'));
    let error: unknown;
    try {
      broken.json();
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(JSONDecodeError);
    expect((error as JSONDecodeError).doc).toBe(broken.text);
    expect((error as JSONDecodeError).doc).toContain('Zürich');
  });

  it('uses a declared non-UTF-8 charset', () => {
    const bytes = Buffer.from('{"a": "café"}', 'latin1');
    expect(withBody(bytes, 'application/json; charset=iso-8859-1').json()).toEqual({ a: 'café' });
  });

  it('parses short documents and returns the generic type', () => {
    expect(withBody(encodeAs('1', 'utf8')).json<number>()).toBe(1);
    expect(withBody(encodeAs('[]', 'utf8')).json<unknown[]>()).toEqual([]);
    expect(withBody(encodeAs('"x"', 'utf8')).json<string>()).toBe('x');
  });

  it('keeps __proto__ a plain key', () => {
    const parsed = withBody(encodeAs('{"__proto__": {"polluted": 1}}', 'utf8')).json<
      Record<string, unknown>
    >();
    expect(Object.keys(parsed)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  // Messages and positions as Python's json module (3.11) reports them.
  const failures: [string, string, number][] = [
    ['', 'Expecting value: line 1 column 1 (char 0)', 0],
    ['   ', 'Expecting value: line 1 column 4 (char 3)', 3],
    ['x', 'Expecting value: line 1 column 1 (char 0)', 0],
    ['{', 'Expecting property name enclosed in double quotes: line 1 column 2 (char 1)', 1],
    ['{"a" 1}', "Expecting ':' delimiter: line 1 column 6 (char 5)", 5],
    ['{"a":}', 'Expecting value: line 1 column 6 (char 5)', 5],
    ['{a:1}', 'Expecting property name enclosed in double quotes: line 1 column 2 (char 1)', 1],
    ['[1 2]', "Expecting ',' delimiter: line 1 column 4 (char 3)", 3],
    ['[1] x', 'Extra data: line 1 column 5 (char 4)', 4],
    ['"abc', 'Unterminated string starting at: line 1 column 1 (char 0)', 0],
    ['"a\\qb"', 'Invalid \\escape: line 1 column 3 (char 2)', 2],
    ['"\\u12g4"', 'Invalid \\uXXXX escape: line 1 column 3 (char 2)', 2],
    ['"a\nb"', 'Invalid control character at: line 1 column 3 (char 2)', 2],
    ['{"a":1,}', 'Expecting property name enclosed in double quotes: line 1 column 8 (char 7)', 7],
    ['[1,]', 'Expecting value: line 1 column 4 (char 3)', 3],
    ['\n\n  nul', 'Expecting value: line 3 column 3 (char 4)', 4],
    ['-', 'Expecting value: line 1 column 1 (char 0)', 0],
    ['01', 'Extra data: line 1 column 2 (char 1)', 1],
    ['{"a":[1,{"b":]}]}', 'Expecting value: line 1 column 14 (char 13)', 13],
    ['[1,\n 2,\n x]', 'Expecting value: line 3 column 2 (char 9)', 9],
    ['{"a":1 "b":2}', "Expecting ',' delimiter: line 1 column 8 (char 7)", 7],
    ['[', 'Expecting value: line 1 column 2 (char 1)', 1],
    ['"\\', 'Unterminated string starting at: line 1 column 1 (char 0)', 0],
    ['<html>oops</html>', 'Expecting value: line 1 column 1 (char 0)', 0],
  ];
  it.each(failures)('%j → JSONDecodeError %j', (text, message, pos) => {
    const r = withBody(encodeAs(text, 'utf8'), 'application/json');
    let caught: unknown;
    try {
      r.json();
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(JSONDecodeError);
    expect(caught).toBeInstanceOf(InvalidJSONError);
    expect(caught).toBeInstanceOf(RequestException);
    const error = caught as JSONDecodeError;
    expect(error.message).toBe(message);
    expect(error.pos).toBe(pos);
    expect(error.doc).toBe(text);
    expect(error.response).toBe(r);
  });

  it('locates errors in deeply nested documents without overflowing the stack', () => {
    const deep = `${'['.repeat(200_000)}x`;
    expect(() => withBody(encodeAs(deep, 'utf8')).json()).toThrow(
      'Expecting value: line 1 column 200001 (char 200000)',
    );
    const objects = `${'{"a":'.repeat(100_000)}}`;
    expect(() => withBody(encodeAs(objects, 'utf8')).json()).toThrow('Expecting value');
  });

  it('a body-less response fails like an empty document', () => {
    expect(() => new Response().json()).toThrow('Expecting value: line 1 column 1 (char 0)');
  });
});
