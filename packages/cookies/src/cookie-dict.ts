/** The plain name → value shapes that helpers accept in place of a jar. */
import type { CookieLike } from '@reqs/core';

/**
 * Cookies as name → value: a plain object (own keys only) or a Map.
 * @example
 * cookiejarFromDict({ sid: 'abc' });
 * cookiejarFromDict(new Map([['sid', 'abc']]));
 */
export type CookieDict = Readonly<Record<string, string>> | ReadonlyMap<string, string>;

/** The `[name, value]` pairs of a dict, own keys only (so `__proto__` is just a name). */
export function dictEntries(dict: CookieDict): [string, string][] {
  return dict instanceof Map ? [...dict.entries()] : Object.entries(dict as Readonly<Record<string, string>>);
}

/** True for a dict, false for a jar or any other iterable of cookies. */
export function isCookieDict(source: CookieDict | Iterable<CookieLike>): source is CookieDict {
  return (
    source instanceof Map || typeof (source as Partial<Iterable<CookieLike>>)[Symbol.iterator] !== 'function'
  );
}
