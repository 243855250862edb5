/** dictFromCookiejar: a jar's cookies as name → value. */
import type { CookieJar } from '@reqs/core';

/** Name → value of every cookie in `jar` (a null-prototype object; later cookies win). */
export function dictFromCookiejar(jar: CookieJar): Record<string, string> {
  const dict: Record<string, string> = Object.create(null);
  for (const cookie of jar) dict[cookie.name] = cookie.value;
  return dict;
}
