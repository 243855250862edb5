import { describe, expect, it } from 'vitest';
import { parseEtags } from '../src/routes/cache.js';
import { headerValues, json, raw, useServer } from './helpers.js';

describe('caching and response-header routes', () => {
  const server = useServer();

  it('/cache answers like /get with Last-Modified and ETag, and 304 to conditional requests', async () => {
    const r = await raw(`${server().url}/cache`);
    expect(r.status).toBe(200);
    expect(r.headers.etag).toMatch(/^[0-9a-f]{32}$/);
    expect(new Date(r.headers['last-modified']!).getTime()).toBeGreaterThan(0);
    expect(Object.keys(json(r))).toEqual(['args', 'headers', 'origin', 'url']);
    const ims = await raw(`${server().url}/cache`, {
      headers: { 'if-modified-since': r.headers['last-modified']! },
    });
    expect(ims.status).toBe(304);
    expect(ims.body.byteLength).toBe(0);
    expect((await raw(`${server().url}/cache`, { headers: { 'if-none-match': 'x' } })).status).toBe(304);
  });

  it('/cache/{n} sets Cache-Control', async () => {
    const r = await raw(`${server().url}/cache/60`);
    expect(r.headers['cache-control']).toBe('public, max-age=60');
  });

  it('/etag/{etag} honours If-None-Match and If-Match', async () => {
    const plain = await raw(`${server().url}/etag/abc`);
    expect(plain.status).toBe(200);
    expect(plain.headers.etag).toBe('abc');
    const match = await raw(`${server().url}/etag/abc`, { headers: { 'if-none-match': '"x", W/"abc"' } });
    expect(match.status).toBe(304);
    expect(match.headers.etag).toBe('abc');
    expect((await raw(`${server().url}/etag/abc`, { headers: { 'if-none-match': '*' } })).status).toBe(304);
    expect((await raw(`${server().url}/etag/abc`, { headers: { 'if-none-match': '"x"' } })).status).toBe(200);
    expect((await raw(`${server().url}/etag/abc`, { headers: { 'if-match': '"x"' } })).status).toBe(412);
    expect((await raw(`${server().url}/etag/abc`, { headers: { 'if-match': '"abc"' } })).status).toBe(200);
  });

  it('parses entity-tag lists', () => {
    expect(parseEtags('"a", W/"b" , c')).toEqual(['a', 'b', 'c']);
    expect(parseEtags(undefined)).toEqual([]);
  });

  it('/response-headers sends each query pair as a header and lists every header in the body', async () => {
    for (const method of ['GET', 'POST']) {
      const r = await raw(`${server().url}/response-headers?X-One=1&X-Multi=a&X-Multi=b`, { method });
      expect(r.status).toBe(200);
      expect(headerValues(r, 'x-one')).toEqual(['1']);
      expect(headerValues(r, 'x-multi')).toEqual(['a', 'b']);
      expect(r.headers['content-type']).toBe('application/json');
      const body = json(r);
      expect(body).toEqual({
        'Content-Length': String(r.body.byteLength),
        'Content-Type': 'application/json',
        'X-Multi': ['a', 'b'],
        'X-One': '1',
      });
    }
  });

  it('/response-headers lets the query choose the Content-Type', async () => {
    const type = 'text/plain; charset=ISO-8859-1';
    const r = await raw(`${server().url}/response-headers?${new URLSearchParams({ 'Content-Type': type })}`);
    expect(r.headers['content-type']).toBe(type);
    expect(json(r)['Content-Type']).toBe(type);
  });

  it('/response-headers answers 400 for a header value that cannot be sent', async () => {
    expect((await raw(`${server().url}/response-headers?X-Bad=a%0Db`)).status).toBe(400);
  });
});
