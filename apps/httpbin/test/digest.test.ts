import { describe, expect, it } from 'vitest';
import { authorization, challengeOf, Jar } from './digest-client.js';
import { headerValues, json, raw, useServer } from './helpers.js';

describe('/digest-auth', () => {
  const server = useServer();

  it('challenges in werkzeug’s format and sets the stale_after and fake cookies', async () => {
    const r = await raw(`${server().url}/digest-auth/auth/user/passwd`);
    expect(r.status).toBe(401);
    expect(r.headers['www-authenticate']).toMatch(
      /^Digest realm="me@kennethreitz\.com", nonce="[0-9a-f]{32}", qop="auth", opaque="[0-9a-f]{32}", algorithm=MD5, stale=FALSE$/,
    );
    expect(headerValues(r, 'set-cookie')).toEqual(['stale_after=never; Path=/', 'fake=fake_value; Path=/']);
    const both = await raw(`${server().url}/digest-auth/other/user/passwd`);
    expect(challengeOf(both.headers['www-authenticate']).qop).toBe('auth, auth-int');
  });

  for (const algorithm of ['MD5', 'SHA-256', 'SHA-512', 'MD5-sess', 'SHA', 'SHA-256-sess']) {
    it(`authenticates with ${algorithm}, qop=auth`, async () => {
      const path = `/digest-auth/auth/user/passwd/${algorithm}`;
      const jar = new Jar();
      const first = await jar.send(`${server().url}${path}`);
      const challenge = challengeOf(first.headers['www-authenticate']);
      expect(challenge.algorithm).toBe(algorithm);
      const answer = { method: 'GET', uri: path, username: 'user', password: 'passwd', qop: 'auth' };
      const r = await jar.send(`${server().url}${path}`, {
        headers: { authorization: authorization(challenge, answer) },
      });
      expect(r.status).toBe(200);
      expect(json(r)).toEqual({ authenticated: true, user: 'user' });
    });
  }

  it('understands username* (RFC 8187) and, with ?userhash=true, hashed user names', async () => {
    const user = 'Jäsøn Doe';
    const path = `/digest-auth/auth/${encodeURIComponent(user)}/pw/SHA-256?userhash=true`;
    const first = await raw(`${server().url}${path}`);
    expect(first.headers['www-authenticate']).toMatch(/, userhash=true$/);
    const challenge = challengeOf(first.headers['www-authenticate']);
    const base = { method: 'GET', uri: path, username: user, password: 'pw', qop: 'auth' };
    for (const nameAs of ['hash', 'star'] as const) {
      const authz = authorization(challenge, { ...base, nameAs });
      const r = await raw(`${server().url}${path}`, { headers: { authorization: authz } });
      expect(r.status, nameAs).toBe(200);
      expect(json(r).user).toBe(user);
    }
    const wrongHash = authorization(challenge, { ...base, username: 'someone', nameAs: 'hash' });
    expect((await raw(`${server().url}${path}`, { headers: { authorization: wrongHash } })).status).toBe(401);
  });

  it('falls back to MD5 for an unknown algorithm', async () => {
    const r = await raw(`${server().url}/digest-auth/auth/u/p/SHA-999`);
    expect(challengeOf(r.headers['www-authenticate']).algorithm).toBe('MD5');
  });

  it('checks qop=auth-int over the body, and the uri with its query', async () => {
    const path = '/digest-auth/auth-int/user/passwd/SHA-256?x=1';
    const first = await raw(`${server().url}${path}`, { method: 'POST', body: 'payload' });
    const challenge = challengeOf(first.headers['www-authenticate']);
    const answer = {
      method: 'POST',
      uri: path,
      username: 'user',
      password: 'passwd',
      qop: 'auth-int',
      body: 'payload',
    };
    const headers = { authorization: authorization(challenge, answer) };
    expect((await raw(`${server().url}${path}`, { method: 'POST', body: 'payload', headers })).status).toBe(
      200,
    );
    expect((await raw(`${server().url}${path}`, { method: 'POST', body: 'tampered', headers })).status).toBe(
      401,
    );
  });

  it('accepts an RFC 2069 answer without qop, as httpbin does', async () => {
    const path = '/digest-auth/auth/user/passwd';
    const challenge = challengeOf((await raw(`${server().url}${path}`)).headers['www-authenticate']);
    const answer = { method: 'GET', uri: path, username: 'user', password: 'passwd' };
    const r = await raw(`${server().url}${path}`, {
      headers: { authorization: authorization(challenge, answer) },
    });
    expect(r.status).toBe(200);
  });

  it('re-challenges a wrong password, then says stale=TRUE if the same nonce comes back', async () => {
    const path = '/digest-auth/auth/user/passwd';
    const jar = new Jar();
    const challenge = challengeOf((await jar.send(`${server().url}${path}`)).headers['www-authenticate']);
    const wrong = { method: 'GET', uri: path, username: 'user', password: 'nope', qop: 'auth' };
    const headers = { authorization: authorization(challenge, wrong) };
    const failed = await jar.send(`${server().url}${path}`, { headers });
    expect(failed.status).toBe(401);
    expect(challengeOf(failed.headers['www-authenticate']).stale).toBe('FALSE');
    expect(jar.cookies.get('last_nonce')).toBe(challenge.nonce);
    const again = await jar.send(`${server().url}${path}`, { headers });
    expect(challengeOf(again.headers['www-authenticate']).stale).toBe('TRUE');
  });

  it('counts stale_after down per success and answers stale=TRUE when it reaches 0', async () => {
    const path = '/digest-auth/auth/user/passwd/MD5/2';
    const jar = new Jar();
    let challenge = challengeOf((await jar.send(`${server().url}${path}`)).headers['www-authenticate']);
    expect(jar.cookies.get('stale_after')).toBe('2');
    const answer = { method: 'GET', uri: path, username: 'user', password: 'passwd', qop: 'auth' };
    const send = (nc: number) =>
      jar.send(`${server().url}${path}`, {
        headers: { authorization: authorization(challenge, { ...answer, nc }) },
      });
    expect((await send(1)).status).toBe(200);
    expect(jar.cookies.get('stale_after')).toBe('1');
    expect((await send(2)).status).toBe(200);
    expect(jar.cookies.get('stale_after')).toBe('0');
    const stale = await send(3);
    expect(stale.status).toBe(401);
    challenge = challengeOf(stale.headers['www-authenticate']);
    expect(challenge.stale).toBe('TRUE');
    expect(jar.cookies.get('stale_after')).toBe('2');
    expect((await send(1)).status).toBe(200);
  });

  it('with require-cookie, insists on the cookies set by the challenge', async () => {
    const path = '/digest-auth/auth/user/passwd?require-cookie=true';
    const first = await raw(`${server().url}${path}`);
    const challenge = challengeOf(first.headers['www-authenticate']);
    const answer = { method: 'GET', uri: path, username: 'user', password: 'passwd', qop: 'auth' };
    const auth = authorization(challenge, answer);
    expect((await raw(`${server().url}${path}`, { headers: { authorization: auth } })).status).toBe(401);
    const noFake = await raw(`${server().url}${path}`, {
      headers: { authorization: auth, cookie: 'other=1' },
    });
    expect(noFake.status).toBe(403);
    expect(json(noFake)).toEqual({ errors: ['missing cookie set on challenge'] });
    const ok = await raw(`${server().url}${path}`, {
      headers: { authorization: auth, cookie: 'fake=fake_value' },
    });
    expect(ok.status).toBe(200);
  });

  it('rejects a wrong user, a wrong uri and a Basic header', async () => {
    const path = '/digest-auth/auth/user/passwd';
    const challenge = challengeOf((await raw(`${server().url}${path}`)).headers['www-authenticate']);
    const base = { method: 'GET', uri: path, username: 'user', password: 'passwd', qop: 'auth' };
    const send = (authz: string) => raw(`${server().url}${path}`, { headers: { authorization: authz } });
    expect((await send(authorization(challenge, { ...base, username: 'other' }))).status).toBe(401);
    expect((await send(authorization(challenge, { ...base, uri: '/elsewhere' }))).status).toBe(401);
    expect((await send('Basic dXNlcjpwYXNzd2Q=')).status).toBe(401);
  });
});
