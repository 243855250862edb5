/** What to store of a response from the server, or nothing: storability, lifetime and the variant, decided together. */
import type { CaseInsensitiveDict } from '@reqs/core';
import type { Demand } from './assess.js';
import { type Directives, parseCacheControl } from './cache-control.js';
import type { ExpireAfter, ResolvedCacheOptions } from './cache-options.js';
import type { StoredResponse } from './cache-store.js';
import { freshnessLifetime, initialAge } from './freshness.js';
import { unstorableReason } from './storable.js';
import { matchUrlPattern } from './url-patterns.js';
import { varyNames, varyValues } from './vary.js';

/** The request side of an exchange, as the cache saw it. */
export interface ExchangeRequest {
  readonly url: string;
  readonly method: string;
  readonly headers: CaseInsensitiveDict<string>;
  readonly demand: Demand;
}

/** The response side: what arrived, and when. */
export interface ExchangeResponse {
  readonly status: number;
  readonly reason: string;
  readonly headers: CaseInsensitiveDict<string>;
  readonly requestTime: number;
  readonly responseTime: number;
}

/** The variant to store (its body follows as it is read), or null when the response is not stored. */
export function planStorage(
  request: ExchangeRequest,
  response: ExchangeResponse,
  options: ResolvedCacheOptions,
): Omit<StoredResponse, 'body'> | null {
  const { headers } = response;
  const directives = parseCacheControl(headers.get('cache-control'));
  const names = varyNames(headers.get('vary'), options.matchHeaders);
  const unstorable = unstorableReason({
    method: request.method,
    status: response.status,
    requestDirectives: request.demand.directives,
    responseDirectives: directives,
    authorized: request.headers.has('authorization'),
    varyAll: names === null,
    partial: headers.has('content-range'),
    shared: options.shared,
    cacheableMethods: options.cacheableMethods,
    cacheableStatus: options.cacheableStatus,
  });
  if (unstorable !== null || names === null) return null;
  const lifetime = storedLifetime(request, response.status, headers, response, options);
  if (lifetime <= 0 && !usableStale(headers, directives, options)) return null;
  if (Number(headers.get('content-length') ?? 0) > options.maxEntrySize) return null;
  return {
    status: response.status,
    reason: response.reason,
    url: request.url,
    headers: storedHeaders(headers),
    varyValues: varyValues(names, request.headers),
    requestTime: response.requestTime,
    responseTime: response.responseTime,
    lifetime,
  };
}

/**
 * The lifetime to store: a per-request `expireAfter`, else `urlsExpireAfter`, else `expireAfter`
 * (each counted from now, so the response's age is added), else the response's own (§4.2.1).
 */
export function storedLifetime(
  request: ExchangeRequest,
  status: number,
  headers: CaseInsensitiveDict<string>,
  times: { readonly requestTime: number; readonly responseTime: number },
  options: ResolvedCacheOptions,
): number {
  const override: ExpireAfter | undefined =
    request.demand.expireAfter ??
    matchUrlPattern(options.urlsExpireAfter, request.url) ??
    options.expireAfter;
  if (override === 'never') return Number.POSITIVE_INFINITY;
  const date = headers.get('date');
  if (override !== undefined)
    return override + initialAge(date, headers.get('age'), times.requestTime, times.responseTime);
  const input = {
    status,
    directives: parseCacheControl(headers.get('cache-control')),
    date,
    expires: headers.get('expires'),
    lastModified: headers.get('last-modified'),
    responseTime: times.responseTime,
  };
  return freshnessLifetime(input, options.shared);
}

/** A response stale on arrival is still worth storing when it can be revalidated or served stale. */
function usableStale(
  headers: CaseInsensitiveDict<string>,
  directives: Directives,
  options: ResolvedCacheOptions,
): boolean {
  return (
    headers.has('etag') ||
    headers.has('last-modified') ||
    directives.has('stale-if-error') ||
    directives.has('stale-while-revalidate') ||
    options.staleIfError > 0 ||
    options.staleWhileRevalidate > 0
  );
}

/** The headers to store: all but `Set-Cookie` (a replay must not set cookies again). */
function storedHeaders(headers: CaseInsensitiveDict<string>): [string, string][] {
  const pairs: [string, string][] = [];
  for (const [name, value] of headers) {
    if (name.length === 10 && name.toLowerCase() === 'set-cookie') continue;
    pairs.push([name, value]);
  }
  return pairs;
}
