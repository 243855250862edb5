// HTTPDigestAuth over the real stack: a Session with the undici HTTPAdapter against httpbin,
// its cookie jar, its redirects and its body rewinding; then the units.
import { createReadStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PreparedRequest, UnrewindableBodyError } from '@reqs/core';
import { startHttpbin } from '@reqs/test-servers/httpbin';
import { describe, expect, it, onTestFinished } from 'vitest';
import { HTTPDigestAuth } from '../src/http-digest-auth.js';
import { parseAuthChallenges } from '../src/parse-auth-challenges.js';
import { receivedBodies, useSession } from './helpers/session.js';

/** The Digest parameters of a sent Authorization header. */
function digestParams(header: string | undefined): ReadonlyMap<string, string> {
  expect(header).toMatch(/^Digest /);
  return parseAuthChallenges([header!])[0]!.params;
}

/** A file holding `text`, deleted after the test. */
function tempFile(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'reqs-digest-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  const path = join(dir, 'body.txt');
  writeFileSync(path, text);
  return path;
}

describe('HTTPDigestAuth through a Session on the undici HTTPAdapter, against httpbin', () => {
  it.each(['MD5', 'MD5-sess', 'SHA', 'SHA-256', 'SHA-256-sess', 'SHA-512', 'SHA-512-sess'])(
    'authenticates with %s after one 401',
    async (algorithm) => {
      const httpbin = await startHttpbin();
      const { session, sent } = useSession();
      const url = `${httpbin.url}/digest-auth/auth/user/pass/${algorithm}`;
      const r = await session.get(url, { auth: new HTTPDigestAuth('user', 'pass') });
      expect(r.statusCode).toBe(200);
      expect(r.json()).toEqual({ authenticated: true, user: 'user' });
      expect(r.history.map((h) => h.statusCode)).toEqual([401]);
      expect(r.request.headers.get('Authorization')).toMatch(/^Digest /);
      expect(sent).toHaveLength(2);
      expect(sent[0]?.headers.Authorization).toBeUndefined();
      const params = digestParams(sent[1]?.headers.Authorization);
      expect(params.get('algorithm')).toBe(algorithm);
      expect(params.get('qop')).toBe('auth');
      expect(params.get('nc')).toBe('00000001');
      expect(params.get('uri')).toBe(`/digest-auth/auth/user/pass/${algorithm}`);
    },
  );

  it('chooses qop auth when offered auth and auth-int', async () => {
    const httpbin = await startHttpbin();
    const { session, sent } = useSession();
    const r = await session.get(`${httpbin.url}/digest-auth/both/user/pass`, {
      auth: new HTTPDigestAuth('user', 'pass'),
    });
    expect(r.history[0]?.headers.get('www-authenticate')).toContain('qop="auth, auth-int"');
    expect(r.statusCode).toBe(200);
    expect(digestParams(sent[1]?.headers.Authorization).get('qop')).toBe('auth');
  });

  it('does not answer a challenge offering only auth-int', async () => {
    const httpbin = await startHttpbin();
    const { session, sent } = useSession();
    const r = await session.get(`${httpbin.url}/digest-auth/auth-int/user/pass`, {
      auth: new HTTPDigestAuth('user', 'pass'),
    });
    expect(r.statusCode).toBe(401);
    expect(sent).toHaveLength(1);
  });

  it('gives up after exactly one retry with a wrong password', async () => {
    const httpbin = await startHttpbin();
    const { session, sent } = useSession();
    const r = await session.get(`${httpbin.url}/digest-auth/auth/user/pass`, {
      auth: new HTTPDigestAuth('user', 'wrong'),
    });
    expect(r.statusCode).toBe(401);
    expect(sent).toHaveLength(2);
    expect(r.history.map((h) => h.statusCode)).toEqual([401]);
  });

  it('answers the known nonce up front and counts it across requests (session auth)', async () => {
    const httpbin = await startHttpbin();
    const { session, sent } = useSession();
    session.auth = new HTTPDigestAuth('user', 'pass');
    const url = `${httpbin.url}/digest-auth/auth/user/pass/SHA-256`;
    await session.get(url);
    const nonce = digestParams(sent[1]?.headers.Authorization).get('nonce');
    for (const nc of ['00000002', '00000003']) {
      const r = await session.get(url);
      expect(r.statusCode).toBe(200);
      expect(r.history).toEqual([]);
      const params = digestParams(sent.at(-1)?.headers.Authorization);
      expect([params.get('nonce'), params.get('nc')]).toEqual([nonce, nc]);
    }
    expect(sent).toHaveLength(4);
    const cnonces = sent.slice(1).map((s) => digestParams(s.headers.Authorization).get('cnonce'));
    expect(new Set(cnonces).size).toBe(3);
  });

  it('answers a stale=true re-challenge with the new nonce, counting from 1 again', async () => {
    const httpbin = await startHttpbin();
    const { session, sent } = useSession();
    session.auth = new HTTPDigestAuth('user', 'pass');
    // httpbin keeps its stale_after count in cookies: the session's jar carries it.
    const url = `${httpbin.url}/digest-auth/auth/user/pass/MD5/1`;
    const first = await session.get(url);
    expect(first.statusCode).toBe(200);
    expect(session.cookies.get('stale_after')).toBe('0');

    const second = await session.get(url);
    expect(second.statusCode).toBe(200);
    expect(second.history.map((h) => h.statusCode)).toEqual([401]);
    expect(second.history[0]?.headers.get('www-authenticate')).toContain('stale=TRUE');
    expect(sent).toHaveLength(4);
    const [upFront, retry] = sent.slice(2).map((s) => digestParams(s.headers.Authorization));
    expect(upFront?.get('nc')).toBe('00000002');
    expect(retry?.get('nonce')).not.toBe(upFront?.get('nonce'));
    expect(retry?.get('nc')).toBe('00000001');
  });

  it('carries the cookies the 401 set into the retry, and keeps them in the session', async () => {
    const httpbin = await startHttpbin();
    const { session, sent } = useSession();
    const url = `${httpbin.url}/digest-auth/auth/user/pass/MD5?require-cookie=true`;
    const r = await session.get(url, { auth: new HTTPDigestAuth('user', 'pass') });
    expect(r.statusCode).toBe(200);
    expect(sent[0]?.headers.Cookie).toBeUndefined();
    expect(sent[1]?.headers.Cookie).toBe('stale_after=never; fake=fake_value');
    expect(session.cookies.getDict()).toEqual({ stale_after: 'never', fake: 'fake_value' });
  });

  it('keeps a Cookie header set by hand on the retry, as Requests does (noticed in stop 22)', async () => {
    const httpbin = await startHttpbin();
    const { session, sent } = useSession();
    const url = `${httpbin.url}/digest-auth/auth/user/pass/MD5?require-cookie=true`;
    const r = await session.get(url, {
      auth: new HTTPDigestAuth('user', 'pass'),
      headers: { Cookie: 'fake=fake_value; mine=1' },
    });
    expect(r.statusCode).toBe(200);
    expect(sent.map((s) => s.headers.Cookie)).toEqual(['fake=fake_value; mine=1', 'fake=fake_value; mine=1']);
    // The 401's cookies still reach the session's jar.
    expect(session.cookies.getDict()).toEqual({ stale_after: 'never', fake: 'fake_value' });
  });

  it('writes a jar-made Cookie header of the retry again, with the 401’s cookies', async () => {
    const httpbin = await startHttpbin();
    const { session, sent } = useSession();
    session.cookies.set('mine', '1');
    const url = `${httpbin.url}/digest-auth/auth/user/pass/MD5?require-cookie=true`;
    const r = await session.get(url, { auth: new HTTPDigestAuth('user', 'pass') });
    expect(r.statusCode).toBe(200);
    expect(sent.map((s) => s.headers.Cookie)).toEqual([
      'mine=1',
      'mine=1; stale_after=never; fake=fake_value',
    ]);
  });

  it('sends the body again on the retry', async () => {
    const httpbin = await startHttpbin();
    const bodies = receivedBodies(httpbin);
    const { session, sent } = useSession();
    const r = await session.post(`${httpbin.url}/digest-auth/auth/user/pass`, {
      auth: new HTTPDigestAuth('user', 'pass'),
      data: { a: 1, b: 2 },
    });
    expect(r.statusCode).toBe(200);
    expect(sent.map((s) => s.method)).toEqual(['POST', 'POST']);
    expect(await Promise.all(bodies)).toEqual(['a=1&b=2', 'a=1&b=2']);
  });

  it('rewinds a file stream body and sends all of it again', async () => {
    const httpbin = await startHttpbin();
    const bodies = receivedBodies(httpbin);
    const { session, sent } = useSession();
    const text = 'chunk one, chunk two, '.repeat(5_000);
    const r = await session.put(`${httpbin.url}/digest-auth/auth/user/pass`, {
      auth: new HTTPDigestAuth('user', 'pass'),
      data: createReadStream(tempFile(text)),
    });
    expect(r.statusCode).toBe(200);
    expect(sent.map((s) => s.headers['Content-Length'])).toEqual([String(text.length), String(text.length)]);
    // The 401 may come before the first upload ends (and cut it short): the retry sends it all.
    expect(bodies).toHaveLength(2);
    expect(await bodies[1]).toBe(text);
  });

  it('throws UnrewindableBodyError for a one-shot body it would have to send again', async () => {
    const httpbin = await startHttpbin();
    const { session, sent } = useSession();
    const url = `${httpbin.url}/digest-auth/auth/user/pass`;
    async function* once() {
      yield new TextEncoder().encode('once');
    }
    const error = await session
      .post(url, { auth: new HTTPDigestAuth('user', 'pass'), data: once() })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnrewindableBodyError);
    expect((error as UnrewindableBodyError).message).toContain(`POST ${url}`);
    expect((error as UnrewindableBodyError).response?.statusCode).toBe(401);
    expect(sent).toHaveLength(1);
  });

  it('answers only the origin it was first used on', async () => {
    const first = await startHttpbin();
    const other = await startHttpbin();
    const { session, sent } = useSession();
    const auth = new HTTPDigestAuth('user', 'pass');
    const path = '/digest-auth/auth/user/pass';
    expect((await session.get(`${first.url}${path}`, { auth })).statusCode).toBe(200);

    // Another port, then the same port under another host name: neither is answered,
    // and the known nonce is not sent up front.
    for (const url of [`${other.url}${path}`, `http://localhost:${first.port}${path}`]) {
      const before = sent.length;
      const r = await session.get(url, { auth });
      expect(r.statusCode).toBe(401);
      expect(sent.slice(before).map((s) => s.headers.Authorization)).toEqual([undefined]);
    }
    expect((await session.get(`${first.url}${path}`, { auth })).statusCode).toBe(200);
  });

  it('answers a challenge after a redirect the session follows', async () => {
    const httpbin = await startHttpbin();
    const { session, sent } = useSession();
    const target = '/digest-auth/auth/user/pass';
    const r = await session.get(`${httpbin.url}/redirect-to?url=${encodeURIComponent(target)}`, {
      auth: new HTTPDigestAuth('user', 'pass'),
    });
    expect(r.statusCode).toBe(200);
    expect(r.json()).toEqual({ authenticated: true, user: 'user' });
    // As in Requests, the history is the redirect chain: the 401 answered on the last hop is not in it.
    expect(r.history.map((h) => h.statusCode)).toEqual([302]);
    expect(sent.map((s) => new URL(s.url).pathname)).toEqual(['/redirect-to', target, target]);
  });

  it('answers concurrent requests independently', async () => {
    const httpbin = await startHttpbin();
    const { session, sent } = useSession();
    const auth = new HTTPDigestAuth('user', 'pass');
    const url = `${httpbin.url}/digest-auth/auth/user/pass/SHA-512`;
    const responses = await Promise.all(Array.from({ length: 6 }, () => session.get(url, { auth })));
    expect(responses.map((r) => r.statusCode)).toEqual([200, 200, 200, 200, 200, 200]);
    expect(sent).toHaveLength(12);
  });
});

describe('HTTPDigestAuth', () => {
  it('registers its hook once per request, also on copies and repeated calls', () => {
    const auth = new HTTPDigestAuth('user', 'pass');
    const request = new PreparedRequest().prepare({ method: 'GET', url: 'http://127.0.0.1:1/x', auth });
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
