// Requests' cookie dict interface through a session: r.cookies['x'], s.cookies['x'] = 'y' (issue 13).

import { startHttpbin } from '@reqs/test-servers/httpbin';
import { describe, expect, it } from 'vitest';
import { httpSession } from './helpers.js';

/** A jar as plain JavaScript sees it. */
type Dict = Record<string, unknown>;

describe('cookies in bracket form (Requests test_requests cookie tests)', () => {
  it('reads r.cookies and s.cookies by name, and sends a cookie set by bracket', async () => {
    const server = await startHttpbin();
    const s = httpSession();
    const r = await s.get(`${server.url}/cookies/set?flavor=chocolate`, { allowRedirects: false });
    expect((r.cookies as unknown as Dict).flavor).toBe('chocolate');
    expect((s.cookies as unknown as Dict).flavor).toBe('chocolate');
    (s.cookies as unknown as Dict).sessioncookie = 'abc';
    const echoed = await s.get(`${server.url}/cookies`);
    expect(echoed.json()).toEqual({ cookies: { flavor: 'chocolate', sessioncookie: 'abc' } });
    delete (s.cookies as unknown as Dict).flavor;
    expect((await s.get(`${server.url}/cookies`)).json()).toEqual({ cookies: { sessioncookie: 'abc' } });
  });

  it('keeps a double-quoted value exactly as the server sent it (test_cookie_quote_wrapped)', async () => {
    const server = await startHttpbin();
    const s = httpSession();
    await s.get(`${server.url}/cookies/set?foo="bar:baz"`);
    expect((s.cookies as unknown as Dict).foo).toBe('"bar:baz"');
    const r = await s.get(`${server.url}/headers`);
    expect((r.json() as { headers: Record<string, string> }).headers.Cookie).toBe('foo="bar:baz"');
  });

  it('a session given a jar still sends it after the jar is replaced by assignment', async () => {
    const server = await startHttpbin();
    const s = httpSession();
    (s.cookies as unknown as Dict).old = '1';
    const { RequestsCookieJar } = await import('@reqs/cookies');
    const jar = new RequestsCookieJar();
    (jar as unknown as Dict).fresh = '2';
    s.cookies = jar;
    expect((await s.get(`${server.url}/cookies`)).json()).toEqual({ cookies: { fresh: '2' } });
    expect(s.cookies).toBe(jar);
  });
});
