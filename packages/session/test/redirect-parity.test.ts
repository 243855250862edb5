// Redirect behaviour matched with Requests' own tests and hardened where Requests leaks (issue 13).
import type { Socket } from 'node:net';
import { type CookieJar, type CookieLike, Request, TooManyRedirects } from '@reqs/core';
import { readRequestHead, startRawServer } from '@reqs/test-servers';
import { startHttpbin } from '@reqs/test-servers/httpbin';
import { describe, expect, it } from 'vitest';
import { httpSession, redirectTo, viaLocalhost } from './helpers.js';

interface Echo {
  headers: Record<string, string>;
  url: string;
}

describe('TooManyRedirects (test_HTTP_302_TOO_MANY_REDIRECTS)', () => {
  it('carries the 31st response, whose history holds the 30 before it', async () => {
    const server = await startHttpbin();
    const s = httpSession();
    const error = (await s
      .get(`${server.url}/relative-redirect/50`)
      .catch((e: unknown) => e)) as TooManyRedirects;
    expect(error).toBeInstanceOf(TooManyRedirects);
    const last = `${server.url}/relative-redirect/20`;
    expect(error.request?.url).toBe(last);
    expect(error.response?.url).toBe(last);
    const history = error.response?.history ?? [];
    expect(history).toHaveLength(30);
    expect(history[0]?.url).toBe(`${server.url}/relative-redirect/50`);
    expect(history[29]?.url).toBe(`${server.url}/relative-redirect/21`);
  });

  it('holds maxRedirects responses when it is set (…_WITH_PARAMS)', async () => {
    const server = await startHttpbin();
    const s = httpSession();
    s.maxRedirects = 5;
    const error = (await s
      .get(`${server.url}/relative-redirect/50`)
      .catch((e: unknown) => e)) as TooManyRedirects;
    expect(error.request?.url).toBe(`${server.url}/relative-redirect/45`);
    expect(error.response?.history).toHaveLength(5);
    s.maxRedirects = 0;
    const none = (await s.get(`${server.url}/redirect/1`).catch((e: unknown) => e)) as TooManyRedirects;
    expect(none.response?.history).toEqual([]);
  });
});

describe('each hop has its own request', () => {
  it('r.history[i].request is the request that produced it; r.request the last', async () => {
    const server = await startHttpbin();
    const s = httpSession();
    const r = await s.get(`${server.url}/redirect/3`);
    const requests = [...r.history.map((h) => h.request), r.request];
    expect(requests.map((q) => q.url)).toEqual([
      `${server.url}/redirect/3`,
      `${server.url}/relative-redirect/2`,
      `${server.url}/relative-redirect/1`,
      `${server.url}/get`,
    ]);
    expect(new Set(requests).size).toBe(4);
    for (const h of r.history) expect(h.request.url).toBe(h.url);
  });
});

describe('explicit auth and .netrc across redirects', () => {
  const netrc = () => ['netrc-user', 'netrc-pass'] as const;
  const basic = (user: string, pass: string) => `Basic ${btoa(`${user}:${pass}`)}`;

  it('keeps Basic auth given explicitly on a same-origin hop; .netrc never replaces it', async () => {
    const server = await startHttpbin();
    const s = httpSession({ netrcAuth: netrc });
    const r = await s.get(redirectTo(server.url, '/headers'), { auth: ['user', 'pass'] });
    expect(r.json<Echo>().headers.Authorization).toBe(basic('user', 'pass'));
  });

  it('keeps a user Authorization header over .netrc, on the first request and on a hop', async () => {
    const server = await startHttpbin();
    const s = httpSession({ netrcAuth: netrc });
    const headers = { Authorization: 'Bearer token' };
    const direct = await s.get(`${server.url}/headers`, { headers });
    expect(direct.json<Echo>().headers.Authorization).toBe('Bearer token');
    const hop = await s.get(redirectTo(server.url, '/headers'), { headers });
    expect(hop.json<Echo>().headers.Authorization).toBe('Bearer token');
  });

  it('still asks .netrc for another host once the explicit auth is stripped', async () => {
    const server = await startHttpbin();
    const s = httpSession({ netrcAuth: netrc });
    const r = await s.get(redirectTo(server.url, `${viaLocalhost(server)}/headers`), {
      auth: ['user', 'pass'],
    });
    expect(r.json<Echo>().headers.Authorization).toBe(basic('netrc-user', 'netrc-pass'));
  });
});

describe('Proxy-Authorization without a proxy (test_proxy_authorization_preserved_on_request)', () => {
  it('goes to the first origin and is removed on every redirect hop', async () => {
    const server = await startHttpbin();
    const s = httpSession();
    s.headers['Proxy-Authorization'] = 'Bearer XXX';
    const direct = await s.get(`${server.url}/headers`);
    expect(direct.json<Echo>().headers['Proxy-Authorization']).toBe('Bearer XXX');
    const same = await s.get(redirectTo(server.url, '/headers'));
    expect(same.json<Echo>().headers['Proxy-Authorization']).toBeUndefined();
    const other = await s.get(redirectTo(server.url, `${viaLocalhost(server)}/headers`));
    expect(other.json<Echo>().headers['Proxy-Authorization']).toBeUndefined();
  });
});

/** A CookieJar that is not a RequestsCookieJar: host-agnostic, name → value. */
class PlainJar implements CookieJar {
  readonly cookies = new Map<string, string>();
  cookieHeaderFor(): string | null {
    return this.cookies.size === 0 ? null : [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
  storeResponseCookies(): void {}
  get(name: string, defaultValue?: string): string | undefined {
    return this.cookies.get(name) ?? defaultValue;
  }
  set(name: string, value: string | null): void {
    if (value === null) this.cookies.delete(name);
    else this.cookies.set(name, value);
  }
  delete(name: string): boolean {
    return this.cookies.delete(name);
  }
  getDict(): Record<string, string> {
    return Object.fromEntries(this.cookies);
  }
  clear(): void {
    this.cookies.clear();
  }
  copy(): PlainJar {
    const jar = new PlainJar();
    for (const [k, v] of this.cookies) jar.set(k, v);
    return jar;
  }
  get size(): number {
    return this.cookies.size;
  }
  *[Symbol.iterator](): Iterator<CookieLike> {
    for (const [name, value] of this.cookies) {
      yield { name, value, domain: '', path: '/', secure: false, expires: null };
    }
  }
}

describe("a request's own cookie jar through resolveRedirects (GH #3579)", () => {
  it('keeps its jar type and sends its cookies with the session’s', async () => {
    const server = await startHttpbin();
    const s = httpSession();
    s.cookies.set('cookie', 'tasty');
    const own = new PlainJar();
    own.set('foo', 'bar');
    const prepared = new Request('GET', `${server.url}/headers`, { cookies: own }).prepare();
    expect(prepared.cookieJar).toBe(own);
    const first = await s.send(prepared, { allowRedirects: false });
    expect(first.json<Echo>().headers.Cookie).toBe('foo=bar');
    const redirect = await s.get(redirectTo(server.url, '/headers'), { allowRedirects: false });
    const hops = s.resolveRedirects(redirect, prepared);
    const hop = (await hops.next()).value;
    await hop?.read();
    expect(hop?.request.cookieJar).toBeInstanceOf(PlainJar);
    expect(hop?.request.cookieJar).not.toBe(own); // a copy: the caller's jar is left as it was
    expect(own.getDict()).toEqual({ foo: 'bar' });
    expect(hop?.request.cookieJar?.getDict()).toEqual({ foo: 'bar', cookie: 'tasty' });
    expect(hop?.json<Echo>().headers.Cookie).toBe('foo=bar; cookie=tasty');
  });
});

describe('two Location headers', () => {
  it('follows the first, never the two joined with ", "', async () => {
    await using server = await startRawServer((socket: Socket) => {
      void readRequestHead(socket).then(({ head }) => {
        const path = head.split(' ')[1];
        if (path === '/start') {
          socket.end(
            'HTTP/1.1 302 Found\r\nLocation: /first\r\nLocation: /second\r\nContent-Length: 0\r\nConnection: close\r\n\r\n',
          );
        } else {
          socket.end(
            `HTTP/1.1 200 OK\r\nContent-Length: ${path?.length ?? 0}\r\nConnection: close\r\n\r\n${path}`,
          );
        }
      });
    });
    const s = httpSession();
    const r = await s.get(`${server.url}/start`);
    expect(r.text).toBe('/first');
    expect(r.url).toBe(`${server.url}/first`);
  });
});
