// Digest auth reached through a redirect, as Requests answers it (issue 13, test_requests digest tests).

import { useHttpbin } from '@reqs/test-servers/httpbin';
import { describe, expect, it } from 'vitest';
import { HTTPDigestAuth, Session } from '../src/index.js';

const httpbin = useHttpbin();

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

describe('HTTPDigestAuth: the retry counter resets on a redirect', () => {
  it('answers a fresh challenge on the hop after an answered one redirected', async () => {
    const { createServer } = await import('node:http');
    const seen: string[] = [];
    const server = createServer((req, res) => {
      const nonce = req.url === '/a' ? 'n1' : 'n2';
      const auth = req.headers.authorization ?? '';
      seen.push(`${req.url} ${/nonce="(\w+)"/.exec(auth)?.[1] ?? '-'}`);
      if (!auth.includes(`nonce="${nonce}"`)) {
        res.writeHead(401, { 'WWW-Authenticate': `Digest realm="r", nonce="${nonce}", qop="auth"` }).end();
      } else if (req.url === '/a') res.writeHead(302, { Location: '/b' }).end();
      else res.end('ok');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as { port: number };
      await using s = new Session();
      s.trustEnv = false;
      const r = await s.get(`http://127.0.0.1:${port}/a`, { auth: new HTTPDigestAuth('user', 'pass') });
      expect([r.statusCode, r.text]).toEqual([200, 'ok']);
      // As Requests: the hop copies the original request (no answer yet); its 401 is answered.
      expect(seen).toEqual(['/a -', '/a n1', '/b -', '/b n2']);
      expect(r.history.map((h) => h.statusCode)).toEqual([302]);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
