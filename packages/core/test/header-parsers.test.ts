import { describe, expect, it } from 'vitest';
import { CaseInsensitiveDict } from '../src/case-insensitive-dict.js';
import { getEncodingFromHeaders } from '../src/get-encoding-from-headers.js';
import { parseDictHeader } from '../src/parse-dict-header.js';
import { parseHeaderLinks } from '../src/parse-header-links.js';
import { parseListHeader, unquoteHeaderValue } from '../src/parse-list-header.js';

/** A key named `__proto__`, read without touching the prototype accessor. */
const PROTO = '__proto__';

// Expected values were produced by Python Requests 2.34 (requests.utils) on the same inputs.

describe('getEncodingFromHeaders', () => {
  const table: [string, string | null][] = [
    ['text/html', 'ISO-8859-1'],
    ['text/html; charset=UTF-8', 'UTF-8'],
    ['application/json', 'utf-8'],
    ['application/json; charset=latin-1', 'latin-1'],
    ['application/vnd.api+json', null],
    ['application/json-patch+json', 'utf-8'],
    ['Text/HTML', null],
    ['text/plain; charset="utf-8"', 'utf-8'],
    ["text/plain; charset='x'", 'x'],
    ['text/plain; CHARSET=koi8-r', 'koi8-r'],
    ['application/octet-stream', null],
    ['text/plain; charset=', ''],
    ['image/png', null],
    ['application/xml', null],
    ['application/context', 'ISO-8859-1'],
    ['text/plain;charset = " utf-8 " ', 'utf-8'],
    ['text/plain; foo; charset=a; charset=b', 'b'],
    ['text/plain; charset', 'ISO-8859-1'],
  ];
  it.each(table)('%j → %j', (contentType, expected) => {
    expect(getEncodingFromHeaders(new CaseInsensitiveDict({ 'Content-Type': contentType }))).toBe(expected);
  });

  it('is null without Content-Type, and accepts any header lookup (Headers, Map)', () => {
    expect(getEncodingFromHeaders(new CaseInsensitiveDict<string>())).toBeNull();
    expect(getEncodingFromHeaders(new Headers({ 'content-type': 'text/css' }))).toBe('ISO-8859-1');
    expect(getEncodingFromHeaders(new Map([['content-type', 'application/json']]))).toBe('utf-8');
  });

  it('accepts a plain object, its names in any casing (as Requests tests pass a dict)', () => {
    expect(getEncodingFromHeaders({ 'content-type': 'text/html; charset=utf-8' })).toBe('utf-8');
    expect(getEncodingFromHeaders({ 'Content-Type': 'text/plain' })).toBe('ISO-8859-1');
    expect(getEncodingFromHeaders({ 'CONTENT-TYPE': 'application/json' })).toBe('utf-8');
    expect(getEncodingFromHeaders({})).toBeNull();
    expect(getEncodingFromHeaders({ get: 'text/html', Accept: '*/*' })).toBeNull();
    expect(getEncodingFromHeaders(JSON.parse('{"__proto__": "text/html"}'))).toBeNull();
  });

  it('is linear on a hostile header', () => {
    const hostile = `text/plain${'; a=b'.repeat(200_000)}; charset=utf-8`;
    const started = performance.now();
    expect(getEncodingFromHeaders(new Headers({ 'content-type': hostile }))).toBe('utf-8');
    expect(performance.now() - started).toBeLessThan(5_000); // linear: ms; quadratic: minutes
  });
});

describe('parseHeaderLinks', () => {
  const table: [string, Record<string, string>[]][] = [
    [
      '<http://a/?p=2>; rel="next", <http://a/?p=5>; rel="last"',
      [
        { url: 'http://a/?p=2', rel: 'next' },
        { url: 'http://a/?p=5', rel: 'last' },
      ],
    ],
    ['', []],
    ['  ', []],
    ['<http://x>', [{ url: 'http://x' }]],
    ['<http://x>; rel=next; type="text/html"', [{ url: 'http://x', rel: 'next', type: 'text/html' }]],
    ['<http://x>;rel="a=b"', [{ url: 'http://x' }]],
    ['<http://x>; a=b=c; rel=next', [{ url: 'http://x' }]],
    ["<http://x>; rel='x' , <http://y>", [{ url: 'http://x', rel: 'x' }, { url: 'http://y' }]],
    ['<a>, <b>; rel="next",<c>', [{ url: 'a' }, { url: 'b', rel: 'next' }, { url: 'c' }]],
    ['http://x; rel=next', [{ url: 'http://x', rel: 'next' }]],
    ['<a,b>; rel=x', [{ url: 'a,b', rel: 'x' }]],
    ['<a>;; rel=y', [{ url: 'a' }]],
  ];
  it.each(table)('%j', (header, expected) => {
    expect(parseHeaderLinks(header)).toEqual(expected);
  });

  it('keeps __proto__ and constructor as plain keys without polluting prototypes', () => {
    const [link] = parseHeaderLinks('<http://x>; __proto__=evil; constructor=x');
    expect(Object.keys(link ?? {})).toEqual(['url', '__proto__', 'constructor']);
    expect(link?.[PROTO]).toBe('evil');
    expect(link?.constructor).toBe('x');
    expect(({} as Record<string, unknown>).evil).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('evil');
  });

  it('is linear on hostile input', () => {
    const started = performance.now();
    expect(parseHeaderLinks(`<a>${', '.repeat(100_000)}`)).toHaveLength(1);
    expect(parseHeaderLinks('<x>, <'.repeat(50_000))).toHaveLength(50_001);
    expect(parseHeaderLinks(`<x>${';'.repeat(200_000)}`)).toHaveLength(1);
    expect(performance.now() - started).toBeLessThan(5_000); // linear: ms; quadratic: minutes
  });
});

describe('parseDictHeader', () => {
  const table: [string, Record<string, string | null>][] = [
    ['a=1, b="two, three", flag', { a: '1', b: 'two, three', flag: null }],
    ['key_without_value', { key_without_value: null }],
    ['realm="me@x", qop="auth", nonce=abc', { realm: 'me@x', qop: 'auth', nonce: 'abc' }],
    ['a="q\\"x"', { a: 'q"x' }],
    ['a=""', { a: '' }],
    ['a="', { a: '' }],
    ['x=1,,y=2', { x: '1', '': null, y: '2' }],
    ['a=b=c', { a: 'b=c' }],
  ];
  it.each(table)('%j', (header, expected) => {
    expect({ ...parseDictHeader(header) }).toEqual(expected);
  });

  it('treats __proto__ and constructor as ordinary keys', () => {
    const parsed = parseDictHeader('__proto__=1, constructor');
    expect(Object.getPrototypeOf(parsed)).toBeNull();
    expect(Object.keys(parsed)).toEqual(['__proto__', 'constructor']);
    expect(parsed[PROTO]).toBe('1');
    expect(parsed.constructor).toBeNull();
    expect(Object.prototype).not.toHaveProperty('1');
  });

  it('is linear on hostile input', () => {
    const started = performance.now();
    expect(Object.keys(parseDictHeader('a=1,'.repeat(100_000)))).toHaveLength(1);
    expect(parseDictHeader(`a="${'\\"'.repeat(100_000)}`).a).toHaveLength(99_997);
    expect(performance.now() - started).toBeLessThan(5_000); // linear: ms; quadratic: minutes
  });
});

describe('parseListHeader', () => {
  const table: [string, string[]][] = [
    ['token, "quoted value"', ['token', 'quoted value']],
    ['a,,b', ['a', '', 'b']],
    [' a , b ,', ['a', 'b']],
    ['"a\\"b", c', ['a"b', 'c']],
    ['"x,y"', ['x,y']],
    ['', []],
    ['"', ['']],
    ['a "b, c" d, e', ['a "b, c" d', 'e']],
  ];
  it.each(table)('%j', (header, expected) => {
    expect(parseListHeader(header)).toEqual(expected);
  });

  it('unquoteHeaderValue strips one pair of quotes and undoes \\\\ and \\"', () => {
    expect(unquoteHeaderValue('"a\\\\b\\"c"')).toBe('a\\b"c');
    expect(unquoteHeaderValue('plain')).toBe('plain');
  });
});
