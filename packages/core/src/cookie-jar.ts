/** A cookie as a jar yields it. `expires` is milliseconds since the epoch, or null for a session cookie. */
export interface CookieLike {
  readonly name: string;
  readonly value: string;
  /** Empty string for a cookie sent to every host (set without a domain). */
  readonly domain: string;
  readonly path: string;
  readonly secure: boolean;
  readonly expires: number | null;
}

/** Attributes accepted when setting a cookie by hand. */
export interface CookieAttributes {
  domain?: string;
  path?: string;
  secure?: boolean;
  httpOnly?: boolean;
  /** Milliseconds since the epoch, or a Date. */
  expires?: number | Date | null;
}

/** Narrows a lookup to one domain and/or path. */
export interface CookieScope {
  domain?: string;
  path?: string;
}

/**
 * What a session needs from a cookie jar, plus the dict basics users call. All synchronous.
 * `RequestsCookieJar` (@reqs/cookies) implements it; assign your own to `session.cookies`.
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
