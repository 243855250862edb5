import {
  CaseInsensitiveDict,
  InvalidSchema,
  MissingSchema,
  type PreparedRequest,
  Request,
  type ResponseHook,
} from '@reqs/core';
import { startHttpbin } from '@reqs/test-servers/httpbin';
import { describe, expect, it } from 'vitest';
import { defaultHeaders, defaultUserAgent, Session } from '../src/index.js';
import { httpSession } from './helpers.js';

interface Echo {
  headers: Record<string, string>;
  args: Record<string, string | string[]>;
  url: string;
  json?: unknown;
  data?: string;
}

describe('Session defaults', () => {
  it('has the default headers and attributes', async () => {
    const s = new Session();
    const { version } = (await import('../package.json', { with: { type: 'json' } })).default;
    expect(defaultUserAgent()).toBe(`reqs/${version}`);
    expect(s.headers['user-agent']).toBe(`reqs/${version}`);
    expect(s.headers.get('Accept')).toBe('*/*');
    expect(s.headers.get('Connection')).toBe('keep-alive');
    expect(s.headers.get('Accept-Encoding')).toMatch(/^gzip, deflate, br(, zstd)?$/);
    expect(defaultHeaders()).not.toBe(defaultHeaders());
    expect([s.maxRedirects, s.trustEnv, s.stream, s.verify, s.cert, s.baseUrl]).toEqual([
      30,
      true,
      false,
      true,
      null,
      null,
    ]);
    expect(s.adapters.size).toBe(0);
    expect(String(new Session().cookies.size)).toBe('0');
  });

  it('accepts components at construction, and headers as a plain object', () => {
    const detector = { detect: () => 'utf-8' };
    const netrcAuth = () => null;
    const s = new Session({ charsetDetector: detector, netrcAuth, baseUrl: 'http://h/' });
    expect([s.charsetDetector, s.netrcAuth, s.baseUrl]).toEqual([detector, netrcAuth, 'http://h/']);
    s.headers = { 'X-A': '1' };
    expect(s.headers['x-a']).toBe('1');
    const dict = new CaseInsensitiveDict<string | null>({ B: '2' });
    s.headers = dict;
    dict.set('c', '3');
    expect(s.headers.get('C')).toBe('3');
  });

  it('fails without a mounted adapter, before any I/O', async () => {
    await expect(new Session().get('http://127.0.0.1:9/')).rejects.toThrow(
      new InvalidSchema("No connection adapters were found for 'http://127.0.0.1:9/'"),
    );
    await expect(new Session().get('nothing')).rejects.toBeInstanceOf(MissingSchema);
  });
});

describe('Session requests against httpbin', () => {
  it('merges session and request headers; null removes; nothing persists', async () => {
    const server = await startHttpbin();
    const s = httpSession();
    s.headers.update({ 'X-Session': 's', 'X-Both': 'session' });
    const r = await s.get(`${server.url}/headers`, {
      headers: { 'x-both': 'request', 'X-Request': 'r', Accept: null },
    });
    const sent = r.json<Echo>().headers;
    expect(sent['X-Session']).toBe('s');
    expect(sent['X-Both']).toBe('request');
    expect(sent['X-Request']).toBe('r');
    expect(sent.Accept).toBeUndefined();
    expect(sent['User-Agent']).toMatch(/^reqs\//);
    expect(s.headers.get('x-both')).toBe('session');
    expect(s.headers.has('x-request')).toBe(false);
    expect(s.headers.get('accept')).toBe('*/*');
    s.headers.set('X-Session', null);
    const again = (await s.get(`${server.url}/headers`)).json<Echo>().headers;
    expect(again['X-Session']).toBeUndefined();
  });

  it('merges params: session params, then the request params; null removes', async () => {
    const server = await startHttpbin();
    const s = httpSession();
    s.params = { a: '1', b: '2' };
    const r = await s.get(`${server.url}/get?z=0`, { params: { b: null, c: ['3', '4'] } });
    expect(r.json<Echo>().args).toEqual({ z: '0', a: '1', c: ['3', '4'] });
    expect(s.params).toEqual({ a: '1', b: '2' });
  });

  it('sends session auth, request auth wins, and URL credentials without auth', async () => {
    const server = await startHttpbin();
    const s = httpSession();
    s.auth = ['user', 'pass'];
    expect((await s.get(`${server.url}/basic-auth/user/pass`)).statusCode).toBe(200);
    expect((await s.get(`${server.url}/basic-auth/other/pw`, { auth: ['other', 'pw'] })).statusCode).toBe(
      200,
    );
    s.auth = null;
    const withUrl = server.url.replace('http://', 'http://u%40x:p@');
    expect((await s.get(`${withUrl}/basic-auth/u@x/p`)).statusCode).toBe(200);
  });

  it('sends every verb with its body', async () => {
    const server = await startHttpbin();
    const s = httpSession();
    for (const verb of ['post', 'put', 'patch', 'delete'] as const) {
      const r = await s[verb](`${server.url}/${verb}`, { json: { verb } });
      expect(r.json<Echo>().json).toEqual({ verb });
    }
    expect((await s.options(`${server.url}/get`)).statusCode).toBe(200);
    const head = await s.head(`${server.url}/get`);
    expect([head.statusCode, head.content.byteLength]).toEqual([200, 0]);
    const viaRequest = await s.request('post', `${server.url}/anything`, { data: 'raw' });
    expect(viaRequest.json<Echo>().data).toBe('raw');
  });

  it('prepareRequest merges session state; send sends it', async () => {
    const server = await startHttpbin();
    const s = httpSession();
    s.headers.set('X-Session', '1');
    s.cookies.set('c', 'v');
    const req = new Request('GET', `${server.url}/headers`, { headers: { 'X-Req': '2' } });
    const prepared = s.prepareRequest(req);
    expect(prepared.headers.get('x-session')).toBe('1');
    expect(prepared.headers.get('cookie')).toBe('c=v');
    prepared.headers.set('X-Late', '3');
    const r = await s.send(prepared);
    const sent = r.json<Echo>().headers;
    expect([sent['X-Session'], sent['X-Req'], sent['X-Late']]).toEqual(['1', '2', '3']);
    expect(r.request).toBe(prepared);
    expect(r.connection).toBe(s.getAdapter(server.url));
    expect(r.elapsed).toBeGreaterThan(0);
  });

  it('resolves relative URLs against baseUrl and sends session auth only to its origin', async () => {
    const server = await startHttpbin();
    const other = await startHttpbin();
    const s = httpSession({ baseUrl: `${server.url}/anything/` });
    s.auth = ['u', 'p'];
    const r = await s.get('x?y=1');
    expect(r.url).toBe(`${server.url}/anything/x?y=1`);
    expect(r.json<Echo>().headers.Authorization).toBe(`Basic ${btoa('u:p')}`);
    expect((await s.get('/get')).url).toBe(`${server.url}/get`);
    const elsewhere = await s.get(`${other.url}/anything`);
    expect(elsewhere.json<Echo>().headers.Authorization).toBeUndefined();
    const explicit = await s.get(`${other.url}/anything`, { auth: ['a', 'b'] });
    expect(explicit.json<Echo>().headers.Authorization).toBe(`Basic ${btoa('a:b')}`);
  });

  it('keeps stream responses unread until read', async () => {
    const server = await startHttpbin();
    const s = httpSession();
    s.stream = true;
    const r = await s.get(`${server.url}/bytes/10`);
    expect(() => r.content).toThrow(/not been read/);
    expect((await r.read()).byteLength).toBe(10);
    const read = await s.get(`${server.url}/bytes/10`, { stream: false });
    expect(read.content.byteLength).toBe(10);
  });

  it('sets the charset detector and cookie jar factory on responses', async () => {
    const server = await startHttpbin();
    const detector = { detect: () => 'iso-8859-2' };
    const s = httpSession({ charsetDetector: detector });
    const r = await s.get(`${server.url}/cookies/set?a=1`, { allowRedirects: false });
    expect(r.charsetDetector).toBe(detector);
    expect(r.cookies.get('a')).toBe('1');
  });

  it('refuses to send a Request that was not prepared, as Requests does', async () => {
    const server = await startHttpbin();
    const s = httpSession();
    const request = new Request('GET', `${server.url}/get`);
    const notPrepared = request as unknown as PreparedRequest;
    await expect(s.send(notPrepared)).rejects.toThrow(new TypeError('You can only send PreparedRequests.'));
    await expect(s.send(null as unknown as PreparedRequest)).rejects.toThrow(TypeError);
    const r = await s.send(s.prepareRequest(request));
    expect(r.statusCode).toBe(200);
  });
});

describe('hooks', () => {
  it('runs session hooks, then request hooks; a returned response replaces', async () => {
    const server = await startHttpbin();
    const s = httpSession();
    const calls: string[] = [];
    const sessionHook: ResponseHook = (r, options) => {
      calls.push(`session ${r.statusCode} stream=${options.stream}`);
    };
    s.hooks.response.push(sessionHook);
    const replacement = await s.get(`${server.url}/status/418`);
    const requestHook: ResponseHook = (r) => {
      calls.push(`request ${r.statusCode}`);
      return replacement;
    };
    calls.length = 0;
    const r = await s.get(`${server.url}/get`, { hooks: { response: requestHook } });
    expect(calls).toEqual(['session 200 stream=false', 'request 200']);
    expect(r).toBe(replacement);
    expect(s.hooks.response).toEqual([sessionHook]);
  });

  it('reads the body before hooks unless streaming or about to follow a redirect', async () => {
    const server = await startHttpbin();
    const s = httpSession();
    const seen: string[] = [];
    const hook: ResponseHook = (r) => {
      try {
        seen.push(`${r.statusCode} ${r.json<Echo>().url}`);
      } catch (error) {
        seen.push(`${r.statusCode} ${(error as Error).name}`);
      }
    };
    await s.get(`${server.url}/redirect/1`, { hooks: { response: hook } });
    await s.get(`${server.url}/get?x`, { hooks: { response: hook }, stream: true });
    await s.get(`${server.url}/redirect/1`, { hooks: { response: hook }, allowRedirects: false });
    expect(seen).toEqual([
      '302 RequestException',
      `200 ${server.url}/get`,
      '200 RequestException',
      '302 JSONDecodeError',
    ]);
  });

  it('runs hooks for every redirect hop and closes the response when a hook throws', async () => {
    const server = await startHttpbin();
    const s = httpSession();
    const seen: number[] = [];
    const r = await s.get(`${server.url}/redirect/2`, {
      hooks: { response: (x) => void seen.push(x.statusCode) },
    });
    expect([r.statusCode, seen]).toEqual([200, [302, 302, 200]]);
    const boom = new Error('hook failed');
    await expect(
      s.get(`${server.url}/get`, { hooks: { response: () => Promise.reject(boom) } }),
    ).rejects.toBe(boom);
    expect((await s.get(`${server.url}/get`)).statusCode).toBe(200);
  });
});
