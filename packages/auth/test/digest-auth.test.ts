import { Readable } from 'node:stream';
import { UnrewindableBodyError } from '@reqs/core';
import { describe, expect, it } from 'vitest';
import { HTTPDigestAuth } from '../src/http-digest-auth.js';
import { parseAuthChallenges } from '../src/parse-auth-challenges.js';
import { MemoryCookieJar } from './helpers/memory-cookie-jar.js';
import { prepare, send } from './helpers/send.js';
import { useAdapter, useHttpbin } from './helpers/servers.js';

/** The Digest parameters of a sent Authorization header. */
function digestParams(header: string | undefined): ReadonlyMap<string, string> {
  expect(header).toMatch(/^Digest /);
  return parseAuthChallenges([header!])[0]!.params;
}

describe('HTTPDigestAuth against httpbin', () => {
  it.each(['MD5', 'MD5-sess', 'SHA', 'SHA-256', 'SHA-256-sess', 'SHA-512', 'SHA-512-sess'])(
    'authenticates with %s after one 401',
    async (algorithm) => {
      const httpbin = await useHttpbin();
      const adapter = useAdapter();
      const url = `${httpbin.url}/digest-auth/auth/user/pass/${algorithm}`;
      const r = await send(adapter, prepare(url, new HTTPDigestAuth('user', 'pass')));
      expect(r.statusCode).toBe(200);
      expect(r.json()).toEqual({ authenticated: true, user: 'user' });
      expect(r.history.map((h) => h.statusCode)).toEqual([401]);
      expect(r.request.headers.get('Authorization')).toMatch(/^Digest /);
      expect(adapter.sent).toHaveLength(2);
      expect(adapter.sent[0]?.headers.Authorization).toBeUndefined();
      const params = digestParams(adapter.sent[1]?.headers.Authorization);
      expect(params.get('algorithm')).toBe(algorithm);
      expect(params.get('qop')).toBe('auth');
      expect(params.get('nc')).toBe('00000001');
      expect(params.get('uri')).toBe(`/digest-auth/auth/user/pass/${algorithm}`);
    },
  );

  it('chooses qop auth when offered auth and auth-int', async () => {
    const httpbin = await useHttpbin();
    const adapter = useAdapter();
    const r = await send(
      adapter,
      prepare(`${httpbin.url}/digest-auth/both/user/pass`, new HTTPDigestAuth('user', 'pass')),
    );
    expect(r.history[0]?.headers.get('www-authenticate')).toContain('qop="auth, auth-int"');
    expect(r.statusCode).toBe(200);
    expect(digestParams(adapter.sent[1]?.headers.Authorization).get('qop')).toBe('auth');
  });

  it('does not answer a challenge offering only auth-int', async () => {
    const httpbin = await useHttpbin();
    const adapter = useAdapter();
    const r = await send(
      adapter,
      prepare(`${httpbin.url}/digest-auth/auth-int/user/pass`, new HTTPDigestAuth('user', 'pass')),
    );
    expect(r.statusCode).toBe(401);
    expect(adapter.sent).toHaveLength(1);
  });

  it('gives up after exactly one retry with a wrong password', async () => {
    const httpbin = await useHttpbin();
    const adapter = useAdapter();
    const r = await send(
      adapter,
      prepare(`${httpbin.url}/digest-auth/auth/user/pass`, new HTTPDigestAuth('user', 'wrong')),
    );
    expect(r.statusCode).toBe(401);
    expect(adapter.sent).toHaveLength(2);
    expect(r.history.map((h) => h.statusCode)).toEqual([401]);
  });

  it('answers the known nonce up front and counts it across requests', async () => {
    const httpbin = await useHttpbin();
    const adapter = useAdapter();
    const auth = new HTTPDigestAuth('user', 'pass');
    const url = `${httpbin.url}/digest-auth/auth/user/pass/SHA-256`;
    await send(adapter, prepare(url, auth));
    const nonce = digestParams(adapter.sent[1]?.headers.Authorization).get('nonce');
    for (const nc of ['00000002', '00000003']) {
      const r = await send(adapter, prepare(url, auth));
      expect(r.statusCode).toBe(200);
      expect(r.history).toEqual([]);
      const params = digestParams(adapter.sent.at(-1)?.headers.Authorization);
      expect([params.get('nonce'), params.get('nc')]).toEqual([nonce, nc]);
    }
    expect(adapter.sent).toHaveLength(4);
    const cnonces = adapter.sent.slice(1).map((s) => digestParams(s.headers.Authorization).get('cnonce'));
    expect(new Set(cnonces).size).toBe(3);
  });

  it('answers a stale=true re-challenge with the new nonce, counting from 1 again', async () => {
    const httpbin = await useHttpbin();
    const adapter = useAdapter();
    const auth = new HTTPDigestAuth('user', 'pass');
    const jar = new MemoryCookieJar(); // the session's jar: httpbin keeps its stale_after count in cookies
    const url = `${httpbin.url}/digest-auth/auth/user/pass/MD5/1`;
    const first = await send(adapter, prepare(url, auth, { cookies: jar.copy() }), jar);
    expect(first.statusCode).toBe(200);
    expect(jar.get('stale_after')).toBe('0');

    const second = await send(adapter, prepare(url, auth, { cookies: jar.copy() }), jar);
    expect(second.statusCode).toBe(200);
    expect(second.history.map((h) => h.statusCode)).toEqual([401]);
    expect(second.history[0]?.headers.get('www-authenticate')).toContain('stale=TRUE');
    expect(adapter.sent).toHaveLength(4);
    const [upFront, retry] = adapter.sent.slice(2).map((s) => digestParams(s.headers.Authorization));
    expect(upFront?.get('nc')).toBe('00000002');
    expect(retry?.get('nonce')).not.toBe(upFront?.get('nonce'));
    expect(retry?.get('nc')).toBe('00000001');
  });

  it('carries the cookies the 401 set into the retry', async () => {
    const httpbin = await useHttpbin();
    const adapter = useAdapter();
    const url = `${httpbin.url}/digest-auth/auth/user/pass/MD5?require-cookie=true`;
    const r = await send(
      adapter,
      prepare(url, new HTTPDigestAuth('user', 'pass'), { cookies: new MemoryCookieJar() }),
    );
    expect(r.statusCode).toBe(200);
    expect(adapter.sent[0]?.headers.Cookie).toBeUndefined();
    expect(adapter.sent[1]?.headers.Cookie).toBe('stale_after=never; fake=fake_value');
  });

  it('keeps a Cookie header when there is no jar to recompute it from', async () => {
    const httpbin = await useHttpbin();
    const adapter = useAdapter();
    const url = `${httpbin.url}/digest-auth/auth/user/pass/MD5?require-cookie=true`;
    const request = prepare(url, new HTTPDigestAuth('user', 'pass'), {
      headers: { Cookie: 'fake=fake_value' },
    });
    const r = await send(adapter, request);
    expect(r.statusCode).toBe(200);
    expect(adapter.sent.map((s) => s.headers.Cookie)).toEqual(['fake=fake_value', 'fake=fake_value']);
  });

  it('sends the body again on the retry', async () => {
    const httpbin = await useHttpbin();
    const adapter = useAdapter();
    const url = `${httpbin.url}/digest-auth/auth/user/pass`;
    const r = await send(
      adapter,
      prepare(url, new HTTPDigestAuth('user', 'pass'), { method: 'POST', data: 'a=1&b=2' }),
    );
    expect(r.statusCode).toBe(200);
    expect(adapter.sent.map((s) => [s.method, s.body])).toEqual([
      ['POST', 'a=1&b=2'],
      ['POST', 'a=1&b=2'],
    ]);
  });

  it('rewinds a stream body that can be made again', async () => {
    const httpbin = await useHttpbin();
    const adapter = useAdapter();
    const request = prepare(`${httpbin.url}/digest-auth/auth/user/pass`, new HTTPDigestAuth('user', 'pass'), {
      method: 'PUT',
    });
    let made = 0;
    const makeBody = () => {
      made++;
      return Readable.from([Buffer.from('chunk one, '), Buffer.from('chunk two')]);
    };
    request.body = makeBody();
    request.bodyRewind = makeBody;
    request.headers.delete('Content-Length');
    const r = await send(adapter, request);
    expect(r.statusCode).toBe(200);
    expect(made).toBe(2);
    expect(adapter.sent.map((s) => s.body)).toEqual(['chunk one, chunk two', 'chunk one, chunk two']);
  });

  it('throws UnrewindableBodyError for a stream body that cannot be sent again', async () => {
    const httpbin = await useHttpbin();
    const adapter = useAdapter();
    const url = `${httpbin.url}/digest-auth/auth/user/pass`;
    const request = prepare(url, new HTTPDigestAuth('user', 'pass'), { method: 'POST' });
    request.body = Readable.from([Buffer.from('once')]);
    request.bodyRewind = null;
    request.headers.delete('Content-Length');
    const error = await send(adapter, request).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnrewindableBodyError);
    expect((error as UnrewindableBodyError).message).toContain(`POST ${url}`);
    expect((error as UnrewindableBodyError).response?.statusCode).toBe(401);
    expect(adapter.sent).toHaveLength(1);
  });

  it('answers only the origin it was first used on', async () => {
    const first = await useHttpbin();
    const other = await useHttpbin();
    const adapter = useAdapter();
    const auth = new HTTPDigestAuth('user', 'pass');
    const path = '/digest-auth/auth/user/pass';
    expect((await send(adapter, prepare(`${first.url}${path}`, auth))).statusCode).toBe(200);

    // Another port, then the same port under another host name: neither is answered,
    // and the known nonce is not sent up front.
    for (const url of [`${other.url}${path}`, `http://localhost:${first.port}${path}`]) {
      const before = adapter.sent.length;
      const r = await send(adapter, prepare(url, auth));
      expect(r.statusCode).toBe(401);
      expect(adapter.sent.slice(before).map((s) => s.headers.Authorization)).toEqual([undefined]);
    }
    expect((await send(adapter, prepare(`${first.url}${path}`, auth))).statusCode).toBe(200);
  });

  it('answers a challenge after a redirect (the hook travels with the redirected request)', async () => {
    const httpbin = await useHttpbin();
    const adapter = useAdapter();
    const target = '/digest-auth/auth/user/pass';
    const request = prepare(
      `${httpbin.url}/redirect-to?url=${encodeURIComponent(target)}`,
      new HTTPDigestAuth('user', 'pass'),
    );
    const redirect = await send(adapter, request);
    expect(redirect.statusCode).toBe(302);
    // What a session's resolveRedirects does: copy the request (hooks included) to the new URL.
    const hop = request.copy();
    hop.url = new URL(redirect.headers.get('location')!, request.url).href;
    const r = await send(adapter, hop);
    expect(r.statusCode).toBe(200);
    expect(adapter.sent.map((s) => new URL(s.url).pathname)).toEqual(['/redirect-to', target, target]);
  });

  it('answers concurrent requests independently', async () => {
    const httpbin = await useHttpbin();
    const adapter = useAdapter();
    const auth = new HTTPDigestAuth('user', 'pass');
    const url = `${httpbin.url}/digest-auth/auth/user/pass/SHA-512`;
    const responses = await Promise.all(Array.from({ length: 6 }, () => send(adapter, prepare(url, auth))));
    expect(responses.map((r) => r.statusCode)).toEqual([200, 200, 200, 200, 200, 200]);
    expect(adapter.sent).toHaveLength(12);
  });
});

describe('HTTPDigestAuth', () => {
  it('registers its hook once per request, also on copies and repeated calls', () => {
    const auth = new HTTPDigestAuth('user', 'pass');
    const request = prepare('http://127.0.0.1:1/x', auth);
    expect(request.hooks.response).toHaveLength(1);
    auth.call(request);
    const copy = request.copy();
    auth.call(copy);
    expect(copy.hooks.response).toHaveLength(1);
    expect(new HTTPDigestAuth('user', 'pass').call(copy).hooks.response).toHaveLength(2);
  });

  it('equals another HTTPDigestAuth with the same credentials', () => {
    const auth = new HTTPDigestAuth('user', 'pass');
    expect(auth.equals(new HTTPDigestAuth('user', 'pass'))).toBe(true);
    expect(auth.equals(new HTTPDigestAuth('user', 'other'))).toBe(false);
    expect(auth.equals(new HTTPDigestAuth('other', 'pass'))).toBe(false);
    expect(auth.equals({ username: 'user', password: 'pass' })).toBe(false);
    expect(auth.equals(null)).toBe(false);
  });
});
