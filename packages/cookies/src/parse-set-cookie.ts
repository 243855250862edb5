/** Parses one Set-Cookie value the way browsers do: anything malformed is dropped, never thrown. */
import type { Cookie as ToughCookie } from 'tough-cookie';
import { cookieProblem, isOversized } from './cookie-rules.js';
import { fixMaxAge } from './tough-bridge.js';
import { CookieEngineUnavailableError, toughCookie } from './tough-cookie.js';

/**
 * The cookie of a `Set-Cookie` header value, or undefined when it is malformed (no `name=`,
 * control characters), larger than 4096 bytes (name and value), or not a string.
 * Max-Age is turned into an absolute expiry counted from `now`. Linear in the input's length.
 */
export function parseSetCookie(header: unknown, now: number): ToughCookie | undefined {
  if (typeof header !== 'string') return undefined;
  let cookie: ToughCookie | undefined;
  try {
    cookie = toughCookie().parse(header, { loose: false });
  } catch (error) {
    if (error instanceof CookieEngineUnavailableError) throw error;
    return undefined;
  }
  if (cookie === undefined || isOversized(cookie.key, cookie.value)) return undefined;
  if (cookieProblem(cookie.key, cookie.value, cookie.domain ?? '', cookie.path ?? '/') !== null)
    return undefined;
  fixMaxAge(cookie, now);
  return cookie;
}
