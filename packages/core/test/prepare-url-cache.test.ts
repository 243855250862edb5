import { describe, expect, it } from 'vitest';
import { InvalidURL } from '../src/errors/invalid-url.js';
import { MissingSchema } from '../src/errors/missing-schema.js';
import { prepareUrl } from '../src/prepare/prepare-url.js';

// prepareUrl keeps the results for URL strings it prepared before: the answers must be the
// ones preparation gives, every time.
describe('prepareUrl on URLs seen before', () => {
  it('gives the same URL again, with and without params', () => {
    const url = 'http://Example.COM:080/a/../b c?x=1#frag';
    const first = prepareUrl(url);
    expect(first).toBe('http://example.com:80/b%20c?x=1#frag');
    expect(prepareUrl(url)).toBe(first);
    expect(prepareUrl(url, { y: '2' })).toBe('http://example.com:80/b%20c?x=1&y=2#frag');
    expect(prepareUrl(url)).toBe(first);
  });

  it('fails again for a URL that failed (failures are not kept)', () => {
    for (let i = 0; i < 2; i++) {
      expect(() => prepareUrl('example.com/x')).toThrow(MissingSchema);
      expect(() => prepareUrl('http://:80/')).toThrow(InvalidURL);
    }
  });

  it('prepares URLs with credentials every time, and right', () => {
    for (let i = 0; i < 2; i++) {
      expect(prepareUrl('http://user:pa ss@Example.com/')).toBe('http://user:pa%20ss@example.com/');
    }
  });

  it('stays right past its bound', () => {
    for (let i = 0; i < 600; i++)
      expect(prepareUrl(`http://h${i % 300}.example/p`)).toBe(`http://h${i % 300}.example/p`);
  });
});
