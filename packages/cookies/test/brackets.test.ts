// Requests' dict interface on RequestsCookieJar: jar['name'], jar['name'] = value, del jar['name'].
import { CookieConflictError, type CookieJar } from '@reqs/core';
import { describe, expect, it } from 'vitest';
import { plainCookieJar } from '../src/cookie-brackets.js';
import { createCookie } from '../src/create-cookie.js';
import { RequestsCookieJar } from '../src/requests-cookie-jar.js';

/** The jar as a user holding it in plain JavaScript sees it: a dict of cookie names. */
type Dict = Record<string, unknown>;

describe('bracket access, as Requests dict interface', () => {
  it('reads, sets and deletes cookies by name', () => {
    const jar = new RequestsCookieJar();
    const dict = jar as unknown as Dict;
    dict.sessioncookie = 'abc';
    expect(dict.sessioncookie).toBe('abc');
    expect(jar.get('sessioncookie')).toBe('abc');
    expect(jar.cookieHeaderFor('http://example.com/')).toBe('sessioncookie=abc');
    expect('sessioncookie' in jar).toBe(true);
    expect('missing' in jar).toBe(false);
    expect(dict.missing).toBeUndefined();
    delete dict.sessioncookie;
    expect(jar.size).toBe(0);
    expect(dict.sessioncookie).toBeUndefined();
  });

  it('lists names for Object.keys; spread reads each name, so a name set twice throws as dict(jar)', () => {
    const jar = new RequestsCookieJar();
    jar.set('sid', 'a', { domain: 'example.com' });
    jar.set('sid', 'b', { domain: 'example.org' });
    jar.set('lang', 'en');
    expect(Object.keys(jar)).toEqual(['sid', 'lang']);
    expect(() => ({ ...jar })).toThrow(CookieConflictError);
    jar.delete('sid', { domain: 'example.org' });
    expect({ ...jar }).toEqual({ sid: 'a', lang: 'en' });
  });

  it('throws CookieConflictError on a bracket read of a name set for two domains', () => {
    const jar = new RequestsCookieJar();
    jar.set('sid', 'a', { domain: 'example.com' });
    jar.set('sid', 'b', { domain: 'example.org', path: '/app' });
    expect(() => (jar as unknown as Dict).sid).toThrow(CookieConflictError);
    expect(() => (jar as unknown as Dict).sid).toThrow(/example\.com\/, example\.org\/app/);
  });

  it('keeps members first: a cookie named like a method is reached with get()', () => {
    const jar = new RequestsCookieJar();
    jar.set('size', '5');
    expect(jar.size).toBe(1);
    expect(jar.get('size')).toBe('5');
    expect(() => {
      (jar as unknown as Dict).get = 'x';
    }).not.toThrow(); // an own property, not a cookie: the member is shadowed only on this jar
    expect(jar.has('get')).toBe(false);
  });

  it('refuses a value that is not a string, naming it', () => {
    const jar = new RequestsCookieJar();
    expect(() => {
      (jar as unknown as Dict).n = 5;
    }).toThrow(/expected a string, got number/);
  });

  it('works on copies, on JSON and Netscape round trips, and on jars of subclasses', () => {
    class CountingJar extends RequestsCookieJar {
      #reads = 0;
      override get(name: string, defaultValue?: string): string | undefined {
        this.#reads++;
        return super.get(name, defaultValue);
      }
      get reads(): number {
        return this.#reads;
      }
    }
    const jar = new CountingJar();
    (jar as unknown as Dict).a = '1';
    expect((jar as unknown as Dict).a).toBe('1');
    expect(jar.reads).toBe(1);
    expect(jar).toBeInstanceOf(RequestsCookieJar);
    for (const copy of [
      jar.copy(),
      RequestsCookieJar.fromJSON(JSON.stringify(jar)),
      RequestsCookieJar.fromNetscape(jar.toNetscape()),
    ]) {
      expect((copy as unknown as Dict).a).toBe('1');
    }
  });
});

describe('plainCookieJar', () => {
  it('is the same jar without brackets; other jars come back as they are', () => {
    const jar = new RequestsCookieJar();
    const plain = plainCookieJar(jar);
    expect(plain).not.toBe(jar);
    plain.set('a', '1');
    expect(jar.get('a')).toBe('1');
    expect((plain as unknown as Dict).a).toBeUndefined();
    expect(plain.cookieHeaderFor('http://example.com/')).toBe('a=1');
    const other = { cookieHeaderFor: () => null } as unknown as CookieJar;
    expect(plainCookieJar(other)).toBe(other);
  });
});

describe('createCookie keeps its path as given (Requests create_cookie)', () => {
  it('stores a path not starting with / for domain and domain-less cookies; it is never sent', () => {
    expect(createCookie('a', 'b', { path: 'some_path' }).path).toBe('some_path');
    const jar = new RequestsCookieJar();
    jar.set('d', 'root', { domain: 'example.com' });
    jar.setCookie(createCookie('d', 'odd', { domain: 'example.com', path: 'some_path' }));
    jar.set('e', 'odd', { path: 'some_path' });
    expect([...jar].map((c) => [c.name, c.value, c.path])).toEqual([
      ['d', 'root', '/'],
      ['d', 'odd', 'some_path'],
      ['e', 'odd', 'some_path'],
    ]);
    expect(jar.cookieHeaderFor('http://example.com/some_path')).toBe('d=root');
    expect(jar.get('d', undefined, { path: 'some_path' })).toBe('odd');
  });
});
