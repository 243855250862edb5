import { CaseInsensitiveDict, InvalidURL, PreparedRequest, Response } from '@reqs/core';
import { describe, expect, it } from 'vitest';
import {
  getRedirectTarget,
  rebuildAuth,
  rebuildMethod,
  resolveRedirectUrl,
  Session,
  shouldStripAuth,
} from '../src/index.js';

function response(status: number, headers: Record<string, string>, url = 'http://a.com/start'): Response {
  const r = new Response();
  r.statusCode = status;
  r.headers = new CaseInsensitiveDict(headers);
  r.url = url;
  r.request = new PreparedRequest().prepare({ method: 'GET', url });
  return r;
}

describe('shouldStripAuth', () => {
  it.each([
    ['http://a.com/1', 'http://a.com/2', false],
    ['http://a.com/', 'http://b.com/', true],
    ['http://a.com/', 'https://a.com/', false],
    ['http://a.com:80/', 'https://a.com:443/', false],
    ['http://a.com:8080/', 'https://a.com/', true],
    ['http://a.com/', 'https://a.com:8443/', true],
    ['https://a.com/', 'http://a.com/', true],
    ['http://a.com:8080/', 'http://a.com:9090/', true],
    ['http://a.com:8080/', 'http://a.com:8080/x', false],
    ['http://a.com/', 'http://a.com:80/', false],
    ['https://a.com:443/', 'https://a.com/', false],
    ['http://127.0.0.1:5000/', 'http://localhost:5000/', true],
    ['http://A.com/', 'http://a.COM/', false],
    ['http://a.com/', 'not a url', true],
  ])('%s → %s: %s', (from, to, expected) => {
    expect(shouldStripAuth(from, to)).toBe(expected);
    expect(new Session().shouldStripAuth(from, to)).toBe(expected);
  });
});

describe('rebuildMethod', () => {
  it.each([
    [301, 'POST', 'GET'],
    [301, 'PUT', 'PUT'],
    [301, 'HEAD', 'HEAD'],
    [302, 'POST', 'GET'],
    [302, 'PUT', 'GET'],
    [302, 'HEAD', 'HEAD'],
    [303, 'POST', 'GET'],
    [303, 'DELETE', 'GET'],
    [303, 'HEAD', 'HEAD'],
    [307, 'POST', 'POST'],
    [308, 'PUT', 'PUT'],
  ])('%d %s → %s', (status, method, expected) => {
    const p = new PreparedRequest().prepare({ method, url: 'http://a.com/' });
    rebuildMethod(p, response(status, { Location: '/x' }));
    expect(p.method).toBe(expected);
  });
});

describe('getRedirectTarget', () => {
  it('is null for a non-redirect or a redirect status without Location', () => {
    expect(getRedirectTarget(response(200, { Location: '/x' }))).toBeNull();
    expect(getRedirectTarget(response(302, {}))).toBeNull();
    expect(getRedirectTarget(response(304, { Location: '/x' }))).toBeNull();
  });
  it('re-decodes latin-1 header bytes as UTF-8 when valid', () => {
    const utf8AsLatin1 = Buffer.from('/café/ü', 'utf8').toString('latin1');
    expect(getRedirectTarget(response(302, { Location: utf8AsLatin1 }))).toBe('/café/ü');
    expect(getRedirectTarget(response(302, { Location: '/caf\u00e9' }))).toBe('/caf\u00e9');
    expect(getRedirectTarget(response(301, { Location: '/plain' }))).toBe('/plain');
    expect(getRedirectTarget(response(308, { Location: '/\u4e2d' }))).toBe('/\u4e2d');
  });
});

describe('resolveRedirectUrl', () => {
  it.each([
    ['/b', 'http://h/a', '', 'http://h/b', ''],
    ['b', 'http://h/dir/a', '', 'http://h/dir/b', ''],
    ['?q=1', 'http://h/a', '', 'http://h/a?q=1', ''],
    ['//other:8080/x', 'https://h/a', '', 'https://other:8080/x', ''],
    ['http://other/x', 'https://h/a', '', 'http://other/x', ''],
    ['/b', 'http://h/a#top', 'top', 'http://h/b#top', 'top'],
    ['/b#new', 'http://h/a#top', 'top', 'http://h/b#new', 'new'],
    ['/b#', 'http://h/a', 'top', 'http://h/b#top', 'top'],
    ['/a b/ü', 'http://h/', '', 'http://h/a%20b/%C3%BC', ''],
    ['/%7Euser/%41', 'http://h/', '', 'http://h/~user/A', ''],
    ['file:///etc/passwd', 'http://h/', '', 'file:///etc/passwd', ''],
    ['javascript:alert(1)', 'http://h/', '', 'javascript:alert(1)', ''],
  ])('%s from %s (fragment %j) → %s', (location, base, fragment, url, carried) => {
    expect(resolveRedirectUrl(location, base, fragment)).toEqual({ url, fragment: carried });
  });
  it('throws InvalidURL for a Location that is no URL', () => {
    expect(() => resolveRedirectUrl('/x', 'not-a-base', '')).toThrow(InvalidURL);
  });
});

describe('rebuildAuth', () => {
  function hop(from: string, to: string, headers: Record<string, string>): [PreparedRequest, Response] {
    const next = new PreparedRequest().prepare({ method: 'GET', url: to, headers });
    return [next, response(302, { Location: to }, from)];
  }
  it('strips Authorization in any casing when the origin changes', () => {
    const [next, r] = hop('http://a.com/', 'http://b.com/', { authorization: 'Basic x' });
    rebuildAuth(next, r, { trustEnv: true, netrcAuth: null });
    expect(next.headers.has('Authorization')).toBe(false);
  });
  it('keeps Authorization on the same origin and for http→https on default ports', () => {
    for (const to of ['http://a.com/next', 'https://a.com/']) {
      const [next, r] = hop('http://a.com/', to, { Authorization: 'Basic x' });
      rebuildAuth(next, r, { trustEnv: true, netrcAuth: () => ['n', 'n'] });
      expect(next.headers.get('authorization')).toBe('Basic x');
    }
  });
  it('asks netrc for exactly the new URL, only with trustEnv', () => {
    const asked: string[] = [];
    const netrcAuth = (url: string) => {
      asked.push(url);
      return url.startsWith('http://b.com') ? (['nu', 'np'] as const) : null;
    };
    const [next, r] = hop('http://a.com/', 'http://b.com/x', { Authorization: 'Basic a-secret' });
    rebuildAuth(next, r, { trustEnv: true, netrcAuth });
    expect(asked).toEqual(['http://b.com/x']);
    expect(next.headers.get('Authorization')).toBe(`Basic ${btoa('nu:np')}`);
    const [other, r2] = hop('http://a.com/', 'http://c.com/', { Authorization: 'Basic a-secret' });
    rebuildAuth(other, r2, { trustEnv: true, netrcAuth });
    expect(other.headers.has('Authorization')).toBe(false);
    const [off, r3] = hop('http://a.com/', 'http://b.com/', {});
    rebuildAuth(off, r3, { trustEnv: false, netrcAuth });
    expect(off.headers.has('Authorization')).toBe(false);
  });
});
