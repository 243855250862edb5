// The URL matchers as a table: route URL, request URL, and the params (or null for no match).
import { describe, expect, it } from 'vitest';
import { compileUrl, parseRequestUrl } from '../src/url-matcher.js';

const cases: [route: string | RegExp, request: string, params: Record<string, string> | null][] = [
  ['https://api.test/a', 'https://api.test/a', {}],
  ['https://api.test/a', 'https://api.test/a?x=1#frag', {}],
  ['https://API.test:443/a', 'https://api.test/a', {}],
  ['https://api.test/a', 'http://api.test/a', null],
  ['https://api.test/a', 'https://api.test:444/a', null],
  ['https://api.test/a', 'https://api.test/a/', null],
  ['https://api.test/a', 'https://api.test/A', null],
  ['https://api.test/a?x=1&y=2', 'https://api.test/a?y=2&x=1', {}],
  ['https://api.test/a?x=1&x=2', 'https://api.test/a?x=2&x=1', {}],
  ['https://api.test/a?x=1', 'https://api.test/a?x=1&y=2', null],
  ['https://api.test/a?q=a%20b', 'https://api.test/a?q=a+b', {}],
  ['https://api.test/a?', 'https://api.test/a', {}],
  ['https://api.test/a?', 'https://api.test/a?x=1', null],
  ['https://api.test/caf%C3%A9', 'https://api.test/caf%C3%A9', {}],
  ['https://api.test/café', 'https://api.test/caf%C3%A9', {}],
  ['/a', 'http://any.test:8080/a?z=1', {}],
  ['/a?z=1', 'http://any.test/a?z=2', null],
  ['https://api.test/users/:id', 'https://api.test/users/42', { id: '42' }],
  ['https://api.test/users/:id', 'https://api.test/users/42?x=1', { id: '42' }],
  ['https://api.test/users/:id', 'https://api.test/users/42/posts', null],
  ['https://api.test/users/:id/*', 'https://api.test/users/42/posts/7', { id: '42' }],
  ['https://*.test/a', 'https://api.test/a', {}],
  ['https://*.test/a', 'https://evil.com/x.test/a', null],
  ['http://localhost:8080/:name', 'http://localhost:8080/x', { name: 'x' }],
  ['/files/*', 'https://cdn.test/files/a/b.txt', {}],
  ['/files/*', 'https://cdn.test/other/files/a', null],
  ['/search?q=*', 'https://api.test/search?q=cats', {}],
  [/\/items\/(?<id>\d+)$/, 'https://shop.test/items/7', { id: '7' }],
  [/\/items\/\d+$/g, 'https://shop.test/items/7', {}],
  [/^https:\/\/shop\.test\//, 'http://shop.test/x', null],
];

describe('compileUrl', () => {
  it.each(cases)('%s ← %s', (route, request, params) => {
    const matcher = compileUrl(route);
    // Twice: a RegExp with the g flag must not remember where it stopped.
    expect(matcher.match(parseRequestUrl(request))).toEqual(params);
    expect(matcher.match(parseRequestUrl(request))).toEqual(params);
  });

  it.each(['not a url', 'api.test/a', ''])('refuses %j', (route) => {
    expect(() => compileUrl(route)).toThrow(TypeError);
  });
});
