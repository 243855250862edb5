import { InvalidProxyURL } from '@reqs/core';
import { describe, expect, it } from 'vitest';
import { parseProxyUrl } from '../src/proxy-url.js';
import { selectProxy } from '../src/select-proxy.js';

const proxies = {
  'http://a.example': 'http://scheme-host:1',
  http: 'http://scheme:2',
  'all://b.example': 'http://all-host:3',
  all: 'http://all:4',
};

describe('selectProxy', () => {
  it.each([
    ['http://a.example/x', 'http://scheme-host:1'],
    ['http://A.Example:8080/x', 'http://scheme-host:1'],
    ['http://b.example/', 'http://scheme:2'],
    ['https://b.example/', 'http://all-host:3'],
    ['https://c.example/', 'http://all:4'],
  ])('%s → %s', (url, expected) => {
    expect(selectProxy(url, proxies)).toBe(expected);
  });

  it('returns null without a match, for empty values and for an inherited key', () => {
    expect(selectProxy('https://x/', { http: 'http://p:1' })).toBeNull();
    expect(selectProxy('https://x/', { https: '' })).toBeNull();
    expect(selectProxy('https://x/', null)).toBeNull();
    expect(selectProxy('https://x/', Object.create({ https: 'http://evil:1' }))).toBeNull();
  });
});

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
