// Digest auth reached through a redirect, as Requests answers it (issue 13, test_requests digest tests).
import { type HttpbinServer, startServer } from '@reqs/httpbin';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HTTPDigestAuth, Session } from '../src/index.js';

let httpbin: HttpbinServer;
beforeAll(async () => {
  httpbin = await startServer();
});
afterAll(async () => {
  await httpbin.close();
});

describe('HTTPDigestAuth across a redirect', () => {
  it('answers one challenge; history holds the redirect only, as Requests', async () => {
    await using s = new Session();
    s.trustEnv = false;
    const target = '/digest-auth/auth/user/pass';
    const r = await s.get(`${httpbin.url}/redirect-to?url=${encodeURIComponent(target)}`, {
      auth: new HTTPDigestAuth('user', 'pass'),
    });
    expect(r.statusCode).toBe(200);
    expect(r.history.map((h) => h.statusCode)).toEqual([302]);
    expect(r.request.headers.get('Authorization')).toContain(', qop="auth", nc=00000001, cnonce="');
  });

  it('keeps the challenge in history when there is no redirect', async () => {
    await using s = new Session();
    s.trustEnv = false;
    const r = await s.get(`${httpbin.url}/digest-auth/auth/user/pass`, {
      auth: new HTTPDigestAuth('user', 'pass'),
    });
    expect(r.history.map((h) => h.statusCode)).toEqual([401]);
  });
});
