// @reqs/cookies' jar end to end, as users get it: a Session on the undici HTTPAdapter against a
// real HTTP server on 127.0.0.1 — Set-Cookie stored from the responses, Cookie sent back.
// (It lives here because @reqs/cookies cannot depend on @reqs/session, which depends on it.)
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HTTPAdapter } from '@reqs/adapters';
import { RequestsCookieJar } from '@reqs/cookies';
import { describe, expect, it, onTestFinished } from 'vitest';
import { Session } from '../src/session.js';

const LOGIN_COOKIES = [
  'sid=abc123; Path=/; HttpOnly',
  'theme=dark; Max-Age=3600',
  'api=1; Path=/api',
  'secure=1; Secure', // over plain http: refused
  'super=1; Domain=com', // a public suffix: refused
  'foreign=1; Domain=example.com', // not this host: refused
  '__proto__=polluted',
];

async function startServer(): Promise<string> {
  const server: Server = createServer((req, res) => {
    if (req.url === '/login') res.setHeader('Set-Cookie', LOGIN_COOKIES);
    if (req.url === '/logout') res.setHeader('Set-Cookie', ['sid=; Path=/; Max-Age=0']);
    res.setHeader('Connection', 'close');
    res.end(req.headers.cookie ?? '');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  onTestFinished(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** A Session on the undici transport with a RequestsCookieJar, closed after the test. */
function useSession(): { session: Session; jar: RequestsCookieJar } {
  const jar = new RequestsCookieJar();
  const session = new Session({ cookies: jar });
  session.mount('http://', new HTTPAdapter());
  onTestFinished(() => session.close());
  return { session, jar };
}

/** What the server saw in the Cookie header of a GET to `url`. */
async function cookieSent(session: Session, url: string): Promise<string> {
  return (await session.get(url, { timeout: 5_000 })).text;
}

describe('the cookie jar through a Session, end to end on 127.0.0.1', () => {
  it('stores Set-Cookie, sends cookies back by path, and forgets a cookie the server expires', async () => {
    const base = await startServer();
    const { session, jar } = useSession();
    jar.set('everywhere', '1');

    expect(await cookieSent(session, `${base}/login`)).toBe('everywhere=1');
    expect(jar.keys()).toEqual(['everywhere', 'sid', 'theme', 'api', '__proto__']);
    expect(jar.get('sid')).toBe('abc123');

    expect(await cookieSent(session, `${base}/echo`)).toBe(
      'everywhere=1; sid=abc123; theme=dark; __proto__=polluted',
    );
    expect(await cookieSent(session, `${base}/api/echo`)).toBe(
      'api=1; everywhere=1; sid=abc123; theme=dark; __proto__=polluted',
    );

    // Host-only cookies of 127.0.0.1 never go to localhost, even on the same port.
    expect(await cookieSent(session, `${base.replace('127.0.0.1', 'localhost')}/echo`)).toBe('everywhere=1');

    await cookieSent(session, `${base}/logout`);
    expect(jar.has('sid')).toBe(false);
    expect(await cookieSent(session, `${base}/echo`)).toBe('everywhere=1; theme=dark; __proto__=polluted');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
