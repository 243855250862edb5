import { describe, expect, it } from 'vitest';
import { headerValues, json, raw, useServer } from './helpers.js';

describe('cookie routes', () => {
  const server = useServer();

  it('/cookies lists the request cookies, hiding analytics cookies unless show_env', async () => {
    const headers = { cookie: 'a=1; b="two words"; __utma=x' };
    expect(json(await raw(`${server().url}/cookies`, { headers }))).toEqual({
      cookies: { a: '1', b: 'two words' },
    });
    const shown = json<{ cookies: Record<string, string> }>(
      await raw(`${server().url}/cookies?show_env`, { headers }),
    );
    expect(shown.cookies.__utma).toBe('x');
  });

  it('/cookies/set?… sets each cookie and redirects to /cookies', async () => {
    const r = await raw(`${server().url}/cookies/set?k1=v1&k2=v%202`);
    expect(r.status).toBe(302);
    expect(r.headers.location).toBe('/cookies');
    expect(headerValues(r, 'set-cookie')).toEqual(['k1=v1; Path=/', 'k2="v 2"; Path=/']);
  });

  it('keeps an already quoted value as is (requests test_cookie_quote_wrapped) and escapes the rest', async () => {
    const r = await raw(`${server().url}/cookies/set?a=%22bar:baz%22&b=x%22y%5Cz`);
    expect(headerValues(r, 'set-cookie')).toEqual(['a="bar:baz"; Path=/', 'b="x\\"y\\\\z"; Path=/']);
  });

  it('/cookies/set/{name}/{value} sets one cookie', async () => {
    const r = await raw(`${server().url}/cookies/set/name/value`);
    expect(r.status).toBe(302);
    expect(headerValues(r, 'set-cookie')).toEqual(['name=value; Path=/']);
  });

  it('/cookies/delete?… expires each cookie', async () => {
    const r = await raw(`${server().url}/cookies/delete?k1&k2=`);
    expect(r.status).toBe(302);
    expect(r.headers.location).toBe('/cookies');
    expect(headerValues(r, 'set-cookie')).toEqual([
      'k1=; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; Path=/',
      'k2=; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; Path=/',
    ]);
  });

  it('marks cookies Secure over TLS', async () => {
    const { startServer } = await import('../src/index.js');
    const tls = await startServer({ tls: true });
    try {
      const r = await raw(`${tls.url}/cookies/set?s=1`, { ca: tls.ca! });
      expect(headerValues(r, 'set-cookie')).toEqual(['s=1; Path=/; Secure']);
    } finally {
      await tls.close();
    }
  });
});
