import {
  getEnvironProxies,
  getEnvironProxy,
  PreparedRequest,
  selectProxy,
  shouldBypassProxies,
} from '@reqs/core';
import { describe, expect, it } from 'vitest';
import { mergeEnvironmentSettings, rebuildProxies, resolveProxies, Session } from '../src/index.js';
import { setEnv } from './helpers.js';

describe('selectProxy', () => {
  const proxies = {
    'http://a.com': 'P1',
    http: 'P2',
    'all://b.com': 'P3',
    all: 'P4',
    'https://[::1]': 'P5',
  };
  it.each([
    ['http://a.com/x', 'P1'],
    ['http://A.COM:8080/x', 'P1'],
    ['http://c.com/', 'P2'],
    ['https://b.com/', 'P3'],
    ['http://b.com/', 'P2'],
    ['https://c.com/', 'P4'],
    ['https://[::1]:8443/', 'P5'],
    ['file:///etc/hosts', 'P4'],
  ])('%s → %s', (url, expected) => {
    expect(selectProxy(url, proxies)).toBe(expected);
  });
  it('returns null with no match, no proxies, or empty values', () => {
    expect(selectProxy('http://x/', {})).toBeNull();
    expect(selectProxy('http://x/', null)).toBeNull();
    expect(selectProxy('http://x/', { https: 'P' })).toBeNull();
    expect(selectProxy('http://x/', { http: '' })).toBeNull();
    expect(selectProxy(new URL('http://x/'), { http: 'P' })).toBe('P');
  });
});

describe('shouldBypassProxies', () => {
  it.each([
    ['http://example.com/', 'example.com', true],
    ['http://www.example.com/', 'example.com', true],
    ['http://www.example.com/', '.example.com', true],
    ['http://www.example.com/', '*.example.com', true],
    ['http://badexample.com/', 'example.com', false],
    ['http://example.com:8080/', 'example.com:8080', true],
    ['http://example.com:9090/', 'example.com:8080', false],
    ['http://example.com/', 'example.com:80', true],
    ['https://example.com/', 'example.com:80', false],
    ['http://anything.org/', '*', true],
    ['http://a.org/', 'b.org, a.org ', true],
    ['http://10.1.2.3/', '10.0.0.0/8', true],
    ['http://11.1.2.3/', '10.0.0.0/8', false],
    ['http://192.168.1.1:8080/', '192.168.1.1', true],
    ['http://192.168.1.1:8080/', '192.168.1.1:8080', true],
    ['http://192.168.1.1:8080/', '192.168.1.1:9090', false],
    ['http://10.1.2.3/', '10.0.0.0/99', false],
    ['http://[::1]:8080/', '::1', true],
    ['http://[::1]:8080/', '[::1]:8080', true],
    ['http://[fd00::5]/', 'fd00::/8', true],
    ['http://[fe80::5]/', 'fd00::/8', false],
    ['http://localhost/', '127.0.0.1', false],
    ['http://LOCALHOST/', 'localhost', true],
    ['http://a.com/', '', false],
    ['file:///tmp/x', 'nothing', true],
  ] as const)('%s with %j → %s', (url, noProxy, expected) => {
    expect(shouldBypassProxies(url, noProxy)).toBe(expected);
  });

  it('reads no_proxy, then NO_PROXY, from the environment', () => {
    setEnv({ no_proxy: undefined, NO_PROXY: 'upper.com' });
    expect(shouldBypassProxies('http://upper.com/')).toBe(true);
    setEnv({ no_proxy: 'lower.com' });
    expect(shouldBypassProxies('http://lower.com/')).toBe(true);
    expect(shouldBypassProxies('http://upper.com/')).toBe(false);
  });
});

describe('environment proxies', () => {
  it('reads <scheme>_proxy, lower case first; an empty lower-case value disables', () => {
    setEnv({
      HTTP_PROXY: 'http://upper:1',
      http_proxy: undefined,
      HTTPS_PROXY: 'http://s:1',
      all_proxy: 'socks5://a:1',
    });
    expect(getEnvironProxy('http')).toBe('http://upper:1');
    setEnv({ http_proxy: 'http://lower:1' });
    expect(getEnvironProxy('http')).toBe('http://lower:1');
    setEnv({ http_proxy: '' });
    expect(getEnvironProxy('http')).toBeNull();
    expect(getEnvironProxies('http://x.com/')).toEqual({ https: 'http://s:1', all: 'socks5://a:1' });
  });

  it('ignores HTTP_PROXY in a CGI environment (httpoxy)', () => {
    setEnv({ HTTP_PROXY: 'http://evil:1', http_proxy: undefined, REQUEST_METHOD: 'GET' });
    expect(getEnvironProxy('http')).toBeNull();
  });

  it('gives nothing for a URL NO_PROXY excludes', () => {
    setEnv({ HTTP_PROXY: 'http://p:1', NO_PROXY: '.internal' });
    expect(getEnvironProxies('http://db.internal/')).toEqual({});
    expect(getEnvironProxies('http://db.internal/', 'other')).toEqual({ http: 'http://p:1' });
  });

  it('resolveProxies adds the environment proxy unless an explicit one applies or NO_PROXY excludes', () => {
    setEnv({ HTTP_PROXY: 'http://env:1', ALL_PROXY: 'http://envall:1', NO_PROXY: 'direct.com' });
    expect(resolveProxies('http://a.com/', {}, true)).toEqual({ http: 'http://env:1' });
    expect(resolveProxies('https://a.com/', {}, true)).toEqual({ https: 'http://envall:1' });
    expect(resolveProxies('http://direct.com/', {}, true)).toEqual({});
    expect(resolveProxies('http://a.com/', {}, false)).toEqual({});
    const explicit = { 'all://a.com': 'http://mine:1' };
    expect(resolveProxies('http://a.com/', explicit, true)).toBe(explicit);
    expect(resolveProxies('http://b.com/', explicit, true)).toEqual({ ...explicit, http: 'http://env:1' });
    expect(resolveProxies('http://b.com/', { no_proxy: 'b.com' }, true)).toEqual({ no_proxy: 'b.com' });
  });

  it('mergeEnvironmentSettings: request over session over environment', () => {
    setEnv({ HTTPS_PROXY: 'http://env:1', REQUESTS_CA_BUNDLE: '/env.pem' });
    const s = new Session();
    expect(s.mergeEnvironmentSettings('https://a.com/', null, null, null, null)).toEqual({
      proxies: { https: 'http://env:1' },
      stream: false,
      verify: '/env.pem',
      cert: null,
    });
    s.proxies = { https: 'http://session:1' };
    s.verify = false;
    expect(s.mergeEnvironmentSettings('https://a.com/', null, true, null, 'c.pem')).toEqual({
      proxies: { https: 'http://session:1' },
      stream: true,
      verify: false,
      cert: 'c.pem',
    });
    expect(
      mergeEnvironmentSettings(s, 'https://a.com/', { https: 'http://req:1' }, null, '/req.pem', null),
    ).toMatchObject({ proxies: { https: 'http://req:1' }, verify: '/req.pem' });
  });
});

describe('rebuildProxies', () => {
  function prepared(url: string, headers: Record<string, string> = {}): PreparedRequest {
    return new PreparedRequest().prepare({ method: 'GET', url, headers });
  }
  it('sets Proxy-Authorization from the proxy URL for plain http through an http proxy', () => {
    const p = prepared('http://a.com/', { 'proxy-authorization': 'Basic old' });
    const proxies = rebuildProxies(p, { http: 'http://us%40r:p%3Ass@proxy:3128' }, false);
    expect(proxies).toEqual({ http: 'http://us%40r:p%3Ass@proxy:3128' });
    expect(p.headers.get('Proxy-Authorization')).toBe(`Basic ${btoa('us@r:p:ss')}`);
  });
  it.each([
    ['https (tunnel)', 'https://a.com/', { https: 'http://u:p@proxy:3128' }],
    ['direct', 'http://a.com/', {}],
    ['SOCKS', 'http://a.com/', { http: 'socks5://u:p@proxy:1080' }],
    ['no credentials', 'http://a.com/', { http: 'http://proxy:3128' }],
  ])('removes it: %s', (_name, url, proxies) => {
    const p = prepared(url, { 'Proxy-Authorization': 'Basic secret' });
    rebuildProxies(p, proxies, false);
    expect(p.headers.has('proxy-authorization')).toBe(false);
  });
  it('uses the environment per URL', () => {
    setEnv({ HTTP_PROXY: 'http://u:p@env:1', NO_PROXY: 'direct.com' });
    const p = prepared('http://direct.com/', { 'Proxy-Authorization': 'Basic secret' });
    expect(rebuildProxies(p, {}, true)).toEqual({});
    expect(p.headers.has('proxy-authorization')).toBe(false);
    const q = prepared('http://a.com/');
    expect(rebuildProxies(q, {}, true)).toEqual({ http: 'http://u:p@env:1' });
    expect(q.headers.get('proxy-authorization')).toBe(`Basic ${btoa('u:p')}`);
  });
});
