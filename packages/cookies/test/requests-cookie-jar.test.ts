import { CookieConflictError, type CookieJar } from '@reqs/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Cookie } from '../src/cookie.js';
import { createCookie } from '../src/create-cookie.js';
import { RequestsCookieJar } from '../src/requests-cookie-jar.js';

/** A jar with two `sid` cookies on different domains and one cookie sent everywhere. */
function twoDomainJar(): RequestsCookieJar {
  const jar = new RequestsCookieJar();
  jar.set('sid', 'a', { domain: 'example.com', path: '/' });
  jar.set('sid', 'b', { domain: 'example.org', path: '/app' });
  jar.set('lang', 'en');
  return jar;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('RequestsCookieJar implements the core CookieJar interface', () => {
  it('is assignable to CookieJar and iterable as CookieLike', () => {
    const jar: CookieJar = new RequestsCookieJar();
    jar.set('a', '1');
    expect([...jar].map((c) => [c.name, c.value, c.domain, c.path, c.secure, c.expires])).toEqual([
      ['a', '1', '', '/', false, null],
    ]);
    expect(jar.copy()).toBeInstanceOf(RequestsCookieJar);
  });
});

describe('get / set / has / delete', () => {
  it('sets and gets by name, with defaults as Requests', () => {
    const jar = new RequestsCookieJar();
    jar.set('a', '1');
    expect(jar.get('a')).toBe('1');
    expect(jar.get('missing')).toBeUndefined();
    expect(jar.get('missing', 'fallback')).toBe('fallback');
    const [cookie] = jar;
    expect(cookie).toBeInstanceOf(Cookie);
    expect(cookie).toMatchObject({ domain: '', path: '/', secure: false, expires: null, httpOnly: false });
  });

  it('replaces a cookie with the same domain, path and name', () => {
    const jar = new RequestsCookieJar();
    jar.set('a', '1', { domain: 'example.com' });
    jar.set('a', '2', { domain: 'example.com' });
    expect(jar.size).toBe(1);
    expect(jar.get('a')).toBe('2');
  });

  it('throws CookieConflictError when a name is ambiguous, and narrows by domain and path', () => {
    const jar = twoDomainJar();
    expect(() => jar.get('sid')).toThrow(CookieConflictError);
    expect(() => jar.get('sid')).toThrow(/multiple cookies with name "sid"/);
    expect(jar.get('sid', undefined, { domain: 'example.com' })).toBe('a');
    expect(jar.get('sid', undefined, { domain: '.Example.ORG' })).toBe('b');
    expect(jar.get('sid', undefined, { path: '/app' })).toBe('b');
    expect(jar.get('sid', 'none', { domain: 'example.com', path: '/app' })).toBe('none');
  });

  it('has() is true even for an ambiguous name and false for a missing one', () => {
    const jar = twoDomainJar();
    expect(jar.has('sid')).toBe(true);
    expect(jar.has('sid', { domain: 'example.net' })).toBe(false);
    expect(jar.has('nope')).toBe(false);
  });

  it('delete() removes every cookie of a name in scope and reports it', () => {
    const jar = twoDomainJar();
    expect(jar.delete('sid', { domain: 'example.org' })).toBe(true);
    expect(jar.get('sid')).toBe('a');
    expect(jar.delete('sid')).toBe(true);
    expect(jar.delete('sid')).toBe(false);
    expect(jar.keys()).toEqual(['lang']);
  });

  it('set(name, null) deletes, as Requests', () => {
    const jar = twoDomainJar();
    jar.set('sid', null, { domain: 'example.com' });
    expect(jar.getDict()).toEqual({ sid: 'b', lang: 'en' });
  });

  it.each([
    ['empty name', '', 'v', TypeError],
    ['name with =', 'a=b', 'v', TypeError],
    ['name with ;', 'a;b', 'v', TypeError],
    ['value with ;', 'a', 'x;y', TypeError],
    ['value with CRLF', 'a', 'x\r\nSet-Cookie: evil=1', TypeError],
    ['value with NUL', 'a', 'x\0', TypeError],
    ['over 4096 bytes', 'a', 'x'.repeat(4096), RangeError],
    ['over 4096 bytes in UTF-8', 'a', 'é'.repeat(2048), RangeError],
  ])('set() rejects %s', (_label, name, value, error) => {
    const jar = new RequestsCookieJar();
    expect(() => jar.set(name, value)).toThrow(error);
    expect(jar.size).toBe(0);
  });

  it('accepts exactly 4096 bytes of name and value', () => {
    const jar = new RequestsCookieJar();
    jar.set('a', 'x'.repeat(4095));
    expect(jar.get('a')).toHaveLength(4095);
  });

  it.each([
    ['a path with a control character', { path: '/a\nb' }],
    ['a domain with a slash', { domain: 'example.com/x' }],
    ['a domain with a space', { domain: 'exa mple.com' }],
    ['a public suffix', { domain: 'com' }],
    ['a multi-label public suffix', { domain: 'co.uk' }],
    ['a bad expiry', { expires: Number.NaN }],
    ['hostOnly without a domain', { hostOnly: true }],
  ])('set() rejects %s', (_label, attributes) => {
    const jar = new RequestsCookieJar();
    expect(() => jar.set('a', '1', attributes)).toThrow(TypeError);
  });
});

describe('dict views', () => {
  it('getDict, keys, values, items and iteration in creation order', () => {
    const jar = twoDomainJar();
    expect(jar.keys()).toEqual(['sid', 'sid', 'lang']);
    expect(jar.values()).toEqual(['a', 'b', 'en']);
    expect(jar.items()).toEqual([
      ['sid', 'a'],
      ['sid', 'b'],
      ['lang', 'en'],
    ]);
    expect([...jar].map((c) => c.domain)).toEqual(['example.com', 'example.org', '']);
    expect(jar.getDict({ domain: 'example.com' })).toEqual({ sid: 'a' });
    expect(jar.getDict({ path: '/app' })).toEqual({ sid: 'b' });
    expect(jar.getDict({ domain: '' })).toEqual({ lang: 'en' });
    expect(jar.size).toBe(3);
  });

  it('getDict returns a null-prototype object', () => {
    const jar = new RequestsCookieJar();
    jar.set('__proto__', 'x');
    const dict = jar.getDict();
    expect(Object.getPrototypeOf(dict)).toBeNull();
    expect(Object.getOwnPropertyDescriptor(dict, '__proto__')?.value).toBe('x');
    expect(Object.keys(dict)).toEqual(['__proto__']);
  });

  it('yields snapshots: mutating the jar later does not change them', () => {
    const jar = new RequestsCookieJar();
    jar.set('a', '1');
    const [before] = jar;
    jar.set('a', '2');
    expect(before?.value).toBe('1');
    expect(Object.isFrozen(before)).toBe(true);
  });

  it('listDomains, listPaths, multipleDomains', () => {
    const jar = twoDomainJar();
    expect(jar.listDomains()).toEqual(['example.com', 'example.org', '']);
    expect(jar.listPaths()).toEqual(['/', '/app']);
    expect(jar.multipleDomains()).toBe(true);
    const single = new RequestsCookieJar();
    single.set('a', '1', { domain: 'example.com' });
    single.set('b', '1', { domain: 'example.com', path: '/x' });
    expect(single.multipleDomains()).toBe(false);
    expect(new RequestsCookieJar().multipleDomains()).toBe(false);
  });
});

describe('update / copy / setCookie', () => {
  it('update() copies another jar keeping every attribute', () => {
    const source = new RequestsCookieJar();
    source.storeResponseCookies(['sid=1; HttpOnly; Secure'], 'https://example.com/');
    source.set('lang', 'en');
    const target = new RequestsCookieJar();
    target.update(source);
    expect(target.toJSON()).toEqual(source.toJSON());
    expect(target.cookieHeaderFor('https://sub.example.com/')).toBe('lang=en'); // host-only kept
  });

  it('update() takes a dict or a Map', () => {
    const jar = new RequestsCookieJar();
    jar.update({ a: '1' });
    jar.update(new Map([['b', '2']]));
    expect(jar.getDict()).toEqual({ a: '1', b: '2' });
  });

  it('copy() is independent of the original', () => {
    const jar = twoDomainJar();
    const copy = jar.copy();
    copy.set('lang', 'fr');
    copy.delete('sid', { domain: 'example.com' });
    expect(jar.get('lang')).toBe('en');
    expect(jar.size).toBe(3);
    expect(copy.size).toBe(2);
    expect(copy.items()).toEqual([
      ['sid', 'b'],
      ['lang', 'fr'],
    ]);
  });

  it('setCookie() stores a Cookie or any CookieLike', () => {
    const jar = new RequestsCookieJar();
    jar.setCookie(createCookie('a', '1', { domain: 'example.com', secure: true, httpOnly: true }));
    jar.setCookie({ name: 'b', value: '2', domain: '', path: '/', secure: false, expires: null });
    expect([...jar].map((c) => [c.name, c.secure, c.httpOnly])).toEqual([
      ['a', true, true],
      ['b', false, false],
    ]);
  });
});

describe('clearing and expiry', () => {
  it.each([
    ['everything', [], []],
    ['a domain', ['example.com'], ['example.org|/app|sid', '|/|lang']],
    ['a domain and path', ['example.org', '/app'], ['example.com|/|sid', '|/|lang']],
    [
      'a domain, path and name',
      ['example.org', '/app', 'nope'],
      ['example.com|/|sid', 'example.org|/app|sid', '|/|lang'],
    ],
    ['cookies sent to every host', [''], ['example.com|/|sid', 'example.org|/app|sid']],
    ['a name only', [undefined, undefined, 'sid'], ['|/|lang']],
  ] as const)('clear() removes %s', (_label, args, left) => {
    const jar = twoDomainJar();
    jar.clear(...args);
    expect([...jar].map((c) => `${c.domain}|${c.path}|${c.name}`)).toEqual(left);
  });

  it('never yields, counts or sends an expired cookie; clearExpiredCookies drops them', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2030-01-01T00:00:00Z'));
    const jar = new RequestsCookieJar();
    const soon = Date.now() + 60_000;
    jar.set('short', '1', { expires: soon });
    jar.set('dated', '1', { domain: 'example.com', expires: new Date(soon) });
    jar.storeResponseCookies(['maxage=1; Max-Age=60'], 'http://example.com/');
    jar.set('session', '1');
    expect(jar.size).toBe(4);
    expect(jar.cookieHeaderFor('http://example.com/')).toBe('short=1; dated=1; maxage=1; session=1');
    vi.setSystemTime(soon + 1);
    expect(jar.size).toBe(1);
    expect(jar.cookieHeaderFor('http://example.com/')).toBe('session=1');
    jar.clearExpiredCookies();
    expect(jar.keys()).toEqual(['session']);
  });

  it('Max-Age counts from reception, not from the last access', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2030-01-01T00:00:00Z'));
    const jar = new RequestsCookieJar();
    jar.storeResponseCookies(['m=1; Max-Age=10'], 'http://example.com/');
    for (let t = 1; t <= 9; t++) {
      vi.setSystemTime(Date.parse('2030-01-01T00:00:00Z') + t * 1000);
      expect(jar.cookieHeaderFor('http://example.com/')).toBe('m=1');
    }
    vi.setSystemTime(Date.parse('2030-01-01T00:00:11Z'));
    expect(jar.cookieHeaderFor('http://example.com/')).toBeNull();
  });

  it('setting an already expired cookie deletes the stored one', () => {
    const jar = new RequestsCookieJar();
    jar.set('a', '1');
    jar.set('b', '1', { domain: 'example.com' });
    jar.set('a', 'x', { expires: 0 });
    jar.set('b', 'x', { domain: 'example.com', expires: new Date(1000) });
    expect(jar.size).toBe(0);
  });

  it('clearSessionCookies keeps only cookies with an expiry', () => {
    const jar = new RequestsCookieJar();
    jar.set('session', '1');
    jar.set('kept', '1', { expires: Date.now() + 3_600_000 });
    jar.storeResponseCookies(['s2=1', 'k2=1; Max-Age=3600'], 'https://example.com/');
    jar.clearSessionCookies();
    expect(jar.keys()).toEqual(['kept', 'k2']);
  });
});
