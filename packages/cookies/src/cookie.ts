/** The immutable cookie snapshot a RequestsCookieJar yields. */
import type { CookieLike } from '@reqs/core';

/**
 * Everything that describes one cookie; see {@link Cookie} for each field.
 * @example
 * const init: CookieInit = { name: 'sid', value: 'abc', domain: 'example.org', path: '/', secure: true, expires: null, httpOnly: true, hostOnly: true };
 * jar.setCookie(new Cookie(init));
 */
export interface CookieInit {
  /** The cookie's name. */
  name: string;
  /** The cookie's value, exactly as sent in the `Cookie` header. */
  value: string;
  /** Lower-case domain without a leading dot, or `''` for a cookie sent to every host. */
  domain: string;
  /** The path the cookie applies to (it is sent for this path and everything below it). */
  path: string;
  /** Sent over https (and wss) only, never over plain http. */
  secure: boolean;
  /** Expiry in milliseconds since the epoch, or `null` for a session cookie. */
  expires: number | null;
  /** Set with the `HttpOnly` attribute (informative: reqs sends it anyway). */
  httpOnly: boolean;
  /** Sent to `domain` exactly, not to its subdomains. */
  hostOnly: boolean;
}

/**
 * One cookie, as a {@link RequestsCookieJar} yields it when iterated. A snapshot: changing the jar
 * afterwards does not change it (build a new one with `createCookie` and `jar.setCookie`).
 *
 * @example
 * ```ts
 * for (const cookie of jar) console.log(cookie.name, cookie.domain, cookie.expires);
 * ```
 */
export class Cookie implements CookieLike {
  /** The cookie's name. */
  readonly name: string;
  /** The cookie's value, exactly as sent in the `Cookie` header. */
  readonly value: string;
  /**
   * Lower-case domain without a leading dot, or `''` for a cookie sent to every host (one set by
   * hand without a domain, as in Requests).
   */
  readonly domain: string;
  /** The path the cookie applies to (it is sent for this path and everything below it). */
  readonly path: string;
  /** Sent over https (and wss) only — never over plain http, not even to localhost. */
  readonly secure: boolean;
  /** Expiry in milliseconds since the epoch, or `null` for a session cookie. */
  readonly expires: number | null;
  /** Set with the `HttpOnly` attribute (informative: reqs is an HTTP API and sends it). */
  readonly httpOnly: boolean;
  /**
   * Sent to `domain` exactly, not to its subdomains: a `Set-Cookie` without a `Domain`
   * attribute, or a cookie bound to a request's host.
   */
  readonly hostOnly: boolean;

  /**
   * Builds a cookie from all of its fields; prefer `createCookie`, which validates and defaults them.
   * @example
   * const cookie = new Cookie({ name: 'sid', value: 'abc', domain: 'example.org', path: '/', secure: true, expires: null, httpOnly: true, hostOnly: true });
   */
  constructor(init: CookieInit) {
    this.name = init.name;
    this.value = init.value;
    this.domain = init.domain;
    this.path = init.path;
    this.secure = init.secure;
    this.expires = init.expires;
    this.httpOnly = init.httpOnly;
    this.hostOnly = init.hostOnly;
    Object.freeze(this);
  }

  /**
   * True when the cookie has an expiry at or before `now` (milliseconds since the epoch).
   * @example
   * const stale = [...jar].filter((cookie) => cookie.isExpired(Date.now() + 60_000)); // expiring within a minute
   */
  isExpired(now: number = Date.now()): boolean {
    return this.expires !== null && this.expires <= now;
  }

  /**
   * `name=value`, as the cookie appears in a `Cookie` header.
   * @example
   * String(cookie); // 'sid=abc'
   */
  toString(): string {
    return `${this.name}=${this.value}`;
  }
}
