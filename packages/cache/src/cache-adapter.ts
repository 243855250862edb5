/** CacheAdapter: an RFC 9111 cache in front of any adapter; the policy is in small pure functions, this file only wires. */
import {
  type Adapter,
  BaseAdapter,
  type CacheStatus,
  type CaseInsensitiveDict,
  type PreparedRequest,
  plainHeaders,
  type Response,
  type SendOptions,
} from '@reqs/core';
import { type Assessment, assess, type Demand } from './assess.js';
import { requestDirectives } from './cache-control.js';
import { cacheKey, cacheUrl } from './cache-key.js';
import { type CacheOptions, checkRequestCache } from './cache-options.js';
import type { CacheEntry, StoredResponse } from './cache-store.js';
import { cachedResponse, gatewayTimeout } from './cached-response.js';
import { currentAge } from './freshness.js';
import { type CacheStats, type DeleteOptions, HttpCache } from './http-cache.js';
import { invalidatedUrls, isUnsafeMethod } from './invalidate.js';
import { type ExchangeRequest, planStorage, storedLifetime } from './plan-storage.js';
import { recordBody } from './record-body.js';
import { conditionalRequest, mergeNotModified } from './revalidate.js';
import { storedInfo } from './stored-info.js';
import { selectVariant } from './vary.js';

/** Request headers that make the request the caller's own conditional or partial one: passed through. */
const PASS_THROUGH_HEADERS = [
  'range',
  'if-none-match',
  'if-modified-since',
  'if-match',
  'if-unmodified-since',
  'if-range',
];

const STAT_OF: Record<CacheStatus, keyof CacheStats> = {
  hit: 'hits',
  stale: 'stale',
  revalidated: 'revalidated',
  miss: 'misses',
  bypass: 'bypassed',
};

/** What one cacheable exchange carries from lookup to storing. */
interface Exchange extends ExchangeRequest {
  readonly key: string;
  readonly entry: CacheEntry | undefined;
}

/**
 * Wraps an adapter with an HTTP cache (RFC 9111). Every response it returns carries
 * `cacheStatus`; those answered from the store have `fromCache` and an `Age` header.
 *
 * @example
 * session.mount('https://', new CacheAdapter(new HTTPAdapter(), { store: new MemoryStore() }));
 * const r = await session.get('https://example.org/data');
 * r.cacheStatus; // 'miss', then 'hit'
 * @throws TypeError / RangeError (from the constructor) for invalid options.
 */
export class CacheAdapter extends BaseAdapter {
  /** The adapter that talks to servers. */
  readonly inner: Adapter;
  /** The cache (store, settings, statistics), possibly shared with other adapters. */
  readonly cache: HttpCache;
  readonly #refreshing = new Map<string, Promise<void>>();

  /**
   * A cache in front of `inner`.
   *
   * @param options cache options, or an `HttpCache` to share with other adapters.
   * @example
   * const cache = new HttpCache({ store: new SqliteStore('.cache/http.sqlite'), expireAfter: 60_000 });
   * session.mount('https://', new CacheAdapter(new HTTPAdapter(), cache));
   * session.mount('http://', new CacheAdapter(new HTTPAdapter(), cache)); // one store for both
   */
  constructor(inner: Adapter, options: CacheOptions | HttpCache = {}) {
    super();
    this.inner = inner;
    this.cache = options instanceof HttpCache ? options : new HttpCache(options);
    this.cache.retain();
  }

  /**
   * Answers from the cache when it may, else from the inner adapter, storing what may be stored.
   * @example
   * const r = await session.get('https://example.org/data'); // through the mounted CacheAdapter
   * console.log(r.cacheStatus, r.fromCache); // 'hit' true, on the second call of a cacheable response
   */
  async send(request: PreparedRequest, options: SendOptions): Promise<Response> {
    const response = await this.#dispatch(request, options);
    this.cache.count(STAT_OF[response.cacheStatus ?? 'bypass']);
    return response;
  }

  /**
   * Waits for background refreshes, closes the inner adapter, and the cache when no other adapter uses it.
   * @example
   * await session.close(); // closes the CacheAdapter, its inner adapter and (last user) its store
   */
  async close(): Promise<void> {
    await Promise.allSettled(this.#refreshing.values());
    await this.inner.close();
    await this.cache.release();
  }

  /**
   * The store's keys (see {@link HttpCache.keys}).
   * @example
   * console.log(await adapter.keys()); // one key per cached URL (and method)
   */
  keys(): Promise<string[]> {
    return this.cache.keys();
  }
  /**
   * Removes entries by URL and/or every expired one (see {@link HttpCache.delete}).
   * @example
   * await adapter.delete({ urls: ['https://example.org/data'] });
   * await adapter.delete({ expired: true }); // returns how many entries went
   */
  delete(options: DeleteOptions): Promise<number> {
    return this.cache.delete(options);
  }
  /**
   * Removes every entry.
   * @example
   * await adapter.clear();
   */
  clear(): Promise<void> {
    return this.cache.clear();
  }
  /**
   * The cache's counters.
   * @example
   * const { hits, misses } = adapter.stats();
   * console.log(`hit rate ${hits / Math.max(1, hits + misses)}`);
   */
  stats(): CacheStats {
    return this.cache.stats();
  }

  #dispatch(request: PreparedRequest, options: SendOptions): Promise<Response> {
    const method = request.method ?? 'GET';
    // Unsafe methods invalidate even with cache: false (RFC 9111 §4.4 is not optional).
    if (isUnsafeMethod(method)) return this.#sendUnsafe(request, options);
    const headers = plainHeaders(request);
    if (options.cache === false || !this.#consults(method, headers)) return this.#bypass(request, options);
    return this.#sendCacheable(request, options, method, headers);
  }

  #consults(method: string, headers: CaseInsensitiveDict<string>): boolean {
    const methods = this.cache.options.cacheableMethods;
    if (!methods.has(method) && !(method === 'HEAD' && methods.has('GET'))) return false;
    for (const name of PASS_THROUGH_HEADERS) if (headers.has(name)) return false;
    return true;
  }

  async #sendCacheable(
    request: PreparedRequest,
    options: SendOptions,
    method: string,
    headers: CaseInsensitiveDict<string>,
  ): Promise<Response> {
    const exchange = await this.#lookup(request, options, method, headers);
    if (method === 'HEAD') {
      // A fresh stored GET answers a HEAD (RFC 9110 §9.3.2).
      const fromGet = await this.#find(cacheKey('GET', exchange.url), headers);
      const verdict = fromGet && this.#assess(fromGet, exchange.demand);
      if (fromGet !== undefined && verdict?.fresh)
        return cachedResponse(fromGet, request, 'hit', verdict.age);
    }
    const stored = exchange.entry && selectVariant(exchange.entry.variants, headers);
    const onlyIfCached =
      (options.cache || undefined)?.onlyIfCached === true || exchange.demand.directives.has('only-if-cached');
    if (stored === undefined)
      return onlyIfCached ? gatewayTimeout(request) : this.#fetch(exchange, request, options);
    const verdict = this.#assess(stored, exchange.demand);
    if (verdict.fresh) return cachedResponse(stored, request, 'hit', verdict.age);
    if (verdict.staleAccepted) return cachedResponse(stored, request, 'stale', verdict.age);
    if (onlyIfCached) return gatewayTimeout(request);
    if (verdict.revalidateInBackground) {
      this.#refreshInBackground(exchange, request, options, stored);
      return cachedResponse(stored, request, 'stale', verdict.age);
    }
    return this.#revalidate(exchange, request, options, stored, verdict);
  }

  async #lookup(
    request: PreparedRequest,
    options: SendOptions,
    method: string,
    headers: CaseInsensitiveDict<string>,
  ): Promise<Exchange> {
    const setting = checkRequestCache(options.cache) || undefined;
    const cacheOptions = this.cache.options;
    const url = cacheUrl(request.url, cacheOptions.ignoredParameters);
    const key = cacheKey(method, url);
    const demand: Demand = {
      directives: requestDirectives(headers.get('cache-control'), headers.get('pragma')),
      refresh: setting?.refresh === true,
      expireAfter: setting?.expireAfter,
      staleIfError: cacheOptions.staleIfError,
      staleWhileRevalidate: cacheOptions.staleWhileRevalidate,
    };
    return { key, url, method, headers, demand, entry: await this.cache.lookup(key) };
  }

  async #find(key: string, headers: CaseInsensitiveDict<string>): Promise<StoredResponse | undefined> {
    const entry = await this.cache.lookup(key);
    return entry && selectVariant(entry.variants, headers);
  }

  #assess(stored: StoredResponse, demand: Demand): Assessment {
    const info = storedInfo(stored, this.cache.options.shared);
    return assess(
      info,
      stored.lifetime,
      demand,
      currentAge(info.initialAge, stored.responseTime, Date.now()),
    );
  }

  async #fetch(exchange: Exchange, request: PreparedRequest, options: SendOptions): Promise<Response> {
    const requestTime = Date.now();
    const response = await this.inner.send(request, options);
    return this.#store(exchange, response, requestTime);
  }

  /** Revalidates a stale response: a conditional request, a 304 merged, stale-if-error on failure. */
  async #revalidate(
    exchange: Exchange,
    request: PreparedRequest,
    options: SendOptions,
    stored: StoredResponse,
    verdict: Assessment,
  ): Promise<Response> {
    const info = storedInfo(stored, this.cache.options.shared);
    const conditional =
      info.hasValidator && request.method === 'GET' ? conditionalRequest(request, stored) : request;
    const requestTime = Date.now();
    let response: Response;
    try {
      response = await this.inner.send(conditional, options);
    } catch (error) {
      if (verdict.usableOnError) return this.#serveStale(stored, request, exchange.demand);
      throw error;
    }
    if (response.statusCode === 304 && conditional !== request) {
      await response.close();
      const merged = mergeNotModified(
        stored,
        plainHeaders(response),
        { requestTime, responseTime: Date.now() },
        (headers) =>
          storedLifetime(
            exchange,
            stored.status,
            headers,
            { requestTime, responseTime: Date.now() },
            this.cache.options,
          ),
      );
      await this.cache.save(exchange.key, merged, exchange.entry);
      return cachedResponse(merged, request, 'revalidated', this.#assess(merged, exchange.demand).age);
    }
    if (response.statusCode >= 500 && verdict.usableOnError) {
      await response.close();
      return this.#serveStale(stored, request, exchange.demand);
    }
    response.request = request;
    return this.#store(exchange, response, requestTime);
  }

  #serveStale(stored: StoredResponse, request: PreparedRequest, demand: Demand): Response {
    return cachedResponse(stored, request, 'stale', this.#assess(stored, demand).age);
  }

  /** stale-while-revalidate: one refresh per key at a time; its failures only count as errors. */
  #refreshInBackground(
    exchange: Exchange,
    request: PreparedRequest,
    options: SendOptions,
    stored: StoredResponse,
  ): void {
    if (this.#refreshing.has(exchange.key)) return;
    const noFallback = {
      age: 0,
      fresh: false,
      staleAccepted: false,
      revalidateInBackground: false,
      usableOnError: false,
    };
    const refresh = async () => {
      try {
        const background = { ...options, stream: false, signal: undefined };
        const response = await this.#revalidate(exchange, request, background, stored, noFallback);
        await response.read();
      } catch {
        this.cache.count('errors');
      } finally {
        this.#refreshing.delete(exchange.key);
      }
    };
    this.#refreshing.set(exchange.key, refresh());
  }

  /** Marks a response from the server 'miss' and, when it may be stored, records its body as it is read. */
  #store(exchange: Exchange, response: Response, requestTime: number): Response {
    response.cacheStatus = 'miss';
    const received = {
      status: response.statusCode,
      reason: response.reason,
      headers: plainHeaders(response),
      requestTime,
      responseTime: Date.now(),
    };
    const variant = planStorage(exchange, received, this.cache.options);
    if (variant === null) return response;
    return recordBody(response, 'miss', this.cache.options.maxEntrySize, (body) =>
      this.cache.save(exchange.key, { ...variant, body }, exchange.entry),
    );
  }

  async #sendUnsafe(request: PreparedRequest, options: SendOptions): Promise<Response> {
    const response = await this.inner.send(request, options);
    response.cacheStatus = 'bypass';
    if (response.statusCode >= 200 && response.statusCode < 400) {
      const headers = plainHeaders(response);
      for (const url of invalidatedUrls(
        request.url,
        headers.get('location'),
        headers.get('content-location'),
      )) {
        const bare = cacheUrl(url, this.cache.options.ignoredParameters);
        await this.cache.remove(cacheKey('GET', bare));
        await this.cache.remove(cacheKey('HEAD', bare));
      }
    }
    return response;
  }

  async #bypass(request: PreparedRequest, options: SendOptions): Promise<Response> {
    const response = await this.inner.send(request, options);
    response.cacheStatus = 'bypass';
    return response;
  }
}
