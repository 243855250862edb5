import { HTTPAdapter } from '@reqs/adapters';
import type { Response } from '@reqs/core';
import { Session } from '@reqs/session';
import { describe, expect, it } from 'vitest';
import { installCache, MemoryStore } from '../src/index.js';
import { cachingSession, reply, sleep, useOrigin } from './origin.js';

const origin = useOrigin();

describe('a response from the cache is a normal Response', () => {
  it('response hooks run on hits', async () => {
    origin.route('/hook', reply({ 'Cache-Control': 'max-age=60' }));
    const { session } = cachingSession();
    const seen: (string | null)[] = [];
    const hooks = { response: (r: Response) => void seen.push(r.cacheStatus) };
    await session.get(`${origin.url}/hook`, { hooks });
    await session.get(`${origin.url}/hook`, { hooks });
    expect(seen).toEqual(['miss', 'hit']);
    await session.close();
  });

  it('stream: true streams a stored body', async () => {
    origin.route('/s', reply({ 'Cache-Control': 'max-age=60' }, 'x'.repeat(10_000)));
    const { session } = cachingSession();
    await session.get(`${origin.url}/s`);
    const r = await session.get(`${origin.url}/s`, { stream: true });
    expect(r.cacheStatus).toBe('hit');
    let size = 0;
    let chunks = 0;
    for await (const chunk of r.iterContent(1000)) {
      size += chunk.byteLength;
      chunks++;
    }
    expect([size, chunks]).toEqual([10_000, 10]);
    await session.close();
  });

  it('the cookie jar is fed by the server response, not again by hits', async () => {
    origin.route('/c', reply({ 'Cache-Control': 'max-age=60', 'Set-Cookie': 'k=v; Path=/' }));
    const { session } = cachingSession();
    await session.get(`${origin.url}/c`);
    expect(session.cookies.getDict()).toEqual({ k: 'v' });
    session.cookies.clear();
    const hit = await session.get(`${origin.url}/c`);
    expect(hit.cacheStatus).toBe('hit');
    expect(hit.headers['set-cookie']).toBeUndefined();
    expect(session.cookies.getDict()).toEqual({});
    await session.close();
  });

  it('changing a hit content does not change the cache', async () => {
    origin.route('/m', reply({ 'Cache-Control': 'max-age=60' }, 'abc'));
    const { session } = cachingSession();
    await session.get(`${origin.url}/m`);
    const hit = await session.get(`${origin.url}/m`);
    hit.content.fill(0x7a);
    expect((await session.get(`${origin.url}/m`)).text).toBe('abc');
    await session.close();
  });

  it('works with a gzip body: stored decoded, replayed decoded', async () => {
    const { gzipSync } = await import('node:zlib');
    origin.route('/gz', (_req, res) =>
      res
        .writeHead(200, { 'Cache-Control': 'max-age=60', 'Content-Encoding': 'gzip' })
        .end(gzipSync('zipped')),
    );
    const { session } = cachingSession();
    expect((await session.get(`${origin.url}/gz`)).text).toBe('zipped');
    const hit = await session.get(`${origin.url}/gz`);
    expect([hit.cacheStatus, hit.text]).toEqual(['hit', 'zipped']);
    await session.close();
  });
});

describe('redirects', () => {
  it('a cacheable 301 and its target are both answered from the cache, history intact', async () => {
    origin.route('/old', (_req, res) =>
      res.writeHead(301, { Location: '/new', 'Cache-Control': 'max-age=60' }).end(),
    );
    origin.route('/new', reply({ 'Cache-Control': 'max-age=60' }, 'moved'));
    const { session } = cachingSession();
    await session.get(`${origin.url}/old`);
    const again = await session.get(`${origin.url}/old`);
    expect([again.cacheStatus, again.text, again.url]).toEqual(['hit', 'moved', `${origin.url}/new`]);
    expect(again.history.map((r) => [r.statusCode, r.cacheStatus])).toEqual([[301, 'hit']]);
    expect([origin.hits('/old'), origin.hits('/new')]).toEqual([1, 1]);
    await session.close();
  });
});

describe('per-request cache option', () => {
  it('cache: false bypasses the store', async () => {
    origin.route('/b', reply({ 'Cache-Control': 'max-age=60' }));
    const { session } = cachingSession();
    await session.get(`${origin.url}/b`);
    const r = await session.get(`${origin.url}/b`, { cache: false });
    expect([r.cacheStatus, r.fromCache]).toEqual(['bypass', false]);
    expect(origin.hits('/b')).toBe(2);
    await session.close();
  });

  it('expireAfter overrides the headers for this request', async () => {
    origin.route('/e', reply({ 'Cache-Control': 'max-age=0' }));
    const { session } = cachingSession();
    await session.get(`${origin.url}/e`, { cache: { expireAfter: 60_000 } });
    expect((await session.get(`${origin.url}/e`)).cacheStatus).toBe('hit');
    expect((await session.get(`${origin.url}/e`, { cache: { expireAfter: 0 } })).cacheStatus).toBe('miss');
    await session.close();
  });

  it('a bad cache option is a TypeError / RangeError before anything is sent', async () => {
    origin.route('/bad', reply({}));
    const { session } = cachingSession();
    await expect(session.get(`${origin.url}/bad`, { cache: { expireAfter: -1 } })).rejects.toThrow(
      RangeError,
    );
    await expect(session.get(`${origin.url}/bad`, { cache: 'yes' as never })).rejects.toThrow(TypeError);
    await expect(session.get(`${origin.url}/bad`, { cache: { onlyIfCache: true } as never })).rejects.toThrow(
      /unknown option 'onlyIfCache'/,
    );
    await expect(session.get(`${origin.url}/bad`, { cache: { refresh: 'yes' } as never })).rejects.toThrow(
      /cache.refresh must be a boolean/,
    );
    expect(origin.hits('/bad')).toBe(0);
    await session.close();
  });
});

describe('cache options', () => {
  it('expireAfter, urlsExpireAfter (first match wins) and never', async () => {
    origin.route('/plain', reply({}));
    origin.route('/api/users/1', reply({}));
    origin.route('/static/a.css', reply({ 'Cache-Control': 'no-cache' }));
    const host = origin.url.replace('http://', '');
    const { session } = cachingSession({
      expireAfter: 60_000,
      urlsExpireAfter: { [`${host}/api/*`]: 0, [`${host}/static`]: 'never' },
    });
    for (const path of ['/plain', '/api/users/1', '/static/a.css']) await session.get(`${origin.url}${path}`);
    expect((await session.get(`${origin.url}/plain`)).cacheStatus).toBe('hit');
    expect((await session.get(`${origin.url}/api/users/1`)).cacheStatus).toBe('miss');
    // no-cache still makes the response revalidate, whatever its lifetime.
    expect((await session.get(`${origin.url}/static/a.css`)).cacheStatus).toBe('miss');
    await session.close();
  });

  it('auth-looking query parameters are neither keyed nor stored', async () => {
    origin.route('/q', reply({ 'Cache-Control': 'max-age=60' }));
    const { session, adapter } = cachingSession();
    await session.get(`${origin.url}/q`, { params: { page: 2, access_token: 'secret1' } });
    const hit = await session.get(`${origin.url}/q`, { params: { page: 2, access_token: 'secret2' } });
    expect(hit.cacheStatus).toBe('hit');
    expect(await adapter.keys()).toEqual([`GET ${origin.url}/q?page=2`]);
    const entry = await adapter.cache.store.get(`GET ${origin.url}/q?page=2`);
    expect(
      JSON.stringify({ ...entry, variants: entry?.variants.map((v) => ({ ...v, body: null })) }),
    ).not.toContain('secret');
    await session.close();
  });

  it('invalid options throw naming the option', () => {
    expect(() => cachingSession({ expireAfter: -5 })).toThrow(/expireAfter/);
    expect(() => cachingSession({ cacheableStatus: [99] })).toThrow(/cacheableStatus/);
    expect(() => cachingSession({ maxEntrySize: Number.NaN })).toThrow(/maxEntrySize/);
    expect(() => new MemoryStore({ maxSize: -1 })).toThrow(/maxSize/);
    expect(() => cachingSession({ cacheableMethods: ['GET', 'post'] })).toThrow(/cacheableMethods: POST/);
  });
});

describe('inspection', () => {
  it('keys, stats, delete({ urls }), delete({ expired }), clear', async () => {
    origin.route('/a', reply({ 'Cache-Control': 'max-age=60' }));
    origin.route('/b', reply({ 'Cache-Control': 'max-age=1', ETag: '"b"' }));
    const { session, adapter } = cachingSession();
    await session.get(`${origin.url}/a`);
    await session.get(`${origin.url}/a`);
    await session.get(`${origin.url}/b`);
    await session.get(`${origin.url}/b`, { cache: false });
    expect((await adapter.keys()).sort()).toEqual([`GET ${origin.url}/a`, `GET ${origin.url}/b`]);
    expect(adapter.stats()).toMatchObject({ hits: 1, misses: 2, bypassed: 1, stored: 2 });
    await sleep(1100);
    expect(await adapter.delete({ expired: true })).toBe(1);
    expect(await adapter.keys()).toEqual([`GET ${origin.url}/a`]);
    expect(await adapter.delete({ urls: [`${origin.url}/a`] })).toBe(1);
    expect(await adapter.keys()).toEqual([]);
    await session.get(`${origin.url}/a`);
    await adapter.clear();
    expect(await adapter.keys()).toEqual([]);
    await session.close();
  });

  it('installCache wraps every mounted adapter with one shared cache', async () => {
    origin.route('/i', reply({ 'Cache-Control': 'max-age=60' }));
    const session = new Session();
    const http = new HTTPAdapter();
    session.mount('http://', http);
    session.mount('https://', http);
    const cache = installCache(session, { store: new MemoryStore() });
    const wrapped = session.getAdapter('http://x/');
    expect(wrapped).toBe(session.getAdapter('https://x/'));
    await session.get(`${origin.url}/i`);
    expect((await session.get(`${origin.url}/i`)).cacheStatus).toBe('hit');
    expect(cache.stats().hits).toBe(1);
    await session.close();
  });
});
