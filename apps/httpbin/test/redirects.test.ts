import { describe, expect, it } from 'vitest';
import { raw, useServer } from './helpers.js';

describe('redirect routes', () => {
  const server = useServer();

  it('/redirect/{n} chains relative 302s down to /get', async () => {
    const first = await raw(`${server().url}/redirect/3`);
    expect(first.status).toBe(302);
    expect(first.headers.location).toBe('/relative-redirect/2');
    expect(first.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(first.body.toString()).toContain('/relative-redirect/2');
    expect((await raw(`${server().url}/redirect/1`)).headers.location).toBe('/get');
  });

  it('/redirect/{n}?absolute=true uses absolute URLs', async () => {
    const r = await raw(`${server().url}/redirect/2?absolute=true`);
    expect(r.headers.location).toBe(`${server().url}/absolute-redirect/1`);
    expect((await raw(`${server().url}/redirect/1?absolute=TRUE`)).headers.location).toBe(
      `${server().url}/get`,
    );
  });

  it('fetch follows /redirect/{n} to /get', async () => {
    const r = await fetch(`${server().url}/redirect/5`);
    expect(r.status).toBe(200);
    expect(r.redirected).toBe(true);
    expect(r.url).toBe(`${server().url}/get`);
  });

  it('/relative-redirect/{n} has an empty body; /absolute-redirect/{n} is absolute', async () => {
    const rel = await raw(`${server().url}/relative-redirect/2`);
    expect(rel.status).toBe(302);
    expect(rel.headers.location).toBe('/relative-redirect/1');
    expect(rel.body.byteLength).toBe(0);
    const abs = await raw(`${server().url}/absolute-redirect/2`);
    expect(abs.headers.location).toBe(`${server().url}/absolute-redirect/1`);
    expect((await raw(`${server().url}/absolute-redirect/1`)).headers.location).toBe(`${server().url}/get`);
  });

  it('uses the Host header for absolute URLs', async () => {
    const r = await raw(`${server().url}/absolute-redirect/1`, { headers: { host: 'example.test:8080' } });
    expect(r.headers.location).toBe('http://example.test:8080/get');
  });

  it('answers 404 for a non-number and 400 for zero', async () => {
    expect((await raw(`${server().url}/redirect/x`)).status).toBe(404);
    expect((await raw(`${server().url}/redirect/0`)).status).toBe(400);
  });

  it('/redirect-to sends the exact url with the given 3xx status, on any method', async () => {
    const target = 'http://example.test/a b?é=1#frag';
    const q = new URLSearchParams({ url: target, status_code: '307' });
    for (const method of ['GET', 'POST', 'PUT', 'PATCH', 'DELETE']) {
      const r = await raw(`${server().url}/redirect-to?${q}`, { method });
      expect(r.status, method).toBe(307);
      expect(Buffer.from(r.headers.location!, 'latin1').toString('utf8')).toBe(target);
    }
  });

  it('/redirect-to defaults to 302, ignores non-3xx codes, and reads a form body', async () => {
    expect((await raw(`${server().url}/redirect-to?url=/get`)).status).toBe(302);
    expect((await raw(`${server().url}/redirect-to?url=/get&status_code=200`)).status).toBe(302);
    expect((await raw(`${server().url}/redirect-to?URL=/x&Status_Code=301`)).headers.location).toBe('/x');
    const posted = await raw(`${server().url}/redirect-to`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'url=%2Fstatus%2F200&status_code=303',
    });
    expect(posted.status).toBe(303);
    expect(posted.headers.location).toBe('/status/200');
    expect((await raw(`${server().url}/redirect-to`)).status).toBe(400);
  });
});
