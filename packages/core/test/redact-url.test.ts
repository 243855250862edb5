import { describe, expect, it } from 'vitest';
import { redactUrl } from '../src/redact-url.js';

describe('redactUrl', () => {
  it.each([
    ['http://user:pass@host/', 'http://host/'],
    ['https://me:s3cret@example.com:8443/p?q=1#f', 'https://example.com:8443/p?q=1#f'],
    ['http://user@host/', 'http://host/'],
    ['http://user:p%40ss@host', 'http://host'],
    ['http://a@b:c@host/x', 'http://host/x'],
    ['http://@host/', 'http://host/'],
    ['http://user:pass@[::1]:8080/', 'http://[::1]:8080/'],
    ['socks5h://u:p@proxy:1080', 'socks5h://proxy:1080'],
    ['//user:pass@host/path', '//host/path'],
    ['http://user:pass@host?q=a@b', 'http://host?q=a@b'],
    ['http+unix://user:pw@%2Fvar%2Frun%2Fx.sock/info', 'http+unix://%2Fvar%2Frun%2Fx.sock/info'],
  ])('%s → %s', (url, expected) => {
    expect(redactUrl(url)).toBe(expected);
  });

  it.each([
    ['http://example.com/path'],
    ['http://example.com/a@b'],
    ['http://example.com/?mail=a@b.c'],
    ['http://example.com/#a@b'],
    ['mailto:someone@example.com'],
    ['example.com/a@b'],
    ['/path?next=//evil@host'],
    [''],
    ['@'],
  ])('%s is kept as it is (no credentials in an authority)', (url) => {
    expect(redactUrl(url)).toBe(url);
  });

  it('returns the very same string when there is no @ (nothing parsed)', () => {
    const url = `http://example.com/${'x'.repeat(1000)}`;
    expect(redactUrl(url)).toBe(url);
  });

  it('runs in linear time on hostile input', () => {
    const hostile = `http://${'@'.repeat(400_000)}${'a'.repeat(400_000)}`;
    const started = performance.now();
    expect(redactUrl(hostile)).toBe(`http://${'a'.repeat(400_000)}`);
    expect(performance.now() - started).toBeLessThan(5_000); // linear: ms; quadratic: minutes
  });

  it('never throws, even given something that is not a string', () => {
    expect(redactUrl(undefined as unknown as string)).toBe('undefined');
    expect(redactUrl(42 as unknown as string)).toBe('42');
  });
});
