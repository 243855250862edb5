/** How a stored response may be used for a request (RFC 9111 §4, §5.2.1; RFC 5861; RFC 8246), as one pure function. */
import { type Directives, seconds } from './cache-control.js';
import type { StoredInfo } from './stored-info.js';

/** What the request and the cache settings ask. */
export interface Demand {
  readonly directives: Directives;
  /** Per-request `refresh: true`: revalidate even a fresh response. */
  readonly refresh: boolean;
  /** Per-request `expireAfter`, replacing the stored lifetime. */
  readonly expireAfter: number | 'never' | undefined;
  /** The cache's own allowances (ms past stale; `Infinity` for `true`). */
  readonly staleIfError: number;
  readonly staleWhileRevalidate: number;
}

/** The verdict on one stored response. */
export interface Assessment {
  /** Current age, ms. */
  readonly age: number;
  /** Serve it as is (`'hit'`). */
  readonly fresh: boolean;
  /** Stale but the request's `max-stale` accepts it. */
  readonly staleAccepted: boolean;
  /** Stale, within `stale-while-revalidate`: serve it and refresh in the background. */
  readonly revalidateInBackground: boolean;
  /** Stale, within `stale-if-error`: serve it if the server fails. */
  readonly usableOnError: boolean;
}

/** Decides how a stored response of `lifetime` ms may answer a request. */
export function assess(info: StoredInfo, lifetime: number, demand: Demand, age: number): Assessment {
  const effective =
    demand.expireAfter === undefined
      ? lifetime
      : demand.expireAfter === 'never'
        ? Number.POSITIVE_INFINITY
        : demand.expireAfter;
  const req = demand.directives;
  const staleness = age - effective;
  const fresh = isFresh(info, effective, age, demand);
  const mayBeStale = !info.mustRevalidate && staleness > 0;
  const maxStale = seconds(req, 'max-stale');
  const requestSie = (seconds(req, 'stale-if-error') ?? 0) * 1000;
  return {
    age,
    fresh,
    staleAccepted: !fresh && mayBeStale && maxStale !== null && staleness <= maxStale * 1000,
    revalidateInBackground:
      !fresh &&
      mayBeStale &&
      !demand.refresh &&
      !req.has('no-cache') &&
      staleness <= Math.max(info.staleWhileRevalidate, demand.staleWhileRevalidate),
    usableOnError:
      !info.mustRevalidate && staleness <= Math.max(info.staleIfError, requestSie, demand.staleIfError),
  };
}

function isFresh(info: StoredInfo, lifetime: number, age: number, demand: Demand): boolean {
  if (demand.refresh || age >= lifetime) return false;
  if (info.directives.has('no-cache')) return false;
  // A fresh immutable response is not revalidated on a reload-style no-cache (RFC 8246 §2).
  if (info.directives.has('immutable')) return true;
  const req = demand.directives;
  if (req.has('no-cache')) return false;
  const maxAge = seconds(req, 'max-age');
  if (maxAge !== null && age > maxAge * 1000) return false;
  if (maxAge === 0) return false;
  const minFresh = seconds(req, 'min-fresh');
  return minFresh === null || lifetime - age >= minFresh * 1000;
}
