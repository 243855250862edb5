import { get } from 'node:http';
import { describe, expect, it } from 'vitest';
import { json, raw, useServer } from './helpers.js';

type Dict = Record<string, unknown> & { headers: Record<string, string> };

describe('request inspection routes', () => {
  const server = useServer();

  it('GET /get echoes args, title-cased headers, origin and url', async () => {
    const url = `${server().url}/get?a=1&a=2&b=x+y&c`;
    const r = await fetch(url, { headers: { 'x-custom-HEADER': 'v', 'x-b3-traceid': 't' } });
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('application/json');
    const body = (await r.json()) as Dict;
    expect(Object.keys(body)).toEqual(['args', 'headers', 'origin', 'url']);
    expect(body.args).toEqual({ a: ['1', '2'], b: 'x y', c: '' });
    expect(body.headers['X-Custom-Header']).toBe('v');
    expect(body.headers['X-B3-Traceid']).toBe('t');
    expect(body.headers.Host).toBe(new URL(server().url).host);
    expect(body.origin).toBe('127.0.0.1');
    expect(body.url).toBe(url);
  });

  it('prints JSON like httpbin: sorted keys, two-space indent, trailing newline', async () => {
    const text = await (await fetch(`${server().url}/get`)).text();
    expect(text.startsWith('{\n  "args": {},\n  "headers": {')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('POST /post reports a JSON body as data and json', async () => {
    const payload = { b: [1, 2], a: 'é' };
    const r = await fetch(`${server().url}/post?q=1`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(payload),
    });
    const body = (await r.json()) as Dict;
    expect(Object.keys(body)).toEqual(['args', 'data', 'files', 'form', 'headers', 'json', 'origin', 'url']);
    expect(body.json).toEqual(payload);
    expect(body.data).toBe(JSON.stringify(payload));
    expect(body.form).toEqual({});
    expect(body.files).toEqual({});
    expect(body.args).toEqual({ q: '1' });
    expect(body.headers['Content-Type']).toBe('application/json');
  });

  it('parses urlencoded forms into form, repeated keys as arrays, with empty data and null json', async () => {
    const r = await fetch(`${server().url}/post`, {
      method: 'POST',
      body: new URLSearchParams('x=1&x=2&y=%C3%A9+z'),
    });
    const body = (await r.json()) as Dict;
    expect(body.form).toEqual({ x: ['1', '2'], y: 'é z' });
    expect(body.data).toBe('');
    expect(body.json).toBeNull();
  });

  it('reports a non-UTF-8 body as a base64 data: URL and text that is not JSON with json null', async () => {
    const bytes = new Uint8Array([0xff, 0x00, 0xfe]);
    const r = await fetch(`${server().url}/put`, { method: 'PUT', body: bytes });
    expect(((await r.json()) as Dict).data).toBe('data:application/octet-stream;base64,/wD+');
    const t = await fetch(`${server().url}/patch`, { method: 'PATCH', body: 'not json' });
    const body = (await t.json()) as Dict;
    expect(body.data).toBe('not json');
    expect(body.json).toBeNull();
  });

  it('parses multipart bodies: fields into form, files into files (text or data: URL)', async () => {
    const form = new FormData();
    form.append('field', 'one');
    form.append('field', 'two');
    form.append('text', new Blob(['hello file'], { type: 'text/plain' }), 'a.txt');
    form.append('bin', new Blob([new Uint8Array([0x89, 0x50, 0xff])], { type: 'image/png' }), 'b.png');
    form.append('bin', new Blob(['second']), 'c.txt');
    const r = await fetch(`${server().url}/delete`, { method: 'DELETE', body: form });
    const body = (await r.json()) as Dict;
    expect(body.form).toEqual({ field: ['one', 'two'] });
    expect(body.files).toEqual({ text: 'hello file', bin: ['data:image/png;base64,iVD/', 'second'] });
    expect(body.data).toBe('');
    expect(body.json).toBeNull();
  });

  it('answers 400 to a malformed multipart body', async () => {
    const noBoundary = await raw(`${server().url}/post`, {
      method: 'POST',
      headers: { 'content-type': 'multipart/form-data' },
      body: 'x',
    });
    expect(noBoundary.status).toBe(400);
    const truncated = await raw(`${server().url}/post`, {
      method: 'POST',
      headers: { 'content-type': 'multipart/form-data; boundary=b' },
      body: '--b\r\nContent-Disposition: form-data; name="a"\r\n\r\nunfinished',
    });
    expect(truncated.status).toBe(400);
  });

  it('answers 413 to a body over 64 MiB, declared or chunked', async () => {
    const big = Buffer.alloc(64 * 1024 * 1024 + 1);
    expect((await raw(`${server().url}/post`, { method: 'POST', body: big })).status).toBe(413);
    const chunked = { 'transfer-encoding': 'chunked' };
    expect((await raw(`${server().url}/post`, { method: 'POST', body: big, headers: chunked })).status).toBe(
      413,
    );
  });

  it('accepts an absolute-form target, as a proxy receives it', async () => {
    const r = await raw(`${server().url}/get`, { headers: { host: 'example.test' } });
    expect(json(r).url).toBe('http://example.test/get');
    const proxied = await new Promise<string>((resolve, reject) => {
      const { port } = server();
      const path = 'http://example.test/anything/x?y=1';
      get({ host: '127.0.0.1', port, path, agent: false, headers: { host: 'example.test' } }, (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk));
        res.on('end', () => resolve(text));
      }).on('error', reject);
    });
    expect(JSON.parse(proxied)).toMatchObject({
      url: 'http://example.test/anything/x?y=1',
      args: { y: '1' },
    });
  });

  it('accepts chunked request bodies', async () => {
    const r = await raw(`${server().url}/post`, {
      method: 'POST',
      headers: { 'transfer-encoding': 'chunked', 'content-type': 'text/plain' },
      body: 'streamed',
    });
    expect(json(r).data).toBe('streamed');
  });

  it('/anything answers any method at any sub-path and adds method', async () => {
    const r = await raw(`${server().url}/anything/a/b%20c?x=1`, { method: 'TRACE' });
    const body = json(r);
    expect(body.method).toBe('TRACE');
    expect(body.url).toBe(`${server().url}/anything/a/b%20c?x=1`);
    const post = await fetch(`${server().url}/anything`, { method: 'POST', body: '{"k":true}' });
    expect(((await post.json()) as Dict).json).toEqual({ k: true });
  });

  it('/headers joins repeated headers and hides proxy headers unless show_env', async () => {
    const headers = { 'x-dup': ['a', 'b'], 'x-forwarded-for': '10.0.0.1', via: '1.1 proxy' };
    const r = json<{ headers: Record<string, string> }>(await raw(`${server().url}/headers`, { headers }));
    expect(r.headers['X-Dup']).toBe('a, b');
    expect(r.headers['X-Forwarded-For']).toBeUndefined();
    expect(r.headers.Via).toBeUndefined();
    const shown = json<{ headers: Record<string, string> }>(
      await raw(`${server().url}/headers?show_env=1`, { headers }),
    );
    expect(shown.headers['X-Forwarded-For']).toBe('10.0.0.1');
  });

  it('/ip, /user-agent and /uuid', async () => {
    expect(await (await fetch(`${server().url}/ip`)).json()).toEqual({ origin: '127.0.0.1' });
    const forwarded = await fetch(`${server().url}/ip`, { headers: { 'x-forwarded-for': '203.0.113.9' } });
    expect(await forwarded.json()).toEqual({ origin: '203.0.113.9' });
    const ua = await fetch(`${server().url}/user-agent`, { headers: { 'user-agent': 'reqs/1.0' } });
    expect(await ua.json()).toEqual({ 'user-agent': 'reqs/1.0' });
    const { uuid } = (await (await fetch(`${server().url}/uuid`)).json()) as { uuid: string };
    expect(uuid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('answers HEAD for GET routes with headers and no body', async () => {
    const r = await raw(`${server().url}/get`, { method: 'HEAD' });
    expect(r.status).toBe(200);
    expect(Number(r.headers['content-length'])).toBeGreaterThan(0);
    expect(r.body.byteLength).toBe(0);
  });

  it('answers 405 with Allow for a wrong method and 404 for an unknown path', async () => {
    const r = await fetch(`${server().url}/get`, { method: 'POST' });
    expect(r.status).toBe(405);
    expect(r.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
    expect((await fetch(`${server().url}/nope`)).status).toBe(404);
    expect((await fetch(`${server().url}/get/`)).status).toBe(404);
  });

  it('adds CORS headers, and preflight headers to OPTIONS', async () => {
    const r = await fetch(`${server().url}/get`, { headers: { origin: 'http://example.test' } });
    expect(r.headers.get('access-control-allow-origin')).toBe('http://example.test');
    expect(r.headers.get('access-control-allow-credentials')).toBe('true');
    const exposed = r.headers.get('access-control-expose-headers')?.split(', ');
    expect(exposed).toEqual(expect.arrayContaining(['content-type', 'content-length', 'date']));
    expect(exposed).not.toContain('access-control-allow-origin');
    // Names set late by a handler and those given to writeHead are listed too.
    const cookies = await fetch(`${server().url}/response-headers?X-Late=1`, {
      headers: { origin: 'http://a.test' },
    });
    expect(cookies.headers.get('access-control-expose-headers')?.split(', ')).toContain('x-late');
    const redirect = await fetch(`${server().url}/redirect/1`, { redirect: 'manual' });
    expect(redirect.headers.get('access-control-expose-headers')?.split(', ')).toContain('location');
    const pre = await raw(`${server().url}/post`, {
      method: 'OPTIONS',
      headers: { 'access-control-request-headers': 'x-a' },
    });
    expect(pre.status).toBe(200);
    expect(pre.headers.allow).toBe('OPTIONS, POST');
    expect(pre.headers['access-control-allow-origin']).toBe('*');
    expect(pre.headers['access-control-allow-methods']).toBe('GET, POST, PUT, DELETE, PATCH, OPTIONS');
    expect(pre.headers['access-control-allow-headers']).toBe('x-a');
    expect(pre.headers['access-control-max-age']).toBe('3600');
  });
});
