/** @reqs/cache: RFC 9111 HTTP caching for reqs, as an adapter wrapping any adapter. */
export type { CacheStatus, RequestCacheOptions, RequestCacheSetting } from '@reqs/core';
export { CacheAdapter } from './cache-adapter.js';
export { type CacheOptions, DEFAULT_IGNORED_PARAMETERS, type ExpireAfter } from './cache-options.js';
export type { CacheEntry, CacheStore, StoredResponse } from './cache-store.js';
export { decodeEntry, encodeEntry } from './entry-codec.js';
export { type CacheStats, type DeleteOptions, HttpCache } from './http-cache.js';
export { installCache, type MountingSession } from './install-cache.js';
export { MemoryStore, type MemoryStoreOptions } from './memory-store.js';
export { type RedisClientLike, RedisStore, type RedisStoreOptions } from './redis-store.js';
export { SqliteStore, type SqliteStoreOptions } from './sqlite-store.js';
export { type StoreConformanceCase, storeConformanceCases } from './store-conformance.js';
