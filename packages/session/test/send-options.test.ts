import { RequestsCookieJar } from '@reqs/cookies';
import { CaseInsensitiveDict, type PreparedRequest, Response, type SendOptions } from '@reqs/core';
import { describe, expect, it } from 'vitest';
import { Session } from '../src/index.js';
import { setEnv } from './helpers.js';

interface Sent {
  url: string;
  headers: Record<string, string>;
  options: SendOptions;
}

/** A session whose adapter records what it is asked to send and answers from `routes`. */
function recordingSession(routes: Record<string, [number, Record<string, string>]>): [Session, Sent[]] {
  const sent: Sent[] = [];
  const s = new Session();
  s.mount('http://', {
    async send(request: PreparedRequest, options: SendOptions) {
      sent.push({ url: request.url, headers: request.headers.toJSON(), options });
      const [status, headers] = routes[request.url] ?? [200, {}];
      const r = new Response();
      r.statusCode = status;
      r.url = request.url;
      r.request = request;
      r.headers = new CaseInsensitiveDict(headers);
      r.content = new Uint8Array(0);
      return r;
    },
    async close() {},
  });
  return [s, sent];
}

describe('what the adapter receives', () => {
  it('gets the merged settings: request over session', async () => {
    const [s, sent] = recordingSession({});
    s.verify = '/session-ca.pem';
    s.cert = 'session.pem';
    s.proxies = { http: 'http://session-proxy:1', https: 'http://s2:1' };
    s.timeout = 1234;
    await s.get('http://a.com/', { proxies: { https: null }, stream: true });
    expect(sent[0]?.options).toMatchObject({
      stream: true,
      verify: '/session-ca.pem',
      cert: 'session.pem',
      proxies: { http: 'http://session-proxy:1' },
      timeout: 1234,
    });
    await s.get('http://a.com/', { verify: false, timeout: null, cert: ['c', 'k'] });
    expect(sent[1]?.options).toMatchObject({ verify: false, timeout: null, cert: ['c', 'k'], stream: false });
  });

  it('resolves environment proxies per hop: NO_PROXY applies to the new host', async () => {
    setEnv({ HTTP_PROXY: 'http://u:p@env-proxy:3128', NO_PROXY: 'direct.com' });
    const [s, sent] = recordingSession({ 'http://a.com/': [302, { Location: 'http://direct.com/x' }] });
    const r = await s.get('http://a.com/');
    expect(r.url).toBe('http://direct.com/x');
    expect(sent.map((x) => x.options.proxies)).toEqual([{ http: 'http://u:p@env-proxy:3128' }, {}]);
    expect(sent[1]?.headers['Proxy-Authorization']).toBeUndefined();
    s.trustEnv = false;
    await s.get('http://b.com/');
    expect(sent.at(-1)?.options.proxies).toEqual({});
  });

  it('rebuilds Proxy-Authorization for a plain-http hop through an authenticated proxy', async () => {
    const [s, sent] = recordingSession({ 'http://a.com/': [302, { Location: 'http://b.com/' }] });
    s.proxies = { http: 'http://user:pw@proxy:3128' };
    await s.get('http://a.com/', { headers: { 'Proxy-Authorization': 'Basic user-set' } });
    expect(sent.map((x) => x.headers['Proxy-Authorization'])).toEqual([
      'Basic user-set',
      `Basic ${btoa('user:pw')}`,
    ]);
  });
});

describe('auth and cookies sources', () => {
  it('asks netrc only without request or session auth, and not for URLs with credentials', async () => {
    const asked: string[] = [];
    const [s, sent] = recordingSession({});
    s.netrcAuth = (url) => {
      asked.push(url);
      return ['n', 'p'];
    };
    await s.get('http://a.com/');
    expect(sent[0]?.headers.Authorization).toBe(`Basic ${btoa('n:p')}`);
    await s.get('http://u:pw@a.com/');
    expect(sent[1]?.headers.Authorization).toBe(`Basic ${btoa('u:pw')}`);
    s.auth = ['s', 'a'];
    await s.get('http://a.com/');
    expect(sent[2]?.headers.Authorization).toBe(`Basic ${btoa('s:a')}`);
    expect(asked).toEqual(['http://a.com/']);
  });

  it('takes per-request cookies from a jar too, bound to the request host', async () => {
    const [s, sent] = recordingSession({ 'http://a.com/': [302, { Location: 'http://b.com/' }] });
    const jar = new RequestsCookieJar();
    jar.set('j', '1');
    jar.set('scoped', '2', { domain: 'b.com' });
    await s.get('http://a.com/', { cookies: jar });
    expect(sent.map((x) => x.headers.Cookie)).toEqual(['j=1', 'scoped=2']);
    expect(s.cookies.size).toBe(0);
  });

  it('uses the session jar directly when there are no per-request cookies', async () => {
    const [s] = recordingSession({});
    s.cookies.set('a', '1');
    const r = await s.get('http://a.com/');
    expect(r.request.cookieJar).toBe(s.cookies);
    const withOwn = await s.get('http://a.com/', { cookies: { b: '2' } });
    expect(withOwn.request.cookieJar).not.toBe(s.cookies);
    expect(withOwn.request.headers.get('cookie')).toBe('a=1; b=2');
  });
});
