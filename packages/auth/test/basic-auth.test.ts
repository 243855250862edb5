import { inspect } from 'node:util';
import { type Auth, PreparedRequest } from '@reqs/core';
import { startHttpbin } from '@reqs/test-servers/httpbin';
import { describe, expect, it } from 'vitest';
import { HTTPBasicAuth } from '../src/http-basic-auth.js';
import { HTTPDigestAuth } from '../src/http-digest-auth.js';
import { HTTPProxyAuth } from '../src/http-proxy-auth.js';
import { useSession } from './helpers/session.js';

const prepare = (url: string, auth: Auth) => new PreparedRequest().prepare({ method: 'GET', url, auth });

const base64 = (text: string, encoding: BufferEncoding) => Buffer.from(text, encoding).toString('base64');

describe('HTTPBasicAuth', () => {
  it('authenticates against /basic-auth', async () => {
    const httpbin = await startHttpbin();
    const { session, sent } = useSession();
    const r = await session.get(`${httpbin.url}/basic-auth/user/pass`, {
      auth: new HTTPBasicAuth('user', 'pass'),
    });
    expect(r.statusCode).toBe(200);
    expect(r.json()).toEqual({ authenticated: true, user: 'user' });
    expect(sent[0]?.headers.Authorization).toBe(`Basic ${base64('user:pass', 'latin1')}`);
  });

  it('gets a 401 with a wrong password, without retrying', async () => {
    const httpbin = await startHttpbin();
    const { session, sent } = useSession();
    const r = await session.get(`${httpbin.url}/basic-auth/user/pass`, {
      auth: new HTTPBasicAuth('user', 'nope'),
    });
    expect(r.statusCode).toBe(401);
    expect(sent).toHaveLength(1);
  });

  it('encodes credentials as latin-1 when they fit, else UTF-8 (as Requests)', async () => {
    const httpbin = await startHttpbin();
    const { session, sent } = useSession();
    const cases = [
      ['jörg', 'pässwörd', 'latin1'],
      ['用户', 'пароль', 'utf8'],
    ] as const;
    for (const [user, pass, encoding] of cases) {
      const url = `${httpbin.url}/basic-auth/${encodeURIComponent(user)}/${encodeURIComponent(pass)}`;
      const request = prepare(url, new HTTPBasicAuth(user, pass));
      expect(request.headers.get('Authorization')).toBe(`Basic ${base64(`${user}:${pass}`, encoding)}`);
      const r = await session.get(url, { auth: new HTTPBasicAuth(user, pass) });
      expect(r.statusCode).toBe(200);
      expect(r.json()).toEqual({ authenticated: true, user });
      expect(sent.at(-1)?.headers.Authorization).toBe(request.headers.get('Authorization'));
    }
  });

  it('is what a [user, pass] pair does', () => {
    const pair = prepare('http://127.0.0.1:1/', ['user', 'pass']);
    const basic = prepare('http://127.0.0.1:1/', new HTTPBasicAuth('user', 'pass'));
    expect(basic.headers.get('Authorization')).toBe(pair.headers.get('Authorization'));
  });

  it('equals another HTTPBasicAuth with the same credentials only', () => {
    const auth = new HTTPBasicAuth('user', 'pass');
    expect(auth.equals(new HTTPBasicAuth('user', 'pass'))).toBe(true);
    expect(auth.equals(new HTTPBasicAuth('user', 'other'))).toBe(false);
    expect(auth.equals(new HTTPBasicAuth('other', 'pass'))).toBe(false);
    expect(auth.equals(new HTTPDigestAuth('user', 'pass'))).toBe(false);
    expect(auth.equals(new HTTPProxyAuth('user', 'pass'))).toBe(false);
    expect(auth.equals(undefined)).toBe(false);
  });
});

describe('HTTPProxyAuth', () => {
  it('sets Proxy-Authorization, not Authorization', async () => {
    const httpbin = await startHttpbin();
    const { session, sent } = useSession();
    const r = await session.get(`${httpbin.url}/get`, { auth: new HTTPProxyAuth('user', 'pass') });
    expect(r.statusCode).toBe(200);
    const headers = sent[0]?.headers;
    expect(headers?.['Proxy-Authorization']).toBe(`Basic ${base64('user:pass', 'latin1')}`);
    expect(headers?.Authorization).toBeUndefined();
  });

  it('equals another HTTPProxyAuth with the same credentials', () => {
    expect(new HTTPProxyAuth('u', 'p').equals(new HTTPProxyAuth('u', 'p'))).toBe(true);
    expect(new HTTPProxyAuth('u', 'p').equals(new HTTPProxyAuth('u', 'q'))).toBe(false);
  });
});

describe('credentials stay out of logs', () => {
  it.each([
    new HTTPBasicAuth('me', 'secret'),
    new HTTPProxyAuth('me', 'secret'),
    new HTTPDigestAuth('me', 'secret'),
  ])('%s shows the username, never the password', (auth) => {
    const name = auth.constructor.name;
    expect(inspect(auth)).toBe(`${name} { username: "me", password: "********" }`);
    expect(inspect({ nested: auth })).not.toContain('secret');
    expect(JSON.stringify(auth)).toBe('{"username":"me","password":"********"}');
    expect(auth.password).toBe('secret');
  });
});
