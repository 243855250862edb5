// RFC 6265 §6.1 limits: 50 cookies per registrable domain and 3000 in all (least recently used
// evicted), and a Cookie header that always fits a server's 8 KiB header line (issue 13).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAX_COOKIE_HEADER_BYTES } from '../src/cookie-limits.js';
import { RequestsCookieJar } from '../src/requests-cookie-jar.js';

const names = (jar: RequestsCookieJar) => new Set(jar.keys());

afterEach(() => {
  vi.useRealTimers();
});

/** Lets a millisecond pass, so "least recently used" does not depend on the clock's resolution. */
function tick(): void {
  vi.setSystemTime(Date.now() + 1);
}

describe('cookies per domain', () => {
  it('keeps 50 per registrable domain, evicting the least recently used (not the oldest)', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const jar = new RequestsCookieJar();
    for (let i = 0; i < 10; i++)
      jar.storeResponseCookies([`b${i}=1; Domain=example.com`], 'http://b.example.com/');
    tick();
    for (let i = 0; i < 40; i++) jar.storeResponseCookies([`a${i}=1; Path=/x`], 'http://a.example.com/x');
    tick();
    expect(jar.cookieHeaderFor('http://b.example.com/')).toContain('b0=1'); // b0…b9 used now
    for (let i = 0; i < 10; i++) {
      tick();
      jar.storeResponseCookies([`c${i}=1`], 'http://c.example.com/');
    }
    expect(jar.size).toBe(50);
    const kept = names(jar);
    for (let i = 0; i < 10; i++) expect(kept.has(`a${i}`), `a${i}`).toBe(false);
    for (let i = 10; i < 40; i++) expect(kept.has(`a${i}`), `a${i}`).toBe(true);
    for (let i = 0; i < 10; i++) expect(kept.has(`b${i}`) && kept.has(`c${i}`), `b${i} c${i}`).toBe(true);
  });

  it('a flood on one domain leaves other domains alone', () => {
    const jar = new RequestsCookieJar();
    jar.storeResponseCookies(['keep=1'], 'http://other.org/');
    for (let i = 0; i < 500; i++) jar.storeResponseCookies([`f${i}=1`], 'http://flood.example/');
    expect(jar.get('keep')).toBe('1');
    expect(jar.size).toBe(51);
    expect(jar.cookieHeaderFor('http://other.org/')).toBe('keep=1');
  });
});

describe('cookies in all', () => {
  it('keeps 3000, evicting the least recently used across domains', () => {
    const jar = new RequestsCookieJar();
    for (let d = 0; d < 61; d++) {
      const cookies = Array.from({ length: 50 }, (_, i) => `c${i}=${d}`);
      jar.storeResponseCookies(cookies, `http://d${d}.test/`);
    }
    expect(jar.size).toBe(3000);
    expect(jar.cookieHeaderFor('http://d0.test/')).toBeNull(); // the oldest domain went first
    expect(jar.cookieHeaderFor('http://d60.test/')).toContain('c49=60');
  });
});

describe('the Cookie header', () => {
  it('never exceeds 8182 bytes: cookies that do not fit are left out of that request', () => {
    const jar = new RequestsCookieJar();
    const big = 'x'.repeat(3000);
    jar.storeResponseCookies(['a=1', `b=${big}`, `c=${big}`, `d=${big}`, 'e=5'], 'http://example.com/');
    const header = jar.cookieHeaderFor('http://example.com/') ?? '';
    expect(Buffer.byteLength(header)).toBeLessThanOrEqual(MAX_COOKIE_HEADER_BYTES);
    expect(header.split('; ').map((pair) => pair.split('=')[0])).toEqual(['a', 'b', 'c', 'e']);
    expect(jar.size).toBe(5); // kept in the jar, only not sent
  });
});
