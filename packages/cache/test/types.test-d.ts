// Type-level checks of the public surface (compiled by `pnpm typecheck`, not run).
import { HTTPAdapter } from '@reqs/adapters';
import type { CacheStatus, Response } from '@reqs/core';
import { Session } from '@reqs/session';
import { expectTypeOf } from 'vitest';
import {
  CacheAdapter,
  type CacheStats,
  type CacheStore,
  HttpCache,
  installCache,
  MemoryStore,
  RedisStore,
  SqliteStore,
} from '../src/index.js';

const session = new Session();
expectTypeOf(
  installCache(session, { store: new SqliteStore('.cache/http.sqlite') }),
).toEqualTypeOf<HttpCache>();
const adapter = new CacheAdapter(new HTTPAdapter(), {
  store: new MemoryStore({ maxSize: 2 ** 20 }),
  shared: true,
});
session.mount('https://', adapter);
expectTypeOf(adapter.stats()).toEqualTypeOf<CacheStats>();
expectTypeOf(adapter.keys()).toEqualTypeOf<Promise<string[]>>();
expectTypeOf(adapter.delete({ urls: ['https://a.test/'], expired: true })).toEqualTypeOf<Promise<number>>();
expectTypeOf(new RedisStore({ url: 'redis://127.0.0.1:6379' })).toMatchTypeOf<CacheStore>();
new CacheAdapter(
  new HTTPAdapter(),
  new HttpCache({ expireAfter: 'never', urlsExpireAfter: { 'a.test/*': 0 } }),
);

declare const r: Response;
expectTypeOf(r.fromCache).toEqualTypeOf<boolean>();
expectTypeOf(r.cacheStatus).toEqualTypeOf<CacheStatus | null>();

// The per-request option: false, or the three settings.
void session.get('https://a.test/', { cache: false });
void session.get('https://a.test/', { cache: { expireAfter: 'never', onlyIfCached: true, refresh: false } });
// @ts-expect-error: `true` is not a cache setting
void session.get('https://a.test/', { cache: true });
// @ts-expect-error: unknown setting
void session.get('https://a.test/', { cache: { maxAge: 5 } });
// @ts-expect-error: statuses are numbers
new CacheAdapter(new HTTPAdapter(), { cacheableStatus: ['200'] });
