// Hostile Set-Cookie: public suffixes, other domains, Secure over http, oversized cookies;
// cookies given per request stay with their request. Hosts other than 127.0.0.1 are reached
// through the hostile server acting as a forward proxy (absolute-form request targets).
import { startServer } from '@reqs/httpbin';
import { describe, expect, it } from 'vitest';
import { checkRecovery, createSession, header, startHostileServer } from '../src/index.js';
import { writeResponse } from './helpers/respond.js';

/** A forward-proxy stand-in: `/set` answers with `setCookies`, `/check` with 200. */
async function cookieServer(setCookies: readonly string[]) {
  return startHostileServer({
    '/set': (_r, socket) =>
      writeResponse(socket, '200 OK', [...setCookies.map((c) => `Set-Cookie: ${c}`), 'Content-Length: 0']),
    '/check': (_r, socket) => writeResponse(socket, '200 OK', ['Content-Length: 5'], 'check'),
  });
}

describe('Set-Cookie a host may not set', () => {
  it('Domain= a public suffix (github.io, co.uk, io) is refused; the host’s own domain is kept', async () => {
    await using server = await cookieServer([
      'suffix=1; Domain=github.io; Path=/',
      'tld=1; Domain=io; Path=/',
      'own=1; Domain=foo.github.io; Path=/',
    ]);
    const s = createSession();
    const proxies = { http: server.url };
    await s.get('http://foo.github.io/set', { proxies });
    await s.get('http://bar.github.io/check', { proxies });
    await s.get('http://foo.github.io/check', { proxies });
    const [toBar, toFoo] = server.requestsTo('/check');
    expect(header(toBar!, 'cookie')).toBeUndefined();
    expect(header(toFoo!, 'cookie')).toBe('own=1');
    expect([...s.cookies].map((c) => c.name)).toEqual(['own']);
    await checkRecovery(s, server, { keptAlive: 1 });
  });

  it('Domain=co.uk from shop.example.co.uk is refused', async () => {
    await using server = await cookieServer(['uk=1; Domain=co.uk; Path=/']);
    const s = createSession();
    const proxies = { http: server.url };
    await s.get('http://shop.example.co.uk/set', { proxies });
    await s.get('http://other.co.uk/check', { proxies });
    expect(header(server.requestsTo('/check')[0]!, 'cookie')).toBeUndefined();
    expect(s.cookies.size).toBe(0);
    await checkRecovery(s, server, { keptAlive: 1 });
  });

  it('Domain= another site is refused; a parent domain of the host is accepted (RFC 6265)', async () => {
    await using server = await cookieServer([
      'evil=1; Domain=evil.example; Path=/',
      'parent=1; Domain=example.com; Path=/',
    ]);
    const s = createSession();
    const proxies = { http: server.url };
    await s.get('http://a.example.com/set', { proxies });
    await s.get('http://evil.example/check', { proxies });
    await s.get('http://b.example.com/check', { proxies });
    const [toEvil, toSibling] = server.requestsTo('/check');
    expect(header(toEvil!, 'cookie')).toBeUndefined();
    expect(header(toSibling!, 'cookie')).toBe('parent=1');
    await checkRecovery(s, server, { keptAlive: 1 });
  });

  it('a cookie over 4096 bytes is ignored; one just under is kept', async () => {
    await using server = await cookieServer([
      `big=${'b'.repeat(4100)}; Path=/`,
      `fits=${'f'.repeat(4000)}; Path=/`,
    ]);
    const s = createSession();
    await s.get(`${server.url}/set`);
    await s.get(`${server.url}/check`);
    const cookie = header(server.requestsTo('/check')[0]!, 'cookie');
    expect(cookie).toBe(`fits=${'f'.repeat(4000)}`);
    await checkRecovery(s, server, { keptAlive: 1 });
  });
});

describe('Secure cookies', () => {
  it('a Secure cookie set over plain http is never sent back over http', async () => {
    await using server = await cookieServer(['plain=1; Path=/', 'secure=1; Path=/; Secure']);
    const s = createSession();
    await s.get(`${server.url}/set`);
    await s.get(`${server.url}/check`);
    expect(header(server.requestsTo('/check')[0]!, 'cookie')).toBe('plain=1');
    await checkRecovery(s, server, { keptAlive: 1 });
  });

  it.each(['localhost', '127.0.0.1'])(
    'a Secure cookie in the jar is not sent to http://%s (not even to loopback)',
    async (host) => {
      await using server = await cookieServer([]);
      const s = createSession();
      s.cookies.set('secure', '1', { domain: host, path: '/', secure: true });
      s.cookies.set('plain', '1', { domain: host, path: '/' });
      await s.get(`http://${host}:${server.port}/check`);
      expect(header(server.requestsTo('/check')[0]!, 'cookie')).toBe('plain=1');
      await checkRecovery(s, server, { keptAlive: 1 });
    },
  );
});

describe('cookies given per request', () => {
  it('are sent with that request only and never stored in the session', async () => {
    await using server = await cookieServer([]);
    const s = createSession();
    await s.get(`${server.url}/check`, { cookies: { once: '1' } });
    await s.get(`${server.url}/check`);
    const [first, second] = server.requestsTo('/check');
    expect(header(first!, 'cookie')).toBe('once=1');
    expect(header(second!, 'cookie')).toBeUndefined();
    expect(s.cookies.size).toBe(0);
    await checkRecovery(s, server, { keptAlive: 1 });
  });
});

describe('a server flooding Set-Cookie (issue 13)', () => {
  it('never makes later requests to it or to others fail: 50 kept per domain, the Cookie header bounded', async () => {
    await using flooder = await startServer();
    await using otherServer = await startServer();
    const other = { url: otherServer.url.replace('127.0.0.1', 'localhost') }; // another host for cookies
    const s = createSession();
    await s.get(`${other.url}/cookies/set?mine=1`, { allowRedirects: false });
    const value = 'v'.repeat(2000);
    for (let round = 0; round < 30; round++) {
      const query = [0, 1, 2, 3].map((i) => `k${round}_${i}=${value}`).join('&');
      const r = await s.get(`${flooder.url}/cookies/set?${query}`, { allowRedirects: false });
      expect(r.statusCode).toBe(302);
    }
    const flooded = [...s.cookies].filter((cookie) => cookie.domain === '127.0.0.1');
    expect(flooded).toHaveLength(50);
    const again = await s.get(`${flooder.url}/cookies`);
    expect(again.statusCode).toBe(200);
    expect(Buffer.byteLength(again.request.headers.get('Cookie') ?? '')).toBeLessThanOrEqual(8182);
    const elsewhere = await s.get(`${other.url}/cookies`);
    expect(elsewhere.statusCode).toBe(200);
    expect(elsewhere.json()).toEqual({ cookies: { mine: '1' } });
    await s.close();
  });
});
