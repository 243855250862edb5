import { describe, expect, it } from 'vitest';
import { InvalidURL } from '../src/errors/invalid-url.js';
import { requoteUri, unquoteUnreserved } from '../src/requote-uri.js';

describe('requoteUri', () => {
  // Requests' test_requote_uri_with_unquoted_percents and test_requote_uri_properly_requotes.
  it.each([
    ['http://example.com/fiz?buz=%25ppicture', 'http://example.com/fiz?buz=%25ppicture'],
    ['http://example.com/fiz?buz=%ppicture', 'http://example.com/fiz?buz=%25ppicture'],
    ['http://example.com/?a=%zz&b=%20', 'http://example.com/?a=%25zz&b=%2520'],
    ['http://example.com/a b', 'http://example.com/a%20b'],
    ['http://example.com/a%20b', 'http://example.com/a%20b'],
    ['http://example.com/%7E%41%2D', 'http://example.com/~A-'],
    ['http://example.com/%2F%3F', 'http://example.com/%2F%3F'],
    ["http://example.com/!#$&'()*+,/:;=?@[]~", "http://example.com/!#$&'()*+,/:;=?@[]~"],
    ['http://example.com/"<>\\^`{|}', 'http://example.com/%22%3C%3E%5C%5E%60%7B%7C%7D'],
    ['http://example.com/ü€😀', 'http://example.com/%C3%BC%E2%82%AC%F0%9F%98%80'],
    ['http://example.com/\uD800x', 'http://example.com/%EF%BF%BDx'],
    ['http://example.com/%', 'http://example.com/%'],
  ])('%s → %s', (uri, expected) => {
    expect(requoteUri(uri)).toBe(expected);
  });

  it('returns the very string when nothing changes', () => {
    const uri = 'http://example.com/plain/path?q=1';
    expect(requoteUri(uri)).toBe(uri);
  });
});

describe('unquoteUnreserved', () => {
  // Requests' test_unquote_unreserved.
  it.each([
    ['http://example.com/?a=%---', 'http://example.com/?a=%---'],
    ['http://example.com/?a=%300', 'http://example.com/?a=00'],
    ['%41%42%2f%2F%7e%', 'AB%2f%2F~%'],
  ])('%s → %s', (uri, expected) => {
    expect(unquoteUnreserved(uri)).toBe(expected);
  });

  it.each(['%zz', '%g0', '%éa'])('raises InvalidURL for the escape in %j', (uri) => {
    expect(() => unquoteUnreserved(uri)).toThrow(InvalidURL);
    expect(() => unquoteUnreserved(uri)).toThrow(`Invalid percent-escape sequence: '${uri.slice(1, 3)}'`);
  });
});
