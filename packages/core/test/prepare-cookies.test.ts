import { describe, expect, it } from 'vitest';
import type { CookieJar, CookieLike } from '../src/cookie-jar.js';
import { InvalidHeader } from '../src/errors/invalid-header.js';
import { PreparedRequest } from '../src/prepared-request.js';
import type { PrepareOptions } from '../src/request-init.js';

function prepare(options: PrepareOptions): PreparedRequest {
  return new PreparedRequest().prepare({ method: 'GET', url: 'http://example.com/path', ...options });
}

/** A jar that answers every URL with a fixed header and records what it was asked. */
function fakeJar(header: string | null): CookieJar & { asked: string[]; copies: number } {
  const jar = {
    asked: [] as string[],
    copies: 0,
    cookieHeaderFor(url: string) {
      jar.asked.push(url);
      return header;
    },
    storeResponseCookies() {},
    get: () => undefined,
    set() {},
    delete: () => false,
    getDict: () => ({}),
    clear() {},
    copy() {
      jar.copies++;
      return fakeJar(header);
    },
    size: 0,
    *[Symbol.iterator](): Iterator<CookieLike> {},
  };
  return jar;
}

describe('prepareCookies', () => {
  it('joins a plain object as name=value pairs', () => {
    const p = prepare({ cookies: { a: '1', b: 'two words' } });
    expect(p.headers.get('Cookie')).toBe('a=1; b=two words');
    expect(p.cookieJar).toBeNull();
  });

  it('asks a jar for the prepared URL and remembers the jar', () => {
    const jar = fakeJar('s=1');
    const p = prepare({ cookies: jar, params: { q: 1 } });
    expect(jar.asked).toEqual(['http://example.com/path?q=1']);
    expect(p.headers.get('cookie')).toBe('s=1');
    expect(p.cookieJar).toBe(jar);
  });

  it('sets no header when the jar has nothing for the URL', () => {
    const p = prepare({ cookies: fakeJar(null) });
    expect(p.headers.has('Cookie')).toBe(false);
    expect(prepare({ cookies: {} }).headers.has('Cookie')).toBe(false);
  });

  it('leaves a Cookie header the user set alone', () => {
    const p = prepare({ headers: { cookie: 'mine=1' }, cookies: { other: '2' } });
    expect(p.headers.toJSON()).toEqual({ cookie: 'mine=1' });
  });

  it('refuses cookies that would inject header lines', () => {
    expect(() => prepare({ cookies: { a: 'x\r\nX-Evil: 1' } })).toThrow(InvalidHeader);
    expect(() => prepare({ cookies: { a: 'x; admin=1' } })).toThrow(InvalidHeader);
    expect(() => prepare({ cookies: { 'a=b': 'x' } })).toThrow('the name must be a token');
  });

  it('copies the jar when the request is copied', () => {
    const jar = fakeJar('s=1');
    const p = prepare({ cookies: jar });
    const c = p.copy();
    expect(jar.copies).toBe(1);
    expect(c.cookieJar).not.toBe(jar);
  });
});
