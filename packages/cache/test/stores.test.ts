import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type CacheEntry,
  type CacheStore,
  MemoryStore,
  RedisStore,
  SqliteStore,
  storeConformanceCases,
} from '../src/index.js';
import { cachingSession, type Origin, reply, startOrigin } from './origin.js';
import { type RedisServer, startRedis } from './redis-server.js';

const run = promisify(execFile);
const child = new URL('./fixtures/child-get.mjs', import.meta.url).pathname;
let dir: string;
let redis: RedisServer;
let origin: Origin;
let prefixes = 0;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'reqs-cache-'));
  redis = await startRedis();
  origin = await startOrigin();
});
afterAll(async () => {
  await origin?.close();
  await redis?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const factories: [string, () => CacheStore][] = [
  ['MemoryStore', () => new MemoryStore()],
  ['SqliteStore', () => new SqliteStore(join(dir, `conformance-${prefixes++}.sqlite`))],
  ['RedisStore', () => new RedisStore({ url: redis.url, prefix: `conformance-${prefixes++}:` })],
];

for (const [name, make] of factories) {
  describe(`${name} passes the store conformance kit`, () => {
    for (const c of storeConformanceCases) {
      it(c.name, async () => {
        const store = make();
        try {
          await c.run(store);
        } finally {
          await store.close?.();
        }
      });
    }
  });
}

function entry(key: string, bytes: number): CacheEntry {
  const variant = {
    status: 200,
    reason: 'OK',
    url: key,
    headers: [] as [string, string][],
    body: new Uint8Array(bytes),
    varyValues: {},
    requestTime: 0,
    responseTime: 0,
    lifetime: 60_000,
  };
  return { key, variants: [variant], expiresAt: null };
}

describe('MemoryStore limits', () => {
  it('evicts the least recently used entry past maxEntries', async () => {
    const store = new MemoryStore({ maxEntries: 2 });
    await store.set('a', entry('a', 1));
    await store.set('b', entry('b', 1));
    await store.get('a');
    await store.set('c', entry('c', 1));
    expect((await store.keys()).sort()).toEqual(['a', 'c']);
  });

  it('evicts by bytes past maxSize and refuses an entry over maxEntrySize', async () => {
    const store = new MemoryStore({ maxSize: 10_000, maxEntrySize: 6000 });
    await store.set('a', entry('a', 4000));
    await store.set('b', entry('b', 4000));
    await store.set('c', entry('c', 4000));
    expect((await store.keys()).sort()).toEqual(['b', 'c']);
    expect(store.size).toBeLessThanOrEqual(10_000);
    await store.set('big', entry('big', 7000));
    expect(await store.get('big')).toBeUndefined();
  });
});

describe('RedisStore', () => {
  it('sets a TTL from the entry lifetime', async () => {
    const { Redis } = await import('ioredis');
    const client = new Redis(redis.url);
    const store = new RedisStore({ client, prefix: 'ttl:' });
    await store.set('k', { ...entry('k', 1), expiresAt: Date.now() + 30_000 });
    const ttl = await client.pttl('ttl:k');
    expect(ttl).toBeGreaterThan(20_000);
    expect(ttl).toBeLessThanOrEqual(30_000);
    await store.close();
    await client.quit();
  });
});

describe('a store that fails', () => {
  it('Redis down: the request is answered by the server and the failures are counted', async () => {
    const closed = await startRedis();
    await closed.stop();
    origin.route('/redis-down', reply({ 'Cache-Control': 'max-age=60' }));
    const { session, adapter } = cachingSession({ store: new RedisStore({ url: closed.url }) });
    const r = await session.get(`${origin.url}/redis-down`);
    expect([r.statusCode, r.cacheStatus]).toEqual([200, 'miss']);
    expect(adapter.stats().errors).toBeGreaterThanOrEqual(2);
    await session.close();
  });
});

describe('two processes share one store', () => {
  for (const kind of ['sqlite', 'redis'] as const) {
    it(`${kind}: an entry stored by a child process is a hit here`, async () => {
      const path = `/${kind}-shared`;
      origin.route(
        path,
        reply({ 'Cache-Control': 'max-age=60' }, (n) => `from ${n}`),
      );
      const where = kind === 'sqlite' ? join(dir, 'shared.sqlite') : redis.url;
      const { stdout } = await run(process.execPath, [child, kind, where, `${origin.url}${path}`], {
        timeout: 20_000,
      });
      expect(stdout).toBe('miss from 1');
      const store = kind === 'sqlite' ? new SqliteStore(where) : new RedisStore({ url: where });
      const { session } = cachingSession({ store });
      const here = await session.get(`${origin.url}${path}`);
      expect([here.cacheStatus, here.text]).toEqual(['hit', 'from 1']);
      // And the other way round: a second child sees it too.
      const again = await run(process.execPath, [child, kind, where, `${origin.url}${path}`], {
        timeout: 20_000,
      });
      expect(again.stdout).toBe('hit from 1');
      expect(origin.hits(path)).toBe(1);
      await session.close();
      // Two child processes, each starting Node and loading reqs: slow on a loaded CI machine.
    }, 60_000);
  }
});
