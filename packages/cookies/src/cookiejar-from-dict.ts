/** cookiejarFromDict and addDictToCookiejar: Requests' dict → jar helpers. */
import type { CookieJar } from '@reqs/core';
import { type CookieDict, dictEntries } from './cookie-dict.js';
import { RequestsCookieJar } from './requests-cookie-jar.js';

/**
 * Puts the pairs of `dict` into `jar` (a new RequestsCookieJar by default) as cookies sent to
 * every host, and returns the jar. With `overwrite` false, names already in the jar are kept.
 *
 * @throws TypeError / RangeError for an invalid name or value (see `createCookie`)
 * @example
 * ```ts
 * const jar = cookiejarFromDict({ session: 'abc', theme: 'dark' });
 * ```
 */
export function cookiejarFromDict(dict: CookieDict | null | undefined): RequestsCookieJar;
export function cookiejarFromDict<J extends CookieJar>(
  dict: CookieDict | null | undefined,
  jar: J,
  overwrite?: boolean,
): J;
export function cookiejarFromDict(
  dict: CookieDict | null | undefined,
  jar: CookieJar = new RequestsCookieJar(),
  overwrite = true,
): CookieJar {
  if (dict === null || dict === undefined) return jar;
  const present = overwrite ? null : new Set(Array.from(jar, (cookie) => cookie.name));
  for (const [name, value] of dictEntries(dict)) {
    if (present === null || !present.has(name)) jar.set(name, value);
  }
  return jar;
}

/**
 * Adds the pairs of `dict` to `jar`, replacing cookies of the same name and path, and returns the jar.
 * @example
 * addDictToCookiejar(s.cookies, { theme: 'dark' });
 */
export function addDictToCookiejar<J extends CookieJar>(jar: J, dict: CookieDict): J {
  return cookiejarFromDict(dict, jar);
}
