/** Freshness and age of a stored response (RFC 9111 §4.2), as small pure functions. */
import { type Directives, seconds } from './cache-control.js';

/** Statuses a cache may give heuristic freshness to (RFC 9110 §15.1), 206 left out. */
export const HEURISTIC_STATUSES: ReadonlySet<number> = new Set([
  200, 203, 204, 300, 301, 308, 404, 405, 410, 414, 501,
]);

/** What freshness needs to know of a response, its headers already parsed. */
export interface FreshnessInput {
  readonly status: number;
  readonly directives: Directives;
  readonly date: string | undefined;
  readonly expires: string | undefined;
  readonly lastModified: string | undefined;
  /** When the response was received (ms since the epoch). */
  readonly responseTime: number;
}

/**
 * The freshness lifetime in ms (§4.2.1): `s-maxage` (shared caches only), `max-age`,
 * `Expires − Date`, else 10 % of `Date − Last-Modified` for a heuristically cacheable status
 * (or any with `public`), else 0.
 */
export function freshnessLifetime(input: FreshnessInput, shared: boolean): number {
  const { directives } = input;
  if (shared) {
    const sMaxAge = seconds(directives, 's-maxage');
    if (sMaxAge !== null) return sMaxAge * 1000;
  }
  const maxAge = seconds(directives, 'max-age');
  if (maxAge !== null) return maxAge * 1000;
  const date = parseHttpDate(input.date) ?? input.responseTime;
  if (input.expires !== undefined) {
    const expires = parseHttpDate(input.expires);
    // An invalid Expires (e.g. "0") means already expired (§5.3).
    return expires === null ? 0 : Math.max(0, expires - date);
  }
  return heuristicLifetime(input, date);
}

/** True when the response states its lifetime (max-age, s-maxage for shared caches, Expires). */
export function hasExplicitLifetime(input: FreshnessInput, shared: boolean): boolean {
  const { directives } = input;
  return directives.has('max-age') || (shared && directives.has('s-maxage')) || input.expires !== undefined;
}

function heuristicLifetime(input: FreshnessInput, date: number): number {
  if (input.lastModified === undefined) return 0;
  if (!HEURISTIC_STATUSES.has(input.status) && !input.directives.has('public')) return 0;
  const lastModified = parseHttpDate(input.lastModified);
  if (lastModified === null || lastModified > date) return 0;
  return Math.floor((date - lastModified) / 10);
}

/**
 * The age a response had when it was received (§4.2.3 corrected_initial_age), in ms:
 * the larger of the apparent age (`responseTime − Date`) and `Age` plus the response delay.
 */
export function initialAge(
  date: string | undefined,
  ageHeader: string | undefined,
  requestTime: number,
  responseTime: number,
): number {
  const dateValue = parseHttpDate(date);
  const apparentAge = dateValue === null ? 0 : Math.max(0, responseTime - dateValue);
  const ageValue = ageHeader !== undefined && /^\d+$/.test(ageHeader.trim()) ? Number(ageHeader) * 1000 : 0;
  return Math.max(apparentAge, ageValue + Math.max(0, responseTime - requestTime));
}

/** The current age in ms: initial age plus the time spent in the cache. */
export function currentAge(initial: number, responseTime: number, now: number): number {
  return initial + Math.max(0, now - responseTime);
}

/** An HTTP-date (IMF-fixdate and the obsolete forms Date.parse reads) in ms, else null. */
export function parseHttpDate(value: string | undefined): number | null {
  if (value === undefined) return null;
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : time;
}
