// RFC 6265 storage and sending rules, table-driven: Set-Cookie from one URL, Cookie header for another.
import { describe, expect, it } from 'vitest';
import { RequestsCookieJar } from '../src/requests-cookie-jar.js';

function header(setCookie: string | string[], from: string, to: string): string | null {
  const jar = new RequestsCookieJar();
  jar.storeResponseCookies(Array.isArray(setCookie) ? setCookie : [setCookie], from);
  return jar.cookieHeaderFor(to);
}

describe('domain matching', () => {
  it.each([
    ['host-only to the same host', 'a=1', 'http://example.com/', 'http://example.com/x', 'a=1'],
    ['host-only not to a subdomain', 'a=1', 'http://example.com/', 'http://www.example.com/', null],
    ['host-only not to another site', 'a=1', 'http://example.com/', 'http://evil.com/', null],
    ['host-only ignores the port', 'a=1', 'http://example.com:8080/', 'http://example.com:9090/', 'a=1'],
    [
      'Domain to the domain itself',
      'a=1; Domain=example.com',
      'http://www.example.com/',
      'http://example.com/',
      'a=1',
    ],
    [
      'Domain to a sibling subdomain',
      'a=1; Domain=example.com',
      'http://www.example.com/',
      'http://api.example.com/',
      'a=1',
    ],
    [
      'Domain with a leading dot',
      'a=1; Domain=.Example.COM',
      'http://example.com/',
      'http://x.example.com/',
      'a=1',
    ],
    [
      'Domain not to a lookalike',
      'a=1; Domain=example.com',
      'http://example.com/',
      'http://notexample.com/',
      null,
    ],
    [
      'Domain not to another site',
      'a=1; Domain=example.com',
      'http://example.com/',
      'http://evil.com/',
      null,
    ],
    [
      'Domain of another site refused',
      'a=1; Domain=evil.com',
      'http://example.com/',
      'http://evil.com/',
      null,
    ],
    [
      'Domain of a subdomain refused',
      'a=1; Domain=www.example.com',
      'http://example.com/',
      'http://www.example.com/',
      null,
    ],
    ['public suffix com refused', 'a=1; Domain=com', 'http://example.com/', 'http://other.com/', null],
    [
      'public suffix co.uk refused',
      'a=1; Domain=co.uk',
      'http://www.example.co.uk/',
      'http://evil.co.uk/',
      null,
    ],
    [
      'private suffix github.io refused',
      'a=1; Domain=github.io',
      'http://me.github.io/',
      'http://you.github.io/',
      null,
    ],
    [
      'public suffix equal to the host is host-only',
      'a=1; Domain=intranet',
      'http://intranet/',
      'http://intranet/',
      'a=1',
    ],
    ['IPv4 host-only', 'a=1', 'http://127.0.0.1:8080/', 'http://127.0.0.1:9090/', 'a=1'],
    ['IPv4 not to another IP', 'a=1', 'http://127.0.0.1/', 'http://127.0.0.2/', null],
    ['IPv4 not to localhost', 'a=1', 'http://127.0.0.1/', 'http://localhost/', null],
    [
      'IPv4 with Domain equal to it',
      'a=1; Domain=127.0.0.1',
      'http://127.0.0.1/',
      'http://127.0.0.1/',
      'a=1',
    ],
    ['IPv4 Domain suffix refused', 'a=1; Domain=0.0.1', 'http://127.0.0.1/', 'http://10.0.0.1/', null],
    ['IPv6 host-only', 'a=1', 'http://[::1]:8080/', 'http://[::1]/', 'a=1'],
    ['localhost host-only', 'a=1', 'http://localhost:3000/', 'http://localhost:4000/', 'a=1'],
  ])('%s', (_label, setCookie, from, to, expected) => {
    expect(header(setCookie, from, to)).toBe(expected);
  });
});

describe('path matching', () => {
  it.each([
    ['Path to itself', 'a=1; Path=/app', 'http://h.com/', 'http://h.com/app', 'a=1'],
    ['Path to a child', 'a=1; Path=/app', 'http://h.com/', 'http://h.com/app/x', 'a=1'],
    ['Path not to a prefix lookalike', 'a=1; Path=/app', 'http://h.com/', 'http://h.com/application', null],
    ['Path not to the parent', 'a=1; Path=/app', 'http://h.com/', 'http://h.com/', null],
    ['default path is the directory', 'a=1', 'http://h.com/dir/page', 'http://h.com/dir/other', 'a=1'],
    ['default path not above it', 'a=1', 'http://h.com/dir/page', 'http://h.com/', null],
    ['relative Path means the default', 'a=1; Path=app', 'http://h.com/dir/page', 'http://h.com/', null],
  ])('%s', (_label, setCookie, from, to, expected) => {
    expect(header(setCookie, from, to)).toBe(expected);
  });

  it('sends longer paths first, then older cookies', () => {
    const jar = new RequestsCookieJar();
    jar.storeResponseCookies(
      ['root=1; Path=/', 'deep=1; Path=/a/b', 'mid=1; Path=/a', 'root2=1; Path=/'],
      'http://h.com/',
    );
    jar.set('any', '1', { path: '/a' });
    expect(jar.cookieHeaderFor('http://h.com/a/b/c')).toBe('deep=1; mid=1; any=1; root=1; root2=1');
  });
});

describe('Secure never travels over plain http', () => {
  it.each([
    ['https host', 'https://example.com/', 'https://example.com/', 's=1'],
    ['http host', 'https://example.com/', 'http://example.com/', null],
    ['wss host', 'https://example.com/', 'wss://example.com/', 's=1'],
    ['ws host', 'https://example.com/', 'ws://example.com/', null],
    ['https localhost', 'https://localhost/', 'https://localhost/', 's=1'],
    ['http localhost', 'https://localhost/', 'http://localhost/', null],
    ['http sub.localhost', 'https://a.localhost/', 'http://a.localhost/', null],
    ['https 127.0.0.1', 'https://127.0.0.1/', 'https://127.0.0.1/', 's=1'],
    ['http 127.0.0.1', 'https://127.0.0.1/', 'http://127.0.0.1/', null],
    ['http [::1]', 'https://[::1]/', 'http://[::1]/', null],
  ])('Set-Cookie over https, then %s', (_label, from, to, expected) => {
    expect(header('s=1; Secure', from, to)).toBe(expected);
  });

  it.each(['http://example.com/', 'http://localhost/', 'http://127.0.0.1/'])(
    'a Secure Set-Cookie received over %s is refused',
    (from) => {
      const jar = new RequestsCookieJar();
      jar.storeResponseCookies(['s=1; Secure'], from);
      expect(jar.size).toBe(0);
      expect(jar.cookieHeaderFor(from.replace('http:', 'https:'))).toBeNull();
    },
  );

  it('a Secure cookie set by hand goes to https only, localhost included', () => {
    const jar = new RequestsCookieJar();
    jar.set('d', '1', { domain: 'localhost', secure: true });
    jar.set('any', '1', { secure: true });
    expect(jar.cookieHeaderFor('http://localhost/')).toBeNull();
    expect(jar.cookieHeaderFor('http://127.0.0.1/')).toBeNull();
    expect(jar.cookieHeaderFor('https://localhost/')).toBe('d=1; any=1');
  });
});

describe('attributes and expiry', () => {
  it('HttpOnly cookies are stored, flagged and sent (reqs is an HTTP API)', () => {
    const jar = new RequestsCookieJar();
    jar.storeResponseCookies(['h=1; HttpOnly'], 'http://example.com/');
    expect([...jar][0]?.httpOnly).toBe(true);
    expect(jar.cookieHeaderFor('http://example.com/')).toBe('h=1');
  });

  it.each([
    ['an Expires in the past', ['a=1; Expires=Wed, 21 Oct 2015 07:28:00 GMT'], null],
    ['Max-Age=0', ['a=1; Max-Age=0'], null],
    ['a negative Max-Age', ['a=1; Max-Age=-5'], null],
    [
      'Max-Age winning over a past Expires',
      ['a=1; Expires=Wed, 21 Oct 2015 07:28:00 GMT; Max-Age=60'],
      'a=1',
    ],
    ['an unparsable Expires (a session cookie)', ['a=1; Expires=someday'], 'a=1'],
    ['an unparsable Max-Age (ignored)', ['a=1; Max-Age=soon'], 'a=1'],
    ['a huge Max-Age', ['a=1; Max-Age=99999999999999999999'], 'a=1'],
    ['Max-Age=0 deleting a stored cookie', ['a=1', 'b=2', 'a=1; Max-Age=0'], 'b=2'],
    ['a past Expires deleting a stored cookie', ['a=1', 'a=1; Expires=Thu, 01 Jan 1970 00:00:01 GMT'], null],
  ])('%s', (_label, setCookies, expected) => {
    expect(header(setCookies, 'http://example.com/', 'http://example.com/')).toBe(expected);
  });

  it('expires is reported in milliseconds, null for session cookies', () => {
    const jar = new RequestsCookieJar();
    jar.storeResponseCookies(['a=1; Expires=Fri, 01 Jan 2100 00:00:00 GMT', 'b=1'], 'http://example.com/');
    expect([...jar].map((c) => c.expires)).toEqual([Date.UTC(2100, 0, 1), null]);
  });

  it('__Host- and __Secure- prefixes are enforced on responses', () => {
    const jar = new RequestsCookieJar();
    jar.storeResponseCookies(
      ['__Host-a=1; Path=/', '__Host-b=1; Secure; Path=/', '__Secure-c=1', '__Secure-d=1; Secure'],
      'https://example.com/',
    );
    expect(jar.keys()).toEqual(['__Host-b', '__Secure-d']);
  });
});

describe('bad Set-Cookie values are ignored, never thrown', () => {
  it.each([
    ['no =', 'novalue'],
    ['empty name', '=value'],
    ['empty', ''],
    ['only attributes', '; Path=/'],
    ['a control character in the value', 'a=b\u0001c'],
    ['DEL in the name', 'a\u007f=1'],
    ['a control character in the path', 'a=1; Path=/x\u0001'],
    ['name and value over 4096 bytes', `a=${'x'.repeat(4096)}`],
    ['over 4096 bytes in UTF-8', `a=${'é'.repeat(2048)}`],
  ])('%s', (_label, setCookie) => {
    const jar = new RequestsCookieJar();
    expect(() => jar.storeResponseCookies([setCookie], 'http://example.com/')).not.toThrow();
    expect(jar.size).toBe(0);
  });

  it('accepts name and value of exactly 4096 bytes', () => {
    expect(header(`a=${'x'.repeat(4095)}`, 'http://h.com/', 'http://h.com/')).toHaveLength(4097);
  });

  it('cuts a value at CR, LF or NUL (RFC 6265bis) instead of injecting a header', () => {
    expect(header('a=1\r\nX-Evil: 1', 'http://h.com/', 'http://h.com/')).toBe('a=1');
  });

  it('ignores non-string values and bad URLs', () => {
    const jar = new RequestsCookieJar();
    jar.storeResponseCookies([42, null, {}] as unknown as string[], 'http://h.com/');
    jar.storeResponseCookies(['a=1'], 'not a url');
    expect(jar.size).toBe(0);
    jar.set('any', '1');
    expect(jar.cookieHeaderFor('not a url')).toBeNull();
  });
});

describe('cookies without a domain are sent to every host (as Requests)', () => {
  it.each([
    ['any host over http', 'http://anything.test/', 'a=1'],
    ['an IP over https, Secure included', 'https://10.1.2.3/x', 'a=1; s=1'],
    ['http localhost: no Secure cookie', 'http://localhost/', 'a=1'],
    ['a path under /p, longest path first', 'http://h.com/p/x', 'p=1; a=1'],
    ['http 127.0.0.1 under /p', 'http://127.0.0.1/p', 'p=1; a=1'],
  ])('%s', (_label, url, expected) => {
    const jar = new RequestsCookieJar();
    jar.set('a', '1');
    jar.set('s', '1', { secure: true });
    jar.set('p', '1', { path: '/p' });
    expect(jar.cookieHeaderFor(url)).toBe(expected);
  });

  it('merges them with domain cookies', () => {
    const jar = new RequestsCookieJar();
    jar.set('any', '1');
    jar.storeResponseCookies(['own=1'], 'http://example.com/');
    expect(jar.cookieHeaderFor('http://example.com/')).toBe('any=1; own=1');
    expect(jar.cookieHeaderFor('http://evil.com/')).toBe('any=1');
  });
});

describe('prototype pollution and hostile input', () => {
  it('stores __proto__, constructor and prototype as ordinary names and domains', () => {
    const jar = new RequestsCookieJar();
    jar.storeResponseCookies(
      ['__proto__=x', 'constructor=y', 'prototype=z; Path=/__proto__', 'toString=w', 'hasOwnProperty=v'],
      'http://example.com/',
    );
    jar.set('__proto__', 'any');
    jar.set('constructor', 'c', { domain: 'constructor.example.com', path: '/__proto__' });
    expect(jar.get('__proto__', undefined, { domain: 'example.com' })).toBe('x');
    expect(jar.get('__proto__', undefined, { domain: '' })).toBe('any');
    expect(Object.entries(jar.getDict({ domain: 'example.com', path: '/' }))).toEqual([
      ['__proto__', 'x'],
      ['constructor', 'y'],
      ['toString', 'w'],
      ['hasOwnProperty', 'v'],
    ]);
    expect(jar.cookieHeaderFor('http://example.com/__proto__/')).toBe(
      'prototype=z; __proto__=x; constructor=y; toString=w; hasOwnProperty=v; __proto__=any',
    );
    expect(({} as Record<string, unknown>).x).toBeUndefined();
    expect(Object.hasOwn(Object.prototype, 'x')).toBe(false);
    expect(typeof ({} as { constructor: unknown }).constructor).toBe('function');
  });

  // Quadratic parsing takes minutes on a megabyte, linear milliseconds: the bound only tells
  // those apart, generous for a loaded machine. What is stored is checked too.
  it.each([
    ['a megabyte of semicolons', `a=1${';'.repeat(1_000_000)}`, { a: '1' }],
    ['a megabyte of attributes', `a=1${'; x=y'.repeat(200_000)}`, { a: '1' }],
    ['a megabyte-long Expires', `a=1; Expires=${'1'.repeat(1_000_000)}`, { a: '1' }],
    ['a megabyte-long value (over 4096 bytes: ignored)', `a=${'v'.repeat(1_000_000)}`, {}],
    ['a megabyte of spaces and equals (over 4096 bytes: ignored)', `a=${' ='.repeat(500_000)}`, {}],
  ])('handles %s quickly', (_label, setCookie, stored) => {
    const jar = new RequestsCookieJar();
    const started = performance.now();
    jar.storeResponseCookies([setCookie], 'http://example.com/');
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(jar.getDict()).toEqual(stored);
  });
});
