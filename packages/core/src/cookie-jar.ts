/**
 * A cookie as a jar yields it. `expires` is milliseconds since the epoch, or null for a session cookie.
 *
 * @example
 * ```ts
 * import type { CookieLike } from '@reqs/core';
 *
 * const describe = (cookie: CookieLike) =>
 *   `${cookie.name}=${cookie.value} for ${cookie.domain || 'any host'}${cookie.path}` +
 *   (cookie.expires === null ? ' (session)' : ` until ${new Date(cookie.expires).toISOString()}`);
 * for (const cookie of s.cookies) console.log(describe(cookie));
 * ```
 */
export interface CookieLike {
  /** The cookie's name. */
  readonly name: string;
  /** The cookie's value, as sent in the `Cookie` header. */
  readonly value: string;
  /** Empty string for a cookie sent to every host (set without a domain). */
  readonly domain: string;
  /** The URL path the cookie is sent for (and below it), `/` for the whole site. */
  readonly path: string;
  /** True when the cookie is sent over HTTPS only. */
  readonly secure: boolean;
  /** When the cookie expires, in milliseconds since the epoch; null for a session cookie. */
  readonly expires: number | null;
}

/**
 * Attributes accepted when setting a cookie by hand.
 *
 * @example
 * ```ts
 * s.cookies.set('session', 'abc123', {
 *   domain: 'example.org',
 *   path: '/app',
 *   secure: true,
 *   httpOnly: true,
 *   expires: new Date(Date.now() + 3_600_000),
 * });
 * ```
 */
export interface CookieAttributes {
  /** The domain the cookie belongs to; without it, the cookie is sent to every host. */
  domain?: string;
  /** The URL path the cookie is sent for (and below it); `/` when not given. */
  path?: string;
  /** Send the cookie over HTTPS only. */
  secure?: boolean;
  /** Whether the cookie is HttpOnly (hidden from page scripts); the jar sends it either way. */
  httpOnly?: boolean;
  /** Milliseconds since the epoch, or a Date. */
  expires?: number | Date | null;
}

/**
 * Narrows a lookup to one domain and/or path.
 *
 * @example
 * ```ts
 * jar.get('session', undefined, { domain: 'example.org', path: '/' });
 * jar.delete('session', { domain: 'example.org' });
 * ```
 */
export interface CookieScope {
  /** Only the cookies set for this domain. */
  domain?: string;
  /** Only the cookies set for this path. */
  path?: string;
}

/**
 * What a session needs from a cookie jar, plus the dict basics users call. All synchronous.
 * `RequestsCookieJar` (@reqs/cookies) implements it; assign your own to `session.cookies`.
 *
 * @example
 * ```ts
 * import type { CookieJar } from '@reqs/core';
 * import { Session } from 'reqs';
 *
 * // Any jar works with a session: copy the cookies of one session into another.
 * function shareCookies(from: CookieJar, to: CookieJar) {
 *   for (const cookie of from) to.set(cookie.name, cookie.value, { domain: cookie.domain, path: cookie.path });
 * }
 * const other = new Session();
 * shareCookies(s.cookies, other.cookies);
 * ```
 */
export interface CookieJar extends Iterable<CookieLike> {
  /** The `Cookie` header value for a request to `url`, or null when no cookie applies. */
  cookieHeaderFor(url: string): string | null;
  /** Stores the `Set-Cookie` header values of a response received from `url`. */
  storeResponseCookies(setCookieHeaders: readonly string[], url: string): void;
  /** The value of the cookie named `name`; throws CookieConflictError when several match. */
  get(name: string, defaultValue?: string, scope?: CookieScope): string | undefined;
  /** Sets a cookie; a `null` value deletes it. Without a domain it is sent to every host. */
  set(name: string, value: string | null, attributes?: CookieAttributes): void;
  /** Deletes every cookie named `name` in scope; true when one was deleted. */
  delete(name: string, scope?: CookieScope): boolean;
  /** Name → value of the cookies in scope. */
  getDict(scope?: CookieScope): Record<string, string>;
  /** Removes cookies: all, or those of a domain, path and name. */
  clear(domain?: string, path?: string, name?: string): void;
  /** A new jar with the same cookies. */
  copy(): CookieJar;
  /** How many cookies the jar holds. */
  readonly size: number;
}
