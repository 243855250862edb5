/** dictFromCookiejar: a jar's cookies as name → value. */
import type { CookieJar } from '@reqs/core';

/**
 * Name → value of every cookie in `jar` (a null-prototype object; later cookies win).
 * @example
 * const r = await requests.get('https://httpbin.org/cookies/set?a=1&b=2');
 * dictFromCookiejar(r.cookies); // { a: '1', b: '2' }
 */
export function dictFromCookiejar(jar: CookieJar): Record<string, string> {
  const dict: Record<string, string> = Object.create(null);
  for (const cookie of jar) dict[cookie.name] = cookie.value;
  return dict;
}
