/** What the policy reads off a stored response, parsed once per stored object. */
import { type Directives, parseCacheControl, seconds } from './cache-control.js';
import type { StoredResponse } from './cache-store.js';
import { initialAge } from './freshness.js';
import { hasValidator } from './revalidate.js';

/** The parsed view of a stored response. */
export interface StoredInfo {
  readonly directives: Directives;
  /** Age when received, ms (§4.2.3). */
  readonly initialAge: number;
  readonly hasValidator: boolean;
  /** `must-revalidate`, `no-cache` (or `proxy-revalidate` in a shared cache): never served stale. */
  readonly mustRevalidate: boolean;
  /** `stale-if-error=N` and `stale-while-revalidate=N` of the response, ms (0 when absent). */
  readonly staleIfError: number;
  readonly staleWhileRevalidate: number;
}

// Stores that hand back the same object (MemoryStore) parse its headers once.
const parsed = new WeakMap<StoredResponse, StoredInfo>();

/** The parsed view of `stored` (memoized per object). */
export function storedInfo(stored: StoredResponse, shared: boolean): StoredInfo {
  let info = parsed.get(stored);
  if (info === undefined) {
    info = parse(stored, shared);
    parsed.set(stored, info);
  }
  return info;
}

function parse(stored: StoredResponse, shared: boolean): StoredInfo {
  let cacheControl: string | undefined;
  let date: string | undefined;
  let age: string | undefined;
  for (const [name, value] of stored.headers) {
    const lower = name.toLowerCase();
    if (lower === 'cache-control')
      cacheControl = cacheControl === undefined ? value : `${cacheControl}, ${value}`;
    else if (lower === 'date') date = value;
    else if (lower === 'age') age = value;
  }
  const directives = parseCacheControl(cacheControl);
  return {
    directives,
    initialAge: initialAge(date, age, stored.requestTime, stored.responseTime),
    hasValidator: hasValidator(stored),
    mustRevalidate:
      directives.has('must-revalidate') ||
      directives.has('no-cache') ||
      (shared && directives.has('proxy-revalidate')),
    staleIfError: (seconds(directives, 'stale-if-error') ?? 0) * 1000,
    staleWhileRevalidate: (seconds(directives, 'stale-while-revalidate') ?? 0) * 1000,
  };
}
