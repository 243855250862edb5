/** mergeCookies: Requests' `merge_cookies`. */
import type { CookieJar, CookieLike } from '@reqs/core';
import { type CookieDict, isCookieDict } from './cookie-dict.js';
import { cookiejarFromDict } from './cookiejar-from-dict.js';
import { type CookieInput, RequestsCookieJar } from './requests-cookie-jar.js';

/**
 * Adds `cookies` to `jar` and returns it. A dict adds only names the jar lacks (as Requests);
 * a jar (or any iterable of cookies) replaces cookies with the same domain, path and name.
 * Into a RequestsCookieJar every attribute is kept (HttpOnly, host-only); into another
 * `CookieJar` the cookie goes through `jar.set(name, value, { domain, path, secure, expires })`.
 *
 * @example
 * ```ts
 * const merged = mergeCookies(mergeCookies(new RequestsCookieJar(), session.cookies), { extra: '1' });
 * ```
 */
export function mergeCookies<J extends CookieJar>(
  jar: J,
  cookies: CookieDict | Iterable<CookieLike> | null | undefined,
): J {
  if (cookies === null || cookies === undefined) return jar;
  if (isCookieDict(cookies)) return cookiejarFromDict(cookies, jar, false);
  if (jar instanceof RequestsCookieJar) {
    jar.update(cookies as Iterable<CookieInput>);
    return jar;
  }
  for (const c of cookies) {
    jar.set(c.name, c.value, {
      ...(c.domain === '' ? {} : { domain: c.domain }),
      path: c.path,
      secure: c.secure,
      expires: c.expires,
    });
  }
  return jar;
}
