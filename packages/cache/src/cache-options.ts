/** The options of a cache (`CacheAdapter`, `installCache`), validated and resolved once. */
import type { RequestCacheOptions } from '@reqs/core';
import type { CacheStore } from './cache-store.js';
import { SAFE_METHODS } from './invalidate.js';
import { MemoryStore } from './memory-store.js';
import { compileUrlPatterns, type UrlPatterns } from './url-patterns.js';

/**
 * A lifetime: ms, `'never'` (no expiry), or `0` (always revalidate).
 * @example
 * installCache(session, { expireAfter: 5 * 60_000, urlsExpireAfter: { 'https://example.org/static/*': 'never', 'https://example.org/live/*': 0 } });
 */
export type ExpireAfter = number | 'never';

/**
 * Options of a cache. Everything is optional; the defaults make a private (client) cache in memory.
 * @example
 * installCache(session, {
 *   store: new SqliteStore('.cache/http.sqlite'),
 *   expireAfter: 60_000,
 *   staleIfError: true,
 *   ignoredParameters: ['api_key'],
 * });
 */
export interface CacheOptions {
  /** Where responses are kept (default: a new `MemoryStore()`). */
  store?: CacheStore | undefined;
  /** A shared cache (proxy-like: `s-maxage`, no `private`, Authorization rules); default false (a private client cache). */
  shared?: boolean | undefined;
  /** Freshness of every stored response, over the server's headers; unset: the headers decide. */
  expireAfter?: ExpireAfter | undefined;
  /** Freshness per URL pattern (`'api.example.com/users/*'`, scheme optional, `*` any text), first match wins, over `expireAfter`. */
  urlsExpireAfter?: Readonly<Record<string, ExpireAfter>> | undefined;
  /** Safe methods whose responses are stored (default `['GET', 'HEAD']`). */
  cacheableMethods?: readonly string[] | undefined;
  /** Statuses that are stored (default 200, 203, 204, 300, 301, 308, 404, 405, 410, 414, 501; never 206). */
  cacheableStatus?: readonly number[] | undefined;
  /** On a network error or a 5xx, serve a stale response: `true` (any), ms past stale, or `false` (only what `stale-if-error` allows; default). */
  staleIfError?: boolean | number | undefined;
  /** Serve a stale response while revalidating it in the background: `true`, ms past stale, or `false` (only what `stale-while-revalidate` allows; default). */
  staleWhileRevalidate?: boolean | number | undefined;
  /** Query parameters left out of the key and of the stored URL (default: auth-looking ones such as `access_token`, `api_key`). */
  ignoredParameters?: readonly string[] | undefined;
  /** Request headers that select a variant, as if the server had named them in `Vary`. */
  matchHeaders?: readonly string[] | undefined;
  /** The largest body stored, in bytes (default 10 MiB); larger responses pass through unstored. */
  maxEntrySize?: number | undefined;
}

/**
 * The auth-looking query parameters never keyed nor stored unless `ignoredParameters` says otherwise.
 * @example
 * ```ts
 * // Keep the defaults and also ignore a signature parameter.
 * installCache(session, { ignoredParameters: [...DEFAULT_IGNORED_PARAMETERS, 'signature'] });
 * ```
 */
export const DEFAULT_IGNORED_PARAMETERS: readonly string[] = [
  'access_token',
  'api_key',
  'apikey',
  'client_secret',
  'password',
  'token',
];

const DEFAULT_STATUSES = [200, 203, 204, 300, 301, 308, 404, 405, 410, 414, 501];

/** The options with defaults filled in and lists turned into sets. */
export interface ResolvedCacheOptions {
  readonly store: CacheStore;
  readonly shared: boolean;
  readonly expireAfter: ExpireAfter | undefined;
  readonly urlsExpireAfter: UrlPatterns<ExpireAfter>;
  readonly cacheableMethods: ReadonlySet<string>;
  readonly cacheableStatus: ReadonlySet<number>;
  /** ms past stale, `Infinity` for `true`, 0 for false. */
  readonly staleIfError: number;
  readonly staleWhileRevalidate: number;
  readonly ignoredParameters: ReadonlySet<string>;
  readonly matchHeaders: readonly string[];
  readonly maxEntrySize: number;
}

/**
 * Validates and resolves cache options.
 * @throws TypeError / RangeError naming the option and the bad value.
 */
export function resolveCacheOptions(options: CacheOptions = {}): ResolvedCacheOptions {
  const statuses = options.cacheableStatus ?? DEFAULT_STATUSES;
  for (const status of statuses) {
    if (!Number.isInteger(status) || status < 100 || status > 599)
      throw new RangeError(`cacheableStatus: ${String(status)} is not an HTTP status code`);
  }
  const methods = (options.cacheableMethods ?? ['GET', 'HEAD']).map((m) => m.toUpperCase());
  for (const method of methods) {
    if (!SAFE_METHODS.has(method))
      throw new RangeError(
        `cacheableMethods: ${method} is not a safe method (GET, HEAD, OPTIONS, TRACE); unsafe methods invalidate instead`,
      );
  }
  return {
    store: options.store ?? new MemoryStore(),
    shared: options.shared ?? false,
    expireAfter: checkExpireAfter('expireAfter', options.expireAfter),
    urlsExpireAfter: compileUrlPatterns(options.urlsExpireAfter ?? {}, (pattern, value) =>
      checkExpireAfter(`urlsExpireAfter['${pattern}']`, value),
    ),
    cacheableMethods: new Set(methods),
    // 206 is never a full response: refuse it whatever the list says.
    cacheableStatus: new Set(statuses.filter((s) => s !== 206)),
    staleIfError: checkAllowance('staleIfError', options.staleIfError),
    staleWhileRevalidate: checkAllowance('staleWhileRevalidate', options.staleWhileRevalidate),
    ignoredParameters: new Set(options.ignoredParameters ?? DEFAULT_IGNORED_PARAMETERS),
    matchHeaders: (options.matchHeaders ?? []).map((h) => h.toLowerCase()),
    maxEntrySize: checkSize(options.maxEntrySize),
  };
}

/** Checks a lifetime option. */
export function checkExpireAfter(name: string, value: ExpireAfter | undefined): ExpireAfter | undefined {
  if (value === undefined || value === 'never') return value;
  if (typeof value !== 'number' || !(value >= 0))
    throw new RangeError(`${name} must be a number of ms >= 0 or 'never', got ${String(value)}`);
  return value;
}

function checkAllowance(name: string, value: boolean | number | undefined): number {
  if (value === undefined || value === false) return 0;
  if (value === true) return Number.POSITIVE_INFINITY;
  if (typeof value !== 'number' || !(value >= 0))
    throw new RangeError(`${name} must be a boolean or a number of ms >= 0, got ${String(value)}`);
  return value;
}

function checkSize(value: number | undefined): number {
  if (value === undefined) return 10 * 2 ** 20;
  if (typeof value !== 'number' || !(value >= 0))
    throw new RangeError(`maxEntrySize must be a number of bytes >= 0, got ${String(value)}`);
  return value;
}

const REQUEST_CACHE_KEYS: ReadonlySet<string> = new Set(['expireAfter', 'onlyIfCached', 'refresh']);

/**
 * Checks the per-request `cache` option: `false`, or an object of `expireAfter`, `onlyIfCached`, `refresh`.
 * @throws TypeError naming an unknown key or a wrong type; RangeError for a bad `expireAfter`.
 */
export function checkRequestCache(value: unknown): RequestCacheOptions | false | undefined {
  if (value === undefined || value === false) return value;
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new TypeError(
      `cache must be false or { expireAfter, onlyIfCached, refresh }, got ${String(value)}`,
    );
  const setting = value as Record<string, unknown>;
  for (const key of Object.keys(setting)) {
    if (!REQUEST_CACHE_KEYS.has(key))
      throw new TypeError(`cache: unknown option '${key}' (expected expireAfter, onlyIfCached or refresh)`);
  }
  for (const key of ['onlyIfCached', 'refresh'] as const) {
    if (setting[key] !== undefined && typeof setting[key] !== 'boolean')
      throw new TypeError(`cache.${key} must be a boolean, got ${String(setting[key])}`);
  }
  checkExpireAfter('cache.expireAfter', setting.expireAfter as ExpireAfter | undefined);
  return setting as RequestCacheOptions;
}
