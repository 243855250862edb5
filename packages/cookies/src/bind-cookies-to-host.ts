/** bindCookiesToHost: per-request cookies that never follow a redirect to another host. */
import type { CookieLike } from '@reqs/core';
import { type CookieDict, dictEntries, isCookieDict } from './cookie-dict.js';
import { createCookie } from './create-cookie.js';
import { type CookieInput, RequestsCookieJar } from './requests-cookie-jar.js';

/**
 * A jar (`jar`, or a new one) holding `cookies` with every cookie that has no domain bound to
 * the host of `url`, host-only: sent to that exact host and nowhere else. Cookies that already
 * have a domain keep it. This is how a session stores the `cookies` option of one request
 * (reqs is stricter than Requests here: such cookies never reach another host on a redirect).
 *
 * @throws TypeError when `url` is not an absolute URL, or a cookie is invalid
 * @example
 * ```ts
 * const perRequest = bindCookiesToHost({ token: 'abc' }, 'http://127.0.0.1:8080/start');
 * perRequest.cookieHeaderFor('http://127.0.0.1:9090/'); // 'token=abc' (cookies ignore ports)
 * perRequest.cookieHeaderFor('http://localhost:8080/'); // null
 * ```
 */
export function bindCookiesToHost(
  cookies: CookieDict | Iterable<CookieLike>,
  url: string | URL,
  jar: RequestsCookieJar = new RequestsCookieJar(),
): RequestsCookieJar {
  const host = new URL(url).hostname;
  const bind = (c: CookieInput) =>
    c.domain === ''
      ? createCookie(c.name, c.value, {
          domain: host,
          hostOnly: true,
          path: c.path,
          secure: c.secure,
          expires: c.expires,
          httpOnly: c.httpOnly ?? false,
        })
      : c;
  if (isCookieDict(cookies)) {
    for (const [name, value] of dictEntries(cookies))
      jar.setCookie(createCookie(name, value, { domain: host, hostOnly: true }));
  } else {
    for (const cookie of cookies) jar.setCookie(bind(cookie));
  }
  return jar;
}
