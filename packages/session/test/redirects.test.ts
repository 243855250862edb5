import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import {
  BaseAdapter,
  InvalidSchema,
  type PreparedRequest,
  Response,
  StreamConsumedError,
  TooManyRedirects,
  UnrewindableBodyError,
} from '@reqs/core';
import { startHttpbin } from '@reqs/test-servers/httpbin';
import { describe, expect, it, onTestFinished } from 'vitest';
import { httpSession, redirectTo, viaLocalhost } from './helpers.js';

interface Echo {
  headers: Record<string, string>;
  method: string;
  url: string;
  data: string;
  json: unknown;
  cookies: Record<string, string>;
}

describe('following redirects', () => {
  it('keeps history oldest first, each with its own history, and drains small bodies', async () => {
    const server = await startHttpbin();
    const s = httpSession();
    const r = await s.get(`${server.url}/redirect/3`);
    expect([r.statusCode, r.url]).toEqual([200, `${server.url}/get`]);
    expect(r.history.map((h) => [h.statusCode, h.url])).toEqual([
      [302, `${server.url}/redirect/3`],
      [302, `${server.url}/relative-redirect/2`],
      [302, `${server.url}/relative-redirect/1`],
    ]);
    expect(r.history.map((h) => h.history.length)).toEqual([0, 1, 2]);
    expect(r.history[0]?.text).toContain('Redirecting');
    expect(server.connections).toBe(1); // drained hops give the connection back
  });

  it('throws TooManyRedirects past maxRedirects, with the last response', async () => {
    const server = await startHttpbin();
    const s = httpSession();
    expect((await s.get(`${server.url}/redirect/30`)).history).toHaveLength(30);
    const error = await s.get(`${server.url}/redirect/31`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TooManyRedirects);
    expect((error as TooManyRedirects).message).toBe('Exceeded 30 redirects.');
    expect((error as TooManyRedirects).response?.url).toBe(`${server.url}/relative-redirect/1`);
    s.maxRedirects = 2;
    await expect(s.get(`${server.url}/redirect/3`)).rejects.toThrow('Exceeded 2 redirects.');
    s.maxRedirects = 0;
    await expect(s.get(`${server.url}/redirect/1`)).rejects.toThrow('Exceeded 0 redirects.');
  });

  it('allowRedirects: false returns the redirect with its body and next set', async () => {
    const server = await startHttpbin();
    const s = httpSession();
    const r = await s.get(`${server.url}/redirect/2#frag`, { allowRedirects: false });
    expect([r.statusCode, r.history.length, r.isRedirect]).toEqual([302, 0, true]);
    expect(r.text).toContain('Redirecting');
    expect(r.next?.url).toBe(`${server.url}/relative-redirect/1#frag`);
    expect(r.next?.method).toBe('GET');
    const followed = await s.send(r.next as PreparedRequest);
    expect(followed.url).toBe(`${server.url}/get#frag`);
    expect((await s.get(`${server.url}/get`, { allowRedirects: false })).next).toBeNull();
    const head = await s.head(`${server.url}/redirect/1`);
    expect(head.statusCode).toBe(302);
  });

  it('resolves relative, scheme-relative and percent-encoded Locations, carrying the fragment', async () => {
    const server = await startHttpbin();
    const s = httpSession();
    const relative = await s.get(`${redirectTo(server.url, '/anything/a b/café')}#top`);
    expect(relative.url).toBe(`${server.url}/anything/a%20b/caf%C3%A9#top`);
    expect(relative.json<Echo>().url).toBe(`${server.url}/anything/a%20b/caf%C3%A9`);
    const schemeRelative = await s.get(redirectTo(server.url, `//${server.url.slice(7)}/anything/x#own`));
    expect(schemeRelative.url).toBe(`${server.url}/anything/x#own`);
  });
});

describe('methods and bodies', () => {
  it.each([307, 308])('%d re-sends the method, body and headers', async (status) => {
    const server = await startHttpbin();
    const s = httpSession();
    const r = await s.post(redirectTo(server.url, '/post', status), {
      data: 'hello',
      headers: { 'Content-Type': 'text/plain' },
    });
    const echo = r.json<Echo>();
    expect([r.statusCode, echo.data, echo.headers['Content-Type']]).toEqual([200, 'hello', 'text/plain']);
    const put = await s.put(redirectTo(server.url, '/anything', status), { json: { a: 1 } });
    expect([put.json<Echo>().method, put.json<Echo>().json]).toEqual(['PUT', { a: 1 }]);
  });

  it.each([
    [301, 'POST', 'GET'],
    [302, 'POST', 'GET'],
    [303, 'POST', 'GET'],
    [302, 'PUT', 'GET'],
    [301, 'PUT', 'PUT'],
    [303, 'DELETE', 'GET'],
  ])('%d %s → %s, dropping the body and its headers', async (status, method, expected) => {
    const server = await startHttpbin();
    const s = httpSession();
    const r = await s.request(method, redirectTo(server.url, '/anything', status), { data: { a: '1' } });
    const echo = r.json<Echo>();
    expect(echo.method).toBe(expected);
    expect(echo.data).toBe('');
    expect(echo.headers['Content-Type']).toBeUndefined();
    // A body-less PUT may carry `Content-Length: 0` (the transport adds it), never the old length.
    expect([undefined, '0']).toContain(echo.headers['Content-Length']);
  });

  it('HEAD stays HEAD on 302 and 303', async () => {
    const server = await startHttpbin();
    const s = httpSession();
    for (const status of [302, 303]) {
      const r = await s.head(redirectTo(server.url, '/get', status), { allowRedirects: true });
      expect([r.statusCode, r.request.method]).toEqual([200, 'HEAD']);
    }
  });

  it('a 307 with a body that can be read only once throws UnrewindableBodyError', async () => {
    const server = await startHttpbin();
    const s = httpSession();
    const data = Readable.from([Buffer.from('once')]);
    await expect(s.post(redirectTo(server.url, '/post', 307), { data })).rejects.toBeInstanceOf(
      UnrewindableBodyError,
    );
    expect((await s.get(`${server.url}/get`)).statusCode).toBe(200);
  });
});

describe('credentials across hosts (127.0.0.1 and localhost)', () => {
  it('strips Authorization when host, port or scheme changes; keeps it on the same origin', async () => {
    const a = await startHttpbin();
    const b = await startHttpbin();
    const s = httpSession();
    s.auth = ['user', 'secret'];
    const same = await s.get(redirectTo(a.url, '/anything'));
    expect(same.json<Echo>().headers.Authorization).toBe(`Basic ${btoa('user:secret')}`);
    for (const target of [`${b.url}/anything`, `${viaLocalhost(a)}/anything`]) {
      const r = await s.get(redirectTo(a.url, target));
      expect(r.url).toBe(target);
      expect(r.json<Echo>().headers.Authorization).toBeUndefined();
    }
    const lower = await s.get(redirectTo(a.url, `${b.url}/anything`), {
      headers: { authorization: 'Bearer t' },
      auth: null,
    });
    expect(lower.json<Echo>().headers.Authorization).toBeUndefined();
  });

  it('keeps Authorization stripped for the rest of the chain (A → B → A)', async () => {
    const a = await startHttpbin();
    const b = await startHttpbin();
    const s = httpSession();
    const r = await s.get(redirectTo(a.url, redirectTo(b.url, `${a.url}/anything`)), {
      auth: ['user', 'secret'],
    });
    expect(r.url).toBe(`${a.url}/anything`);
    expect(r.history).toHaveLength(2);
    expect(r.json<Echo>().headers.Authorization).toBeUndefined();
  });

  it('asks netrc per hop for exactly the host connected to', async () => {
    const a = await startHttpbin();
    const asked: string[] = [];
    const s = httpSession({
      netrcAuth: (url) => {
        asked.push(url);
        return new URL(url).hostname === 'localhost' ? ['netrc-user', 'netrc-pass'] : null;
      },
    });
    const target = `${viaLocalhost(a)}/anything`;
    const r = await s.get(redirectTo(a.url, target));
    expect(asked).toEqual([redirectTo(a.url, target), target]);
    expect(r.json<Echo>().headers.Authorization).toBe(`Basic ${btoa('netrc-user:netrc-pass')}`);
    s.trustEnv = false;
    asked.length = 0;
    await s.get(redirectTo(a.url, target));
    expect(asked).toEqual([]);
  });

  it('drops a user Host header on every hop, same host included (each hop names its own URL)', async () => {
    const a = await startHttpbin();
    const b = await startHttpbin();
    const s = httpSession();
    const headers = { Host: 'custom.example' };
    const first = await s.get(`${a.url}/headers`, { headers });
    expect(first.json<Echo>().headers.Host).toBe('custom.example');
    const same = await s.get(redirectTo(a.url, '/headers'), { headers });
    expect(same.history[0]?.request.headers.get('Host')).toBe('custom.example');
    expect(same.json<Echo>().headers.Host).toBe(a.url.slice(7));
    const other = await s.get(redirectTo(a.url, redirectTo(a.url, `${b.url}/headers`)), { headers });
    expect(other.json<Echo>().headers.Host).toBe(b.url.slice(7));
    expect(other.history[1]?.request.headers.has('Host')).toBe(false);
  });
});

describe('cookies across redirects', () => {
  it('persists cookies set on a redirect hop, across requests', async () => {
    const server = await startHttpbin();
    const s = httpSession();
    const r = await s.get(`${server.url}/cookies/set?a=1&b=2`);
    expect(r.json<Echo>().cookies).toEqual({ a: '1', b: '2' });
    expect(r.history[0]?.cookies.getDict()).toEqual({ a: '1', b: '2' });
    expect(s.cookies.get('a')).toBe('1');
    expect((await s.get(`${server.url}/cookies`)).json<Echo>().cookies).toEqual({ a: '1', b: '2' });
    await s.get(`${server.url}/cookies/delete?a`);
    expect((await s.get(`${server.url}/cookies`)).json<Echo>().cookies).toEqual({ b: '2' });
  });

  it('never sends a host cookie to another host', async () => {
    const a = await startHttpbin();
    const s = httpSession();
    await s.get(`${a.url}/cookies/set?sid=secret`);
    const r = await s.get(redirectTo(a.url, `${viaLocalhost(a)}/cookies`));
    expect(r.json<Echo>().cookies).toEqual({});
  });

  it('binds per-request cookies to the request host; they win by name and do not persist', async () => {
    const a = await startHttpbin();
    const s = httpSession();
    await s.get(`${a.url}/cookies/set?shared=session&other=1`);
    const same = await s.get(redirectTo(a.url, '/cookies'), { cookies: { shared: 'request', token: 't' } });
    expect(same.json<Echo>().cookies).toEqual({ shared: 'request', other: '1', token: 't' });
    const elsewhere = await s.get(redirectTo(a.url, `${viaLocalhost(a)}/cookies`), {
      cookies: { token: 't' },
    });
    expect(elsewhere.json<Echo>().cookies).toEqual({});
    expect(s.cookies.getDict()).toEqual({ shared: 'session', other: '1' });
  });

  it('stores cookies a hop sets into the per-request jar too', async () => {
    const a = await startHttpbin();
    const s = httpSession();
    const r = await s.get(`${a.url}/cookies/set?fresh=1`, { cookies: { token: 't' } });
    expect(r.json<Echo>().cookies).toEqual({ fresh: '1', token: 't' });
  });
});

describe('schemes and adapters', () => {
  it('refuses a Location no adapter is mounted for', async () => {
    const server = await startHttpbin();
    const s = httpSession();
    for (const target of ['ftp://example.com/x', 'file:///etc/passwd', 'javascript:alert(1)']) {
      const error = await s.get(redirectTo(server.url, target)).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InvalidSchema);
      expect((error as Error).message).toBe(`No connection adapters were found for '${target}'`);
    }
  });

  /** An adapter for a custom scheme: `redirects` maps a path to a `Location` (302), else 200. */
  class SchemeAdapter extends BaseAdapter {
    readonly seen: string[] = [];
    constructor(readonly redirects: Readonly<Record<string, string>> = {}) {
      super();
    }
    async send(request: PreparedRequest) {
      this.seen.push(`${request.method} ${request.url}`);
      const r = new Response();
      const location = this.redirects[new URL(request.url).pathname];
      r.statusCode = location === undefined ? 200 : 302;
      if (location !== undefined) r.headers.set('Location', location);
      r.url = request.url;
      r.request = request;
      r.content = new TextEncoder().encode(`from ${request.url}`);
      return r;
    }
    async close() {}
  }

  it.each([['echo://host/path'], ['ECHO://host/path'], ['http+unix://%2Ftmp%2Fdocker.sock/containers/json']])(
    'refuses a Location from http to %s even with an adapter mounted for it',
    async (target) => {
      const server = await startHttpbin();
      const s = httpSession();
      const adapter = new SchemeAdapter();
      s.mount('echo://', adapter);
      s.mount('http+unix://', adapter);
      const error = await s.get(redirectTo(server.url, target)).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InvalidSchema);
      const scheme = target.slice(0, target.indexOf(':') + 1).toLowerCase();
      expect((error as Error).message).toBe(
        `Refused a redirect to the scheme '${scheme}': redirects may not leave http(s) for another scheme (this chain started on 'http:')`,
      );
      expect(adapter.seen).toEqual([]);
      // allowRedirects: false offers no next request either.
      const r = await s.get(redirectTo(server.url, target), { allowRedirects: false });
      expect([r.statusCode, r.next]).toEqual([302, null]);
    },
  );

  it('follows redirects within the scheme a chain started on, and out of it to http', async () => {
    const server = await startHttpbin();
    const s = httpSession();
    const adapter = new SchemeAdapter({ '/a': 'echo://host/b', '/b': `${server.url}/get` });
    s.mount('echo://', adapter);
    const r = await s.get('echo://host/a');
    expect([r.statusCode, r.url]).toEqual([200, `${server.url}/get`]);
    expect(adapter.seen).toEqual(['GET echo://host/a', 'GET echo://host/b']);
    expect(r.history.map((h) => h.url)).toEqual(['echo://host/a', 'echo://host/b']);
  });

  it('refuses a redirect from one custom scheme to another, and back into one after http', async () => {
    const server = await startHttpbin();
    const s = httpSession();
    const other = new SchemeAdapter();
    s.mount('other://', other);
    s.mount('echo://', new SchemeAdapter({ '/a': 'other://host/x' }));
    await expect(s.get('echo://host/a')).rejects.toThrow(
      "Refused a redirect to the scheme 'other:': redirects may not leave http(s) for another scheme (this chain started on 'echo:')",
    );
    s.mount('echo://', new SchemeAdapter({ '/a': redirectTo(server.url, 'other://host/y') }));
    await expect(s.get('echo://host/a')).rejects.toThrow(InvalidSchema);
    expect(other.seen).toEqual([]);
  });
});

describe('redirect bodies', () => {
  async function redirector(body: Buffer, headers: Record<string, string>): Promise<string> {
    const server: Server = createServer((req, res) => {
      if (req.url === '/final') return void res.end('final');
      res.writeHead(302, { Location: '/final', ...headers });
      res.end(body);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    onTestFinished(
      () =>
        new Promise<void>((resolve) => {
          server.closeAllConnections();
          server.close(() => resolve());
        }),
    );
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  it('drops a large redirect body instead of reading it', async () => {
    const url = await redirector(Buffer.alloc(1024 * 1024, 97), {});
    const s = httpSession();
    const r = await s.get(`${url}/start`);
    expect(r.text).toBe('final');
    expect(() => r.history[0]?.content).toThrow(StreamConsumedError);
  });

  it('never decompresses a redirect body', async () => {
    const url = await redirector(gzipSync(Buffer.alloc(1024, 97)), { 'Content-Encoding': 'gzip' });
    const s = httpSession();
    const r = await s.get(`${url}/start`);
    expect(r.text).toBe('final');
    expect(() => r.history[0]?.content).toThrow(StreamConsumedError);
  });

  it('reads a small chunked redirect body', async () => {
    const url = await redirector(Buffer.from('small'), { 'Transfer-Encoding': 'chunked' });
    const s = httpSession();
    const r = await s.get(`${url}/start`);
    expect([r.text, r.history[0]?.text]).toEqual(['final', 'small']);
  });
});

describe('Session#resolveRedirects, driven by hand', () => {
  it('yields the response of each hop in order and stops at the first non-redirect', async () => {
    const server = await startHttpbin();
    const s = httpSession();
    const first = await s.get(`${server.url}/redirect/3`, { allowRedirects: false });
    expect(first.statusCode).toBe(302);
    const hops: Response[] = [];
    for await (const hop of s.resolveRedirects(first, first.request)) hops.push(hop);
    expect(hops.map((r) => [r.statusCode, new URL(r.url).pathname])).toEqual([
      [302, '/relative-redirect/2'],
      [302, '/relative-redirect/1'],
      [200, '/get'],
    ]);
    expect(hops.at(-1)?.json()).toMatchObject({ url: `${server.url}/get` });
  });

  it('yields each hop read with stream false, as Requests (noticed in stop 22)', async () => {
    const server = await startHttpbin();
    const s = httpSession();
    const first = await s.get(redirectTo(server.url, '/redirect-to?url=/get'), { allowRedirects: false });
    const seen: string[] = [];
    // Read inside the loop, before the generator goes on: no `await hop.read()` needed.
    for await (const hop of s.resolveRedirects(first, first.request)) {
      seen.push(`${hop.statusCode} ${typeof hop.text}`);
      if (hop.statusCode === 200) expect(hop.json()).toMatchObject({ url: `${server.url}/get` });
    }
    expect(seen).toEqual(['302 string', '200 string']);
  });

  it('yields the hops unread with stream true, the last one for the caller to read', async () => {
    const server = await startHttpbin();
    const s = httpSession();
    const first = await s.get(`${server.url}/redirect/1`, { allowRedirects: false });
    const hops: Response[] = [];
    for await (const hop of s.resolveRedirects(first, first.request, { stream: true })) hops.push(hop);
    const last = hops.at(-1) as Response;
    expect(() => last.content).toThrow(/has not been read yet \(it was requested with stream: true\)/);
    await last.read();
    expect(last.json()).toMatchObject({ url: `${server.url}/get` });
  });

  it('rebuilds the method per hop (303 turns a POST into a GET) and drops the body', async () => {
    const server = await startHttpbin();
    const s = httpSession();
    const first = await s.post(`${server.url}/redirect-to?url=/anything&status_code=303`, {
      data: { a: '1' },
      allowRedirects: false,
    });
    const hops: Response[] = [];
    for await (const hop of s.resolveRedirects(first, first.request)) hops.push(hop);
    expect(hops).toHaveLength(1);
    expect(hops[0]?.json()).toMatchObject({ method: 'GET', form: {}, data: '' });
  });

  it('throws TooManyRedirects once the session’s maxRedirects is passed', async () => {
    const server = await startHttpbin();
    const s = httpSession();
    s.maxRedirects = 2;
    const first = await s.get(`${server.url}/redirect/5`, { allowRedirects: false });
    const hops: number[] = [];
    const error = await (async () => {
      for await (const hop of s.resolveRedirects(first, first.request)) hops.push(hop.statusCode);
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TooManyRedirects);
    expect(hops).toEqual([302, 302]);
  });
});
