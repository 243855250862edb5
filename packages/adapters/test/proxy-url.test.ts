import { InvalidProxyURL } from '@reqs/core';
import { describe, expect, it } from 'vitest';
import { parseProxyUrl } from '../src/proxy-url.js';

describe('parseProxyUrl', () => {
  it.each([
    ['http://p.example:3128', { scheme: 'http', host: 'p.example', port: 3128, auth: null }],
    ['http://p.example', { scheme: 'http', port: 80 }],
    ['https://p.example', { scheme: 'https', port: 443 }],
    ['socks5://s:1081', { scheme: 'socks5', port: 1081 }],
    ['socks5h://s', { scheme: 'socks5h', port: 1080 }],
    ['socks://s', { scheme: 'socks5', port: 1080 }],
    ['http://us%40er:p%3Ass@p:1', { auth: { username: 'us@er', password: 'p:ss' } }],
    ['http://user@p:1', { auth: { username: 'user', password: '' } }],
  ])('%s', (raw, expected) => {
    expect(parseProxyUrl(raw)).toMatchObject(expected);
  });

  // Requests' prepend_scheme_if_needed(proxy, 'http') (issue #9, gap 9).
  it.each([
    ['p.example:3128', { scheme: 'http', host: 'p.example', port: 3128, auth: null }],
    ['127.0.0.1:8080', { scheme: 'http', host: '127.0.0.1', port: 8080 }],
    ['localhost:3128', { scheme: 'http', host: 'localhost', port: 3128 }],
    ['P.Example', { scheme: 'http', host: 'p.example', port: 80 }],
    ['//p:1', { scheme: 'http', host: 'p', port: 1 }],
    ['[::1]:3128', { scheme: 'http', host: '[::1]', port: 3128 }],
    ['user:p%40ss@p:3128', { scheme: 'http', port: 3128, auth: { username: 'user', password: 'p@ss' } }],
  ])('%s without a scheme is taken as http://', (raw, expected) => {
    expect(parseProxyUrl(raw)).toMatchObject(expected);
  });

  it('gives a scheme-less URL the same pool key as the URL with http://', () => {
    expect(parseProxyUrl('u:p@proxy:3128').key).toBe(parseProxyUrl('http://u:p@proxy:3128').key);
  });

  it.each([
    ['ftp://p:21', "unsupported proxy scheme 'ftp'"],
    ['socks4://p:1080', "unsupported proxy scheme 'socks4'"],
    ['http://', 'no host'],
    ['http://:8080', 'no host'],
    ['socks5://', 'no host'],
    [':8080', 'no host'],
    ['http:/p.example', 'no host'],
    ['http://user:pw@/x', 'no host'],
  ])('%j → InvalidProxyURL (%s)', (raw, why) => {
    expect(() => parseProxyUrl(raw)).toThrow(InvalidProxyURL);
    expect(() => parseProxyUrl(raw)).toThrow(
      `Please check proxy URL. It is malformed and could be missing the host. (${why}`,
    );
  });

  it.each(['http://user:hunter2@', 'user:hunter2@:8080', 'ftp://user:hunter2@p:21', 'http://u:hunter2@[::1'])(
    'never echoes the password of %j',
    (raw) => {
      let message = '';
      try {
        parseProxyUrl(raw);
      } catch (error) {
        expect(error).toBeInstanceOf(InvalidProxyURL);
        message = (error as Error).message;
      }
      expect(message).toMatch(/^Please check proxy URL\. It is malformed and could be missing the host\./);
      expect(message).not.toContain('hunter2');
    },
  );
});
