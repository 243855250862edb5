import { Request } from '@reqs/core';
import { useHttpbin } from '@reqs/test-servers/httpbin';
import { describe, expect, it } from 'vitest';
import { cachingSession } from './origin.js';

const httpbin = useHttpbin();

describe("against the repo's httpbin", () => {
  it('/cache/{n}: public, max-age=n is a hit', async () => {
    const { session } = cachingSession();
    const first = await session.get(`${httpbin.url}/cache/60`);
    const second = await session.get(`${httpbin.url}/cache/60`);
    expect([first.cacheStatus, second.cacheStatus]).toEqual(['miss', 'hit']);
    expect(second.json()).toEqual(first.json());
    await session.close();
  });

  it('/etag/{etag}: revalidated with If-None-Match, the 304 answered from the store', async () => {
    const { session } = cachingSession();
    const first = await session.get(`${httpbin.url}/etag/abc`);
    expect(first.headers.etag).toBe('abc');
    const second = await session.get(`${httpbin.url}/etag/abc`);
    expect([second.cacheStatus, second.statusCode]).toEqual(['revalidated', 200]);
    expect(second.json()).toEqual(first.json());
    await session.close();
  });

  it('/response-headers: Cache-Control set by the query; no-store is not stored', async () => {
    const { session, adapter } = cachingSession();
    const fresh = `${httpbin.url}/response-headers?Cache-Control=max-age%3D60`;
    const noStore = `${httpbin.url}/response-headers?Cache-Control=no-store`;
    await session.get(fresh);
    await session.get(noStore);
    expect((await session.get(fresh)).cacheStatus).toBe('hit');
    expect((await session.get(noStore)).cacheStatus).toBe('miss');
    expect(await adapter.keys()).toEqual([`GET ${fresh}`]);
    await session.close();
  });

  it('map passes its cache option to Request and PreparedRequest items (noticed in stop 22)', async () => {
    const { session } = cachingSession();
    const url = `${httpbin.url}/cache/60`;
    await session.get(url);
    const items = [url, new Request('GET', url), new Request('GET', url).prepare()];
    const skipped = await session.map(items, { cache: false, throwOnError: true });
    expect(skipped.map((r) => r?.cacheStatus)).toEqual(['bypass', 'bypass', 'bypass']);
    const cached = await session.map(items, { throwOnError: true });
    expect(cached.map((r) => r?.cacheStatus)).toEqual(['hit', 'hit', 'hit']);
    await session.close();
  });
});
