import { describe, expect, it } from 'vitest';
import { prependSchemeIfNeeded } from '../src/prepend-scheme-if-needed.js';

describe('prependSchemeIfNeeded', () => {
  // Requests' test_utils.py test_prepend_scheme_if_needed, with 'http'.
  it.each([
    ['example.com/path', 'http://example.com/path'],
    ['//example.com/path', 'http://example.com/path'],
    ['example.com:80', 'http://example.com:80'],
    ['http://user:pass@example.com/path?query', 'http://user:pass@example.com/path?query'],
    ['http://user@example.com/path?query', 'http://user@example.com/path?query'],
  ])('Requests: %s → %s', (url, expected) => {
    expect(prependSchemeIfNeeded(url, 'http')).toBe(expected);
  });

  it.each([
    ['https://example.com/path', 'http', 'https://example.com/path'],
    ['ftp://example.com/file', 'http', 'ftp://example.com/file'],
    ['socks5h://proxy:1080', 'http', 'socks5h://proxy:1080'],
    ['example.com', 'https', 'https://example.com'],
    ['example.com?q=1', 'http', 'http://example.com?q=1'],
    ['example.com/p?q=1#frag', 'http', 'http://example.com/p?q=1#frag'],
    ['example.com#frag', 'http', 'http://example.com#frag'],
    ['user:pass@proxy.example:3128', 'http', 'http://user:pass@proxy.example:3128'],
    ['[::1]:8080/x', 'http', 'http://[::1]:8080/x'],
    ['10.0.0.1:3128', 'http', 'http://10.0.0.1:3128'],
    ['HTTP://Example.COM/Path', 'http', 'http://example.com/Path'],
    ['User:Pass@Example.COM', 'http', 'http://User:Pass@example.com'],
    // Python's urlunparse drops an empty query or fragment.
    ['example.com/p?#', 'http', 'http://example.com/p'],
    // As Requests: with no host, the path is taken for the host.
    ['/path', 'http', 'http:///path'],
    ['', 'http', 'http://'],
  ])('%s with %s → %s', (url, scheme, expected) => {
    expect(prependSchemeIfNeeded(url, scheme)).toBe(expected);
  });

  // Deviations: Requests (urllib3's parser) takes `localhost` and `user` for schemes here.
  it.each([
    ['localhost:8080', 'http://localhost:8080'],
    ['localhost:8080/x?y', 'http://localhost:8080/x?y'],
    ['proxy:', 'http://proxy:'],
    ['user:pass@proxy:3128', 'http://user:pass@proxy:3128'],
    ['user:@proxy', 'http://user:@proxy'],
  ])('reads %s as host and port or credentials → %s', (url, expected) => {
    expect(prependSchemeIfNeeded(url, 'http')).toBe(expected);
  });
});
