/** HttpCache: a store with its settings, statistics and inspection, shared by the CacheAdapters that use it. */

import { cacheKey, cacheUrl } from './cache-key.js';
import { type CacheOptions, type ResolvedCacheOptions, resolveCacheOptions } from './cache-options.js';
import type { CacheEntry, CacheStore, StoredResponse } from './cache-store.js';
import { storedInfo } from './stored-info.js';
import { sameVariant } from './vary.js';

/**
 * Counts since the cache was made.
 * @example
 * const stats: CacheStats = cache.stats();
 */
export interface CacheStats {
  /** Answered fresh from the store. */
  hits: number;
  /** Answered stale from the store (stale-if-error, stale-while-revalidate, max-stale). */
  stale: number;
  /** Answered from the store after a 304. */
  revalidated: number;
  /** Answered by the server after the store was consulted. */
  misses: number;
  /** Passed through without consulting the store. */
  bypassed: number;
  /** Responses written to the store. */
  stored: number;
  /** Store operations that failed (the request went on without the cache). */
  errors: number;
}

/**
 * What `delete()` removes: the entries of `urls`, and/or every `expired` one (past its freshness).
 * @example
 * await cache.delete({ expired: true });
 */
export interface DeleteOptions {
  /** Remove the entries of these URLs (GET and HEAD, every variant). */
  urls?: readonly (string | URL)[] | undefined;
  /** Remove every entry past its freshness. */
  expired?: boolean | undefined;
}

/** How long a stale entry is kept (revalidation, max-stale, stale-if-error) when no directive says longer. */
const KEEP_STALE_MS = 24 * 60 * 60 * 1000;
/** Variants kept per URL, newest first. */
const MAX_VARIANTS = 8;

/**
 * A cache: its store, its settings, its statistics. `installCache` makes one for a session;
 * each `CacheAdapter` made from options makes its own. Closed when the last adapter using it closes.
 *
 * @example
 * const cache = installCache(session, { store: new SqliteStore('.cache/http.sqlite') });
 * await session.get(url);
 * cache.stats(); // { hits: 0, misses: 1, stored: 1, … }
 */
export class HttpCache {
  /** The settings, defaults filled in. */
  readonly options: ResolvedCacheOptions;
  readonly #stats: CacheStats = {
    hits: 0,
    stale: 0,
    revalidated: 0,
    misses: 0,
    bypassed: 0,
    stored: 0,
    errors: 0,
  };
  #users = 0;
  #closing: Promise<void> | null = null;

  /**
   * A cache with these settings (the defaults: a `MemoryStore`, a private cache, RFC 9111 freshness).
   *
   * @throws TypeError / RangeError for an invalid option, naming it.
   * @example
   * const cache = new HttpCache({ store: new MemoryStore({ maxEntries: 500 }), staleIfError: true });
   */
  constructor(options: CacheOptions = {}) {
    this.options = resolveCacheOptions(options);
  }

  /** The store responses are kept in. */
  get store(): CacheStore {
    return this.options.store;
  }

  /**
   * Every key in the store (`GET https://example.org/a`).
   * @example
   * for (const key of await cache.keys()) console.log(key);
   */
  keys(): Promise<string[]> {
    return this.store.keys();
  }

  /**
   * Removes the entries of `urls` (GET and HEAD) and, with `expired`, every entry past its freshness; resolves with how many.
   * @example
   * const removed = await cache.delete({ urls: ['https://example.org/data'], expired: true });
   */
  async delete(options: DeleteOptions): Promise<number> {
    const keys = new Set<string>();
    for (const url of options.urls ?? []) {
      const bare = cacheUrl(String(url), this.options.ignoredParameters);
      keys.add(cacheKey('GET', bare));
      keys.add(cacheKey('HEAD', bare));
    }
    if (options.expired) for (const key of await this.#expiredKeys()) keys.add(key);
    let removed = 0;
    for (const key of keys) {
      if ((await this.store.get(key)) !== undefined) removed++;
      await this.store.delete(key);
    }
    return removed;
  }

  /**
   * Removes every entry.
   * @example
   * await cache.clear();
   */
  async clear(): Promise<void> {
    if (this.store.clear !== undefined) return this.store.clear();
    for (const key of await this.store.keys()) await this.store.delete(key);
  }

  /**
   * A snapshot of the counters.
   * @example
   * console.log(cache.stats()); // { hits: 3, stale: 0, revalidated: 1, misses: 2, bypassed: 0, stored: 2, errors: 0 }
   */
  stats(): CacheStats {
    return { ...this.#stats };
  }

  /**
   * Closes the store (when no adapter uses the cache any more).
   * @example
   * await cache.close(); // the store now; a cache made by installCache closes with its session
   */
  close(): Promise<void> {
    this.#closing ??= this.store.close?.() ?? Promise.resolve();
    return this.#closing;
  }

  /** @internal An adapter starts using the cache. */
  retain(): void {
    this.#users++;
  }

  /** @internal An adapter stops using the cache; the last one closes it. */
  release(): Promise<void> {
    this.#users--;
    return this.#users <= 0 ? this.close() : Promise.resolve();
  }

  /** @internal Counts an outcome. */
  count(outcome: keyof CacheStats): void {
    this.#stats[outcome]++;
  }

  /** @internal The entry under `key`, or undefined (a failing store counts as a miss). */
  async lookup(key: string): Promise<CacheEntry | undefined> {
    try {
      return await this.store.get(key);
    } catch {
      this.#stats.errors++;
      return undefined;
    }
  }

  /** @internal Stores `variant` under `key`, replacing the variant for the same request headers. */
  async save(key: string, variant: StoredResponse, previous: CacheEntry | undefined): Promise<void> {
    const variants = [variant];
    for (const old of previous?.variants ?? []) {
      if (variants.length < MAX_VARIANTS && !sameVariant(old, variant)) variants.push(old);
    }
    const entry: CacheEntry = { key, variants, expiresAt: this.#expiresAt(variants) };
    try {
      await this.store.set(key, entry);
      this.#stats.stored++;
    } catch {
      this.#stats.errors++;
    }
  }

  /** @internal Removes `key`, counting a failure instead of throwing. */
  async remove(key: string): Promise<void> {
    try {
      await this.store.delete(key);
    } catch {
      this.#stats.errors++;
    }
  }

  /** When the store may drop the variants: the latest end of freshness plus the stale allowances (capped), null for never. */
  #expiresAt(variants: readonly StoredResponse[]): number | null {
    let latest = 0;
    for (const variant of variants) {
      if (variant.lifetime === Number.POSITIVE_INFINITY) return null;
      const info = storedInfo(variant, this.options.shared);
      // Kept a day past freshness (for revalidation, max-stale, stale-if-error), longer when a directive says so.
      const stale = Math.max(KEEP_STALE_MS, info.staleIfError, info.staleWhileRevalidate);
      latest = Math.max(latest, variant.responseTime - info.initialAge + variant.lifetime + stale);
    }
    return latest;
  }

  async #expiredKeys(): Promise<string[]> {
    const now = Date.now();
    const expired: string[] = [];
    for (const key of await this.store.keys()) {
      const entry = await this.store.get(key);
      if (entry === undefined) {
        expired.push(key);
        continue;
      }
      const stale = entry.variants.every((v) => {
        const info = storedInfo(v, this.options.shared);
        return now - v.responseTime + info.initialAge >= v.lifetime;
      });
      if (stale) expired.push(key);
    }
    return expired;
  }
}
