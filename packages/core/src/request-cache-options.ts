/** The per-request `cache` option and the cache status of a response, for caching adapters such as @reqs/cache. */

/**
 * How a response was answered by a caching adapter:
 * `'hit'` (fresh from the cache), `'stale'` (from the cache past its freshness: stale-if-error,
 * stale-while-revalidate, max-stale), `'revalidated'` (from the cache after a 304),
 * `'miss'` (from the server after the cache was consulted), `'bypass'` (from the server, the cache not consulted).
 * @example
 * const r = await s.get('https://example.org/data');
 * if (r.cacheStatus === 'stale') console.log('served stale while the origin was unreachable');
 */
export type CacheStatus = 'hit' | 'stale' | 'revalidated' | 'miss' | 'bypass';

/**
 * What one request asks of a caching adapter.
 * @example
 * await s.get('https://example.org/data', { cache: { expireAfter: 60_000 } });
 * await s.get('https://example.org/data', { cache: { onlyIfCached: true } }); // 504 when nothing usable is stored
 */
export interface RequestCacheOptions {
  /** How long a response stored by this request stays fresh: ms, `'never'` (no expiry) or `0` (always revalidate). */
  readonly expireAfter?: number | 'never' | undefined;
  /** Answer from the cache only; `504 Gateway Timeout` when nothing usable is stored (`only-if-cached`). */
  readonly onlyIfCached?: boolean | undefined;
  /** Revalidate with the server even when the stored response is fresh (a conditional request when possible). */
  readonly refresh?: boolean | undefined;
}

/**
 * The per-request `cache` option: `false` skips the cache for this request.
 * @example
 * await s.get('https://example.org/live', { cache: false }); // straight to the server
 */
export type RequestCacheSetting = false | RequestCacheOptions;
