import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { RequestsCookieJar } from '../src/index.js';

const require = createRequire(import.meta.url);

/** True once tough-cookie (its CommonJS build, as the package loads it) is in the module cache. */
function toughCookieLoaded(): boolean {
  return Object.keys(require.cache).some((path) => /[\\/](tough-cookie|tldts)[\\/]/.test(path));
}

describe('tough-cookie is loaded lazily', () => {
  it('not by importing the package or using an empty jar; on the first cookie stored', () => {
    expect(toughCookieLoaded()).toBe(false);
    const jar = new RequestsCookieJar();
    expect(jar.cookieHeaderFor('https://example.com/')).toBeNull();
    expect(jar.size).toBe(0);
    expect([...jar.keys()]).toEqual([]);
    jar.storeResponseCookies([], 'https://example.com/');
    jar.clear();
    expect(toughCookieLoaded()).toBe(false);
    jar.set('a', '1', { domain: 'example.com' });
    expect(toughCookieLoaded()).toBe(true);
    expect(jar.cookieHeaderFor('https://example.com/')).toBe('a=1');
  });
});
