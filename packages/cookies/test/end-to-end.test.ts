// The jar against a real HTTP server on 127.0.0.1: Set-Cookie stored from node:http responses,
// Cookie sent back by node:http requests.
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it, onTestFinished } from 'vitest';
import { RequestsCookieJar } from '../src/requests-cookie-jar.js';

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

/** One GET through node:http, with the jar's Cookie header and its Set-Cookie stored back. */
function get(jar: RequestsCookieJar, url: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const cookie = jar.cookieHeaderFor(url);
    const req = request(url, { agent: false, headers: cookie === null ? {} : { cookie } }, (res) => {
      jar.storeResponseCookies(res.headers['set-cookie'] ?? [], url);
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve(Buffer.concat(chunks).toString('latin1')));
      res.on('error', reject);
    });
    req.setTimeout(5000, () => req.destroy(new Error('request timed out')));
    req.on('error', reject);
    req.end();
  });
}

describe('end to end against node:http on 127.0.0.1', () => {
  it('stores Set-Cookie, sends cookies back by path, and forgets a cookie the server expires', async () => {
    const base = await startServer();
    const jar = new RequestsCookieJar();
    jar.set('everywhere', '1');

    expect(await get(jar, `${base}/login`)).toBe('everywhere=1');
    expect(jar.keys()).toEqual(['everywhere', 'sid', 'theme', 'api', '__proto__']);
    expect(jar.get('sid')).toBe('abc123');

    expect(await get(jar, `${base}/echo`)).toBe('everywhere=1; sid=abc123; theme=dark; __proto__=polluted');
    expect(await get(jar, `${base}/api/echo`)).toBe(
      'api=1; everywhere=1; sid=abc123; theme=dark; __proto__=polluted',
    );

    // Host-only cookies of 127.0.0.1 never go to localhost, even on the same port.
    expect(jar.cookieHeaderFor(base.replace('127.0.0.1', 'localhost'))).toBe('everywhere=1');

    await get(jar, `${base}/logout`);
    expect(jar.has('sid')).toBe(false);
    expect(await get(jar, `${base}/echo`)).toBe('everywhere=1; theme=dark; __proto__=polluted');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
