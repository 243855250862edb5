/** Conversions between reqs' Cookie snapshots and tough-cookie's mutable cookies. */
import type { Cookie as ToughCookie } from 'tough-cookie';
import { Cookie } from './cookie.js';
import { toughCookie } from './tough-cookie.js';

// Date's range ends at ±8.64e15 ms; a larger Max-Age must not produce an Invalid Date.
const MAX_DATE_MS = 8.64e15;

/** A snapshot of a tough-cookie cookie (domain `null` means a domain-less cookie). */
export function fromTough(tough: ToughCookie): Cookie {
  const expiry = tough.expiryTime();
  return new Cookie({
    name: tough.key,
    value: tough.value,
    domain: tough.domain ?? '',
    path: tough.path ?? '/',
    secure: tough.secure,
    expires: expiry === undefined || expiry === Infinity ? null : expiry === -Infinity ? 0 : expiry,
    httpOnly: tough.httpOnly,
    hostOnly: tough.hostOnly === true,
  });
}

/**
 * A tough-cookie cookie ready for `setCookieSync`: a host-only cookie carries no domain, so that
 * tough-cookie binds it to the URL's host as it does for a `Set-Cookie` without `Domain`.
 */
export function toTough(cookie: Cookie): ToughCookie {
  return new (toughCookie().Cookie)({
    key: cookie.name,
    value: cookie.value,
    domain: cookie.hostOnly || cookie.domain === '' ? null : cookie.domain,
    path: cookie.path,
    secure: cookie.secure,
    httpOnly: cookie.httpOnly,
    expires: cookie.expires === null ? 'Infinity' : new Date(cookie.expires),
  });
}

/**
 * Turns `Max-Age` into an absolute `Expires`. tough-cookie counts Max-Age from the last access,
 * so a cookie read often would never expire; RFC 6265 §5.2.2 counts from reception.
 */
export function fixMaxAge(tough: ToughCookie, now: number): void {
  const maxAge = tough.maxAge;
  if (maxAge === null || maxAge === undefined) return;
  if (maxAge === 'Infinity') tough.expires = 'Infinity';
  else if (maxAge === '-Infinity' || maxAge <= 0) tough.expires = new Date(0);
  else tough.expires = new Date(Math.min(now + maxAge * 1000, MAX_DATE_MS));
  tough.maxAge = null;
}

/** True when the cookie's expiry is at or before `now`. */
export function isToughExpired(tough: ToughCookie, now: number): boolean {
  const expiry = tough.expiryTime();
  return expiry !== undefined && expiry <= now;
}
