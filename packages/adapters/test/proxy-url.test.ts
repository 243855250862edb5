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

  it.each(['p.example:3128', '127.0.0.1:8080', 'ftp://p:21', 'socks4://p:1080', 'http://', '//p:1'])(
    '%j → InvalidProxyURL',
    (raw) => {
      expect(() => parseProxyUrl(raw)).toThrow(InvalidProxyURL);
    },
  );
});
