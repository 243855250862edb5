import type { CookieAttributes, CookieJar, CookieLike, CookieScope } from '@reqs/core';
import { describe, expect, it } from 'vitest';
import { bindCookiesToHost } from '../src/bind-cookies-to-host.js';
import { Cookie } from '../src/cookie.js';
import { addDictToCookiejar, cookiejarFromDict } from '../src/cookiejar-from-dict.js';
import { createCookie } from '../src/create-cookie.js';
import { dictFromCookiejar } from '../src/dict-from-cookiejar.js';
import { mergeCookies } from '../src/merge-cookies.js';
import { RequestsCookieJar } from '../src/requests-cookie-jar.js';

/** A minimal third-party jar: cookies keyed by name only. */
class NameJar implements CookieJar {
  readonly cookies = new Map<string, CookieLike>();
  cookieHeaderFor(): string | null {
    return null;
  }
  storeResponseCookies(): void {}
  get(name: string, defaultValue?: string, _scope?: CookieScope): string | undefined {
    return this.cookies.get(name)?.value ?? defaultValue;
  }
  set(name: string, value: string | null, attributes: CookieAttributes = {}): void {
    if (value === null) this.cookies.delete(name);
    else this.cookies.set(name, createCookie(name, value, attributes));
  }
  delete(name: string): boolean {
    return this.cookies.delete(name);
  }
  getDict(): Record<string, string> {
    return dictFromCookiejar(this);
  }
  clear(): void {
    this.cookies.clear();
  }
  copy(): NameJar {
    return this;
  }
  get size(): number {
    return this.cookies.size;
  }
  [Symbol.iterator](): Iterator<CookieLike> {
    return this.cookies.values();
  }
}

describe('createCookie', () => {
  it('applies Requests defaults', () => {
    expect(createCookie('a', '1')).toEqual(
      new Cookie({
        name: 'a',
        value: '1',
        domain: '',
        path: '/',
        secure: false,
        expires: null,
        httpOnly: false,
        hostOnly: false,
      }),
    );
  });

  it('normalises the domain and accepts Date expiry', () => {
    const cookie = createCookie('a', '1', {
      domain: '.Example.COM',
      expires: new Date(5000),
      secure: true,
      hostOnly: false,
    });
    expect(cookie).toMatchObject({ domain: 'example.com', expires: 5000, secure: true });
    expect(cookie.isExpired(4999)).toBe(false);
    expect(cookie.isExpired(5000)).toBe(true);
    expect(String(cookie)).toBe('a=1');
  });

  it.each([
    ['', '1', {}],
    ['a b=', '1', {}],
    ['a', '1\n', {}],
    ['a', '1', { path: '/a;b' }],
    ['a', '1', { hostOnly: true }],
    ['a', '1', { expires: Number.POSITIVE_INFINITY }],
  ])('rejects %j=%j %j', (name, value, attributes) => {
    expect(() => createCookie(name, value, attributes)).toThrow(TypeError);
  });
});

describe('cookiejarFromDict / addDictToCookiejar / dictFromCookiejar', () => {
  it('builds a RequestsCookieJar of cookies for every host', () => {
    const jar = cookiejarFromDict({ a: '1', b: '2' });
    expect(jar).toBeInstanceOf(RequestsCookieJar);
    expect(jar.cookieHeaderFor('http://any.test/')).toBe('a=1; b=2');
    expect(cookiejarFromDict(null).size).toBe(0);
  });

  it('overwrites by default and keeps existing names with overwrite=false', () => {
    const jar = cookiejarFromDict({ a: '1' });
    cookiejarFromDict({ a: '2', b: '2' }, jar, false);
    expect(jar.getDict()).toEqual({ a: '1', b: '2' });
    expect(addDictToCookiejar(jar, { a: '3' })).toBe(jar);
    expect(jar.getDict()).toEqual({ a: '3', b: '2' });
  });

  it('takes own keys only, so __proto__ is a cookie name and nothing is polluted', () => {
    const jar = cookiejarFromDict(
      JSON.parse('{"__proto__":"x","constructor":"y"}') as Record<string, string>,
    );
    expect(jar.keys()).toEqual(['__proto__', 'constructor']);
    const dict = dictFromCookiejar(jar);
    expect(Object.getPrototypeOf(dict)).toBeNull();
    expect(Object.entries(dict)).toEqual([
      ['__proto__', 'x'],
      ['constructor', 'y'],
    ]);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('works with any CookieJar', () => {
    const jar = cookiejarFromDict(new Map([['a', '1']]), new NameJar());
    expect(jar).toBeInstanceOf(NameJar);
    expect(dictFromCookiejar(jar)).toEqual({ a: '1' });
  });
});

describe('mergeCookies', () => {
  it('merges a dict without overwriting, as Requests', () => {
    const jar = cookiejarFromDict({ a: '1' });
    expect(mergeCookies(jar, { a: '2', b: '2' })).toBe(jar);
    expect(jar.getDict()).toEqual({ a: '1', b: '2' });
    expect(mergeCookies(jar, null)).toBe(jar);
  });

  it('merges a jar, replacing same domain/path/name and keeping attributes', () => {
    const session = new RequestsCookieJar();
    session.storeResponseCookies(['sid=1; HttpOnly'], 'http://example.com/');
    const merged = mergeCookies(
      mergeCookies(new RequestsCookieJar(), session),
      cookiejarFromDict({ sid: 'mine' }),
    );
    expect(merged.toJSON()).toEqual({
      version: 1,
      cookies: [
        expect.objectContaining({
          name: 'sid',
          value: '1',
          domain: 'example.com',
          hostOnly: true,
          httpOnly: true,
        }),
        expect.objectContaining({ name: 'sid', value: 'mine', domain: '' }),
      ],
    });
    expect(merged.cookieHeaderFor('http://sub.example.com/')).toBe('sid=mine');
  });

  it('merges into a third-party jar through set()', () => {
    const source = new RequestsCookieJar();
    source.set('a', '1', { domain: 'example.com', secure: true });
    const target = mergeCookies(new NameJar(), source);
    expect([...target]).toEqual([
      expect.objectContaining({ name: 'a', domain: 'example.com', secure: true }),
    ]);
  });
});

describe('bindCookiesToHost', () => {
  it.each([
    ['the same host', 'http://127.0.0.1:9090/other', 'token=abc'],
    ['the same host over https', 'https://127.0.0.1/', 'token=abc'],
    ['another host', 'http://localhost:8080/start', null],
    ['a subdomain', 'http://sub.127.0.0.1/', null],
  ])('binds dict cookies to the request host: %s', (_label, url, expected) => {
    const jar = bindCookiesToHost({ token: 'abc' }, 'http://127.0.0.1:8080/start');
    expect(jar.cookieHeaderFor(url)).toBe(expected);
  });

  it('binds domain-less cookies of a jar and keeps cookies that have a domain', () => {
    const given = new RequestsCookieJar();
    given.set('free', '1', { path: '/api', secure: true });
    given.set('scoped', '1', { domain: 'example.org' });
    const jar = bindCookiesToHost(given, new URL('https://www.example.com/'));
    expect([...jar].map((c) => [c.name, c.domain, c.hostOnly, c.path, c.secure])).toEqual([
      ['free', 'www.example.com', true, '/api', true],
      ['scoped', 'example.org', false, '/', false],
    ]);
    expect(jar.cookieHeaderFor('https://evil.com/api')).toBeNull();
  });

  it('binds to a host that is a public suffix or a single label', () => {
    expect(bindCookiesToHost({ a: '1' }, 'http://intranet/').cookieHeaderFor('http://intranet/')).toBe('a=1');
    expect(bindCookiesToHost({ a: '1' }, 'http://[::1]:1/').cookieHeaderFor('http://[::1]/')).toBe('a=1');
  });

  it('adds to a given jar', () => {
    const jar = new RequestsCookieJar();
    expect(bindCookiesToHost({ a: '1' }, 'http://h.test/', jar)).toBe(jar);
    expect(jar.size).toBe(1);
  });
});
