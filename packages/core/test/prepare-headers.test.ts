import { describe, expect, it } from 'vitest';
import { CaseInsensitiveDict } from '../src/case-insensitive-dict.js';
import { InvalidHeader } from '../src/errors/invalid-header.js';
import { checkHeader, prepareHeaders } from '../src/prepare/prepare-headers.js';
import { prepareMethod } from '../src/prepare/prepare-method.js';
import { PreparedRequest } from '../src/prepared-request.js';

describe('prepareHeaders', () => {
  it('copies objects, pairs, Headers and dicts, skipping null values', () => {
    expect(prepareHeaders({ Accept: '*/*', 'X-None': null, 'X-Undef': undefined }).toJSON()).toEqual({
      Accept: '*/*',
    });
    expect(
      prepareHeaders([
        ['A', '1'],
        ['a', '2'],
      ]).toJSON(),
    ).toEqual({ a: '2' });
    expect(prepareHeaders(new Headers({ 'X-Web': 'yes' })).get('x-web')).toBe('yes');
    const dict = new CaseInsensitiveDict<string | null>({ 'X-Dict': 'd', 'User-Agent': null });
    expect(prepareHeaders(dict).toJSON()).toEqual({ 'X-Dict': 'd' });
    expect(prepareHeaders(dict.view()).toJSON()).toEqual({ 'X-Dict': 'd' });
    expect(prepareHeaders(null).size).toBe(0);
  });

  it('makes a new dict each time', () => {
    const given = new CaseInsensitiveDict({ A: '1' });
    const prepared = prepareHeaders(given);
    prepared.set('B', '2');
    expect(given.has('B')).toBe(false);
  });

  it.each([
    ['X-Tab', 'a\tb'],
    ['X-Trailing', 'value  '],
    ['X-Empty', ''],
    ['X-Latin1', 'caf\u00e9'],
    ["!#$%&'*+-.^_`|~09azAZ", 'token chars'],
  ])('accepts %j: %j', (name, value) => {
    expect(prepareHeaders({ [name]: value }).get(name)).toBe(value);
  });

  // Requests' test_header_validation and test_header_no_return_chars/leading_whitespace.
  it.each([
    ['X-Foo', 'bar\r\nX-Injected: 1', 'in header value of "X-Foo"'],
    ['X-Foo', 'bar\nbaz', 'in header value of "X-Foo"'],
    ['X-Foo', 'bar\rbaz', 'in header value of "X-Foo"'],
    ['X-Foo', 'nul\0', 'in header value of "X-Foo"'],
    ['X-Foo', 'bell\x07', 'in header value of "X-Foo"'],
    ['X-Foo', 'del\x7f', 'in header value of "X-Foo"'],
    ['X-Foo', ' leading', 'in header value of "X-Foo"'],
    ['X-Foo', '\tleading', 'in header value of "X-Foo"'],
    ['X-Foo', 'snow☃', 'in header value of "X-Foo"'],
    ['X-Foo\r\n', 'v', 'Invalid header name "X-Foo\\r\\n"'],
    [' X-Foo', 'v', 'Invalid header name " X-Foo"'],
    ['X Foo', 'v', 'Invalid header name "X Foo"'],
    ['X-Foo:', 'v', 'Invalid header name "X-Foo:"'],
    ['', 'v', 'Invalid header name ""'],
    ['Ü', 'v', 'Invalid header name "Ü"'],
  ])('rejects %j: %j', (name, value, message) => {
    expect(() => prepareHeaders({ [name]: value })).toThrow(InvalidHeader);
    expect(() => prepareHeaders({ [name]: value })).toThrow(message);
  });

  it.each([
    [{ 'X-Num': 1 }, 'Header value (1) from "X-Num" must be a string, not number'],
    [{ 'X-Arr': ['a'] }, 'must be a string, not array'],
    [[[1, 'v']], 'Header name (1) from "1" must be a string, not number'],
  ])('rejects non-string parts %o', (headers, message) => {
    expect(() => prepareHeaders(headers as never)).toThrow(InvalidHeader);
    expect(() => prepareHeaders(headers as never)).toThrow(message);
  });

  it('bracket access works on prepared headers', () => {
    const p = new PreparedRequest().prepare({
      method: 'GET',
      url: 'http://example.com/',
      headers: { 'X-A': '1' },
    });
    expect(p.headers['x-a']).toBe('1');
    p.headers['X-B'] = '2';
    expect(p.headers.get('x-b')).toBe('2');
  });
});

describe('prepareMethod', () => {
  it.each([
    ['get', 'GET'],
    ['Post', 'POST'],
    ['PROPFIND', 'PROPFIND'],
    ['m-search', 'M-SEARCH'],
  ])('%s → %s', (method, expected) => {
    expect(prepareMethod(method)).toBe(expected);
  });

  it('leaves a missing method empty', () => {
    expect(prepareMethod(null)).toBe('');
    expect(prepareMethod(undefined)).toBe('');
  });

  it.each(['', 'GET /evil HTTP/1.1\r\n', 'G T', 'GET\n', 'PÖST', '(GET)'])(
    'rejects %j with InvalidHeader',
    (method) => {
      expect(() => prepareMethod(method)).toThrow(InvalidHeader);
      expect(() => prepareMethod(method)).toThrow('a method must be an RFC 9110 token');
    },
  );
});

describe('checkHeader', () => {
  it('accepts a token name with a value of visible characters, spaces and tabs inside', () => {
    expect(() => checkHeader('X-Custom_Header.1', 'a value\twith tab')).not.toThrow();
    expect(() => checkHeader("!#$%&'*+-.^_`|~", '')).not.toThrow();
  });

  it.each([
    ['a name with a space', 'X Bad', 'v', /Invalid header name "X Bad"/],
    ['a name with a colon', 'X:Bad', 'v', /RFC 9110 token/],
    ['an empty name', '', 'v', /Invalid header name ""/],
    ['a value with CR LF', 'X-Ok', 'a\r\nX-Injected: 1', /control character/],
    ['a value with NUL', 'X-Ok', 'a\0b', /control character/],
    ['a value with leading whitespace', 'X-Ok', ' padded', /leading whitespace/],
    ['a number as the value', 'X-Ok', 42, /Header value \(42\) from "X-Ok" must be a string, not number/],
    ['a number as the name', 7, 'v', /Header name \(7\) from "7" must be a string, not number/],
  ])('throws InvalidHeader for %s', (_case, name, value, message) => {
    expect(() => checkHeader(name, value)).toThrow(InvalidHeader);
    expect(() => checkHeader(name, value)).toThrow(message);
  });
});
