import { describe, expect, it } from 'vitest';
import { parseBasic } from '../src/basic-credentials.js';
import { json, raw, useServer } from './helpers.js';

const basic = (user: string, pass: string, encoding: BufferEncoding = 'utf8') =>
  `Basic ${Buffer.from(`${user}:${pass}`, encoding).toString('base64')}`;

describe('basic and bearer auth routes', () => {
  const server = useServer();

  it('/basic-auth/{user}/{passwd} accepts the right credentials', async () => {
    const r = await raw(`${server().url}/basic-auth/user/pa:ss`, {
      headers: { authorization: basic('user', 'pa:ss') },
    });
    expect(r.status).toBe(200);
    expect(json(r)).toEqual({ authenticated: true, user: 'user' });
  });

  it('/basic-auth answers 401 with a Basic challenge otherwise', async () => {
    const none = await raw(`${server().url}/basic-auth/user/pass`);
    expect(none.status).toBe(401);
    expect(none.headers['www-authenticate']).toBe('Basic realm="Fake Realm"');
    const wrong = await raw(`${server().url}/basic-auth/user/pass`, {
      headers: { authorization: basic('user', 'x') },
    });
    expect(wrong.status).toBe(401);
  });

  it('decodes non-ASCII credentials as UTF-8, or latin-1 when not UTF-8', async () => {
    const url = `${server().url}/basic-auth/${encodeURIComponent('üser')}/${encodeURIComponent('pässword')}`;
    const utf8 = await raw(url, { headers: { authorization: basic('üser', 'pässword') } });
    expect(utf8.status).toBe(200);
    const latin1 = await raw(url, { headers: { authorization: basic('üser', 'pässword', 'latin1') } });
    expect(latin1.status).toBe(200);
    expect(json(latin1).user).toBe('üser');
  });

  it('/hidden-basic-auth answers 404 instead of 401', async () => {
    expect((await raw(`${server().url}/hidden-basic-auth/u/p`)).status).toBe(404);
    const ok = await raw(`${server().url}/hidden-basic-auth/u/p`, {
      headers: { authorization: basic('u', 'p') },
    });
    expect(ok.status).toBe(200);
  });

  it('/bearer returns the token, or 401 with WWW-Authenticate: Bearer', async () => {
    const none = await raw(`${server().url}/bearer`);
    expect(none.status).toBe(401);
    expect(none.headers['www-authenticate']).toBe('Bearer');
    const r = await raw(`${server().url}/bearer`, { headers: { authorization: 'Bearer abc.def' } });
    expect(json(r)).toEqual({ authenticated: true, token: 'abc.def' });
    expect((await raw(`${server().url}/bearer`, { headers: { authorization: 'Basic x' } })).status).toBe(401);
  });
});

describe('parseBasic', () => {
  it('splits at the first colon and rejects other schemes', () => {
    expect(parseBasic(basic('a', 'b:c'))).toEqual({ username: 'a', password: 'b:c' });
    expect(parseBasic('Bearer x')).toBeUndefined();
    expect(parseBasic(undefined)).toBeUndefined();
    expect(parseBasic(`Basic ${Buffer.from('nocolon').toString('base64')}`)).toBeUndefined();
  });
});
