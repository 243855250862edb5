import { describe, expect, it } from 'vitest';
import { cachingSession, reply, sleep, startOrigin, useOrigin } from './origin.js';

const origin = useOrigin();

describe('conditional revalidation (RFC 9111 §4.3)', () => {
  it('If-None-Match: a 304 answers with the stored body and its headers replace the stored ones', async () => {
    origin.route('/etag', (req, res, hit) => {
      if (req.headers['if-none-match'] === '"v1"')
        res.writeHead(304, { ETag: '"v1"', 'Cache-Control': 'max-age=60', 'X-Version': `${hit}` }).end();
      else
        res.writeHead(200, { ETag: '"v1"', 'Cache-Control': 'max-age=0', 'X-Version': '1' }).end('payload');
    });
    const { session } = cachingSession();
    await session.get(`${origin.url}/etag`);
    const second = await session.get(`${origin.url}/etag`);
    expect(second.cacheStatus).toBe('revalidated');
    expect(second.fromCache).toBe(true);
    expect(second.text).toBe('payload');
    expect(second.headers['x-version']).toBe('2');
    expect(second.headers.age).toBeDefined();
    expect(origin.requests('/etag')[1]?.headers['if-none-match']).toBe('"v1"');
    // The 304's max-age=60 was stored: the third request is a plain hit with the new header.
    const third = await session.get(`${origin.url}/etag`);
    expect([third.cacheStatus, third.headers['x-version']]).toEqual(['hit', '2']);
    expect(origin.hits('/etag')).toBe(2);
    await session.close();
  });

  it('If-Modified-Since from Last-Modified', async () => {
    const lastModified = new Date(Date.now() - 1000).toUTCString();
    origin.route('/lm', (req, res) => {
      if (req.headers['if-modified-since'] === lastModified) res.writeHead(304).end();
      else res.writeHead(200, { 'Last-Modified': lastModified, 'Cache-Control': 'no-cache' }).end('lm');
    });
    const { session } = cachingSession();
    await session.get(`${origin.url}/lm`);
    const again = await session.get(`${origin.url}/lm`);
    expect([again.cacheStatus, again.text]).toEqual(['revalidated', 'lm']);
    await session.close();
  });

  it('a changed resource (200 to the conditional request) replaces the stored one', async () => {
    origin.route('/c', (_req, res, hit) =>
      res.writeHead(200, { ETag: `"v${hit}"`, 'Cache-Control': 'no-cache' }).end(`v${hit}`),
    );
    const { session } = cachingSession();
    await session.get(`${origin.url}/c`);
    const second = await session.get(`${origin.url}/c`);
    expect([second.cacheStatus, second.text]).toEqual(['miss', 'v2']);
    expect(origin.requests('/c')[2]).toBeUndefined();
    await session.get(`${origin.url}/c`);
    expect(origin.requests('/c')[2]?.headers['if-none-match']).toBe('"v2"');
    await session.close();
  });

  it('refresh: true revalidates a fresh response', async () => {
    origin.route('/f', (req, res) => {
      if (req.headers['if-none-match'] === '"f"') res.writeHead(304).end();
      else res.writeHead(200, { ETag: '"f"', 'Cache-Control': 'max-age=60' }).end('f');
    });
    const { session } = cachingSession();
    await session.get(`${origin.url}/f`);
    expect((await session.get(`${origin.url}/f`, { cache: { refresh: true } })).cacheStatus).toBe(
      'revalidated',
    );
    await session.close();
  });
});

describe('stale-while-revalidate (RFC 5861)', () => {
  it('serves stale at once and refreshes in the background, one refresh per key at a time', async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    origin.route('/swr', (_req, res, hit) => {
      const send = () =>
        res.writeHead(200, { 'Cache-Control': 'max-age=0, stale-while-revalidate=60' }).end(`v${hit}`);
      if (hit === 1) send();
      else void gate.then(send);
    });
    const { session, adapter } = cachingSession();
    await session.get(`${origin.url}/swr`);
    const stale = await Promise.all([1, 2, 3, 4].map(() => session.get(`${origin.url}/swr`)));
    expect(stale.map((r) => r.cacheStatus)).toEqual(['stale', 'stale', 'stale', 'stale']);
    expect(stale.map((r) => r.text)).toEqual(['v1', 'v1', 'v1', 'v1']);
    for (let i = 0; i < 100 && origin.hits('/swr') < 2; i++) await sleep(10);
    expect(origin.hits('/swr')).toBe(2);
    release();
    for (let i = 0; i < 200; i++) {
      const keys = await adapter.keys();
      const entry = await adapter.cache.store.get(keys[0] ?? '');
      if (new TextDecoder().decode(entry?.variants[0]?.body) === 'v2') break;
      await sleep(10);
    }
    const refreshed = await session.get(`${origin.url}/swr`);
    expect([refreshed.cacheStatus, refreshed.text]).toEqual(['stale', 'v2']);
    await session.close();
    expect(origin.hits('/swr')).toBe(3);
  });
});

describe('invalidation by unsafe methods (RFC 9111 §4.4)', () => {
  it('a POST invalidates the target and a same-origin Location, not another origin', async () => {
    const other = await startOrigin();
    origin.route('/item', reply({ 'Cache-Control': 'max-age=60' }));
    origin.route('/list', reply({ 'Cache-Control': 'max-age=60' }));
    other.route('/x', reply({ 'Cache-Control': 'max-age=60' }));
    origin.route('/item', (req, res) => {
      if (req.method === 'POST')
        res.writeHead(201, { Location: '/list', 'Content-Location': `${other.url}/x` }).end();
      else res.writeHead(200, { 'Cache-Control': 'max-age=60' }).end('item');
    });
    const { session } = cachingSession();
    for (const url of [`${origin.url}/item`, `${origin.url}/list`, `${other.url}/x`]) await session.get(url);
    const post = await session.post(`${origin.url}/item`, { data: 'x' });
    expect(post.cacheStatus).toBe('bypass');
    expect((await session.get(`${origin.url}/item`)).cacheStatus).toBe('miss');
    expect((await session.get(`${origin.url}/list`)).cacheStatus).toBe('miss');
    expect((await session.get(`${other.url}/x`)).cacheStatus).toBe('hit');
    await session.close();
    await other.close();
  });

  it('PUT, DELETE and PATCH invalidate; an error response does not', async () => {
    origin.route('/r', (req, res) => {
      if (req.method === 'GET') res.writeHead(200, { 'Cache-Control': 'max-age=60' }).end('r');
      else if (req.headers['x-fail']) res.writeHead(500).end();
      else res.writeHead(204).end();
    });
    const { session } = cachingSession();
    for (const method of ['PUT', 'DELETE', 'PATCH']) {
      await session.get(`${origin.url}/r`);
      await session.request(method, `${origin.url}/r`, { headers: { 'X-Fail': '1' } });
      expect((await session.get(`${origin.url}/r`)).cacheStatus).toBe('hit');
      await session.request(method, `${origin.url}/r`);
      expect((await session.get(`${origin.url}/r`)).cacheStatus).toBe('miss');
    }
    await session.close();
  });
});

describe('HEAD and partial content', () => {
  it('a HEAD is answered from a stored GET, with no body', async () => {
    origin.route('/h', reply({ 'Cache-Control': 'max-age=60', 'X-Kind': 'get' }, 'the body'));
    const { session } = cachingSession();
    await session.get(`${origin.url}/h`);
    const head = await session.head(`${origin.url}/h`);
    expect([head.cacheStatus, head.headers['x-kind'], head.content.byteLength]).toEqual(['hit', 'get', 0]);
    expect(origin.hits('/h')).toBe(1);
    await session.close();
  });

  it('a 206 is never stored, and a Range request never gets a stored full body', async () => {
    origin.route('/range', (req, res) => {
      if (req.headers.range)
        res.writeHead(206, { 'Content-Range': 'bytes 0-1/10', 'Cache-Control': 'max-age=60' }).end('01');
      else res.writeHead(200, { 'Cache-Control': 'max-age=60' }).end('0123456789');
    });
    const { session } = cachingSession({ cacheableStatus: [200, 206] });
    const partial = await session.get(`${origin.url}/range`, { headers: { Range: 'bytes=0-1' } });
    expect([partial.statusCode, partial.cacheStatus]).toEqual([206, 'bypass']);
    const full = await session.get(`${origin.url}/range`);
    expect([full.statusCode, full.cacheStatus, full.text]).toEqual([200, 'miss', '0123456789']);
    const again = await session.get(`${origin.url}/range`, { headers: { Range: 'bytes=0-1' } });
    expect([again.statusCode, again.text]).toEqual([206, '01']);
    expect(origin.hits('/range')).toBe(3);
    await session.close();
  });
});
