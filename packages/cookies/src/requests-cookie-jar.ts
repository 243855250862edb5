/** RequestsCookieJar: Requests' dict-like cookie jar, on tough-cookie's RFC 6265 rules. */
import { CookieConflictError, type CookieJar, type CookieLike, type CookieScope } from '@reqs/core';
import type { Cookie } from './cookie.js';
import { withBrackets } from './cookie-brackets.js';
import { type CookieDict, dictEntries, isCookieDict } from './cookie-dict.js';
import { cookiesFromJSON, cookiesToJSON, type RequestsCookieJarJSON } from './cookie-json.js';
import { inScope, normalizeScope } from './cookie-scope.js';
import { type CreateCookieAttributes, createCookie } from './create-cookie.js';
import { attachState, JarState, stateOf } from './jar-state.js';
import { formatNetscapeCookies, parseNetscapeCookies } from './netscape-format.js';
import { parseSetCookie } from './parse-set-cookie.js';
import { fromTough, isToughExpired } from './tough-bridge.js';

/**
 * A cookie to store: any {@link CookieLike}, with `httpOnly` and `hostOnly` when known.
 * @example
 * const input: CookieInput = { name: 'sid', value: 'abc', domain: 'example.org', path: '/', secure: true, expires: null, hostOnly: true };
 * jar.setCookie(input);
 */
export type CookieInput = CookieLike & { readonly httpOnly?: boolean; readonly hostOnly?: boolean };

/**
 * A cookie jar with Requests' dict-like API, implementing `CookieJar` from `@reqs/core`.
 *
 * Cookies from responses follow RFC 6265 through tough-cookie: Domain, Path, Secure, HttpOnly,
 * Expires and Max-Age are honoured; a public suffix (`com`, `co.uk`) is refused as a domain; a
 * cookie for `example.com` is never sent to `evil.com`; a Secure cookie is never sent over plain
 * http, not even to localhost or 127.0.0.1; a cookie larger than 4096 bytes is dropped; malformed
 * `Set-Cookie` values are ignored. Expired cookies are never yielded, counted or sent.
 *
 * A cookie set without a domain (`jar.set('token', 'x')`) is sent to every host, as in Requests;
 * tough-cookie cannot hold one, so the jar keeps such cookies itself (honouring path, Secure and
 * expiry) and merges them into {@link cookieHeaderFor}.
 *
 * @example
 * ```ts
 * const jar = new RequestsCookieJar();
 * jar.set('theme', 'dark', { domain: 'example.com', path: '/' });
 * jar.storeResponseCookies(['sid=abc; Path=/; HttpOnly'], 'https://example.com/login');
 * jar.cookieHeaderFor('https://example.com/account'); // 'theme=dark; sid=abc'
 * jar.get('sid'); // 'abc'
 * ```
 */
export class RequestsCookieJar implements CookieJar {
  /**
   * An empty jar. It answers Requests' dict interface too: `jar['sid']` (as `get`, so several
   * cookies of that name throw CookieConflictError), `jar['sid'] = 'x'` (as `set`),
   * `delete jar['sid']` (as `delete`), `'sid' in jar`, `Object.keys(jar)`, `{ ...jar }`.
   * Names of members (`get`, `size`, …) mean the member; use `get(name)` for such cookies.
   * @example
   * const jar = new RequestsCookieJar();
   * jar.set('theme', 'dark', { domain: 'httpbin.org', path: '/' });
   * await requests.get('https://httpbin.org/cookies', { cookies: jar });
   */
  constructor() {
    // The jar users hold is a Proxy answering brackets; the storage lives in a JarState shared by
    // the jar and its Proxy, so methods work with either as `this` (a subclass's methods run on
    // the Proxy, where its own #private fields are). Library hot paths call the plain jar
    // (plainCookieJar) and pay no trap.
    const state = new JarState();
    attachState(this, state);
    const proxy = withBrackets(this);
    attachState(proxy, state);
    // biome-ignore lint/correctness/noConstructorReturn: the Proxy is the jar users hold
    return proxy;
  }

  /**
   * A jar holding the cookies of a JSON form made by {@link toJSON} (a string or the parsed value).
   * @example
   * writeFileSync('cookies.json', JSON.stringify(s.cookies));
   * s.cookies = RequestsCookieJar.fromJSON(readFileSync('cookies.json', 'utf8'));
   */
  static fromJSON(data: unknown): RequestsCookieJar {
    const jar = new RequestsCookieJar();
    for (const cookie of cookiesFromJSON(data)) jar.setCookie(cookie);
    return jar;
  }

  /**
   * A jar holding the cookies of a Netscape `cookies.txt` text (as curl's `-c` writes it).
   * Comments, malformed lines, expired and invalid cookies (e.g. for a public suffix) are skipped.
   * @example
   * s.cookies = RequestsCookieJar.fromNetscape(readFileSync('cookies.txt', 'utf8')); // curl's -c / a browser export
   */
  static fromNetscape(text: string): RequestsCookieJar {
    const jar = new RequestsCookieJar();
    for (const cookie of parseNetscapeCookies(text)) {
      try {
        jar.setCookie(cookie);
      } catch {
        // A line a browser would refuse (public-suffix domain): skipped like any malformed line.
      }
    }
    return jar;
  }

  /**
   * The `Cookie` header value for a request to `url`, or null when no cookie applies.
   * @example
   * jar.set('theme', 'dark');
   * jar.cookieHeaderFor('https://example.org/'); // 'theme=dark'
   */
  cookieHeaderFor(url: string): string | null {
    const state = stateOf(this);
    const cookies = state.cookiesFor(url);
    return cookies.length === 0 ? null : cookies.map((c) => `${c.key}=${c.value}`).join('; ');
  }

  /**
   * Stores the `Set-Cookie` values of a response from `url`. Values a browser would refuse are
   * ignored silently: malformed, over 4096 bytes, a Domain that does not domain-match the host or is
   * a public suffix, Secure from plain http. An already expired cookie deletes the stored one.
   * @example
   * jar.storeResponseCookies(['sid=abc; Path=/; Secure; HttpOnly'], 'https://example.org/login');
   * jar.get('sid'); // 'abc'
   */
  storeResponseCookies(setCookieHeaders: readonly string[], url: string): void {
    const state = stateOf(this);
    const now = Date.now();
    for (const header of setCookieHeaders) {
      const cookie = parseSetCookie(header, now);
      if (cookie !== undefined) state.domains.storeFromResponse(cookie, url, now);
    }
  }

  /**
   * The value of the cookie named `name` (narrowed to a domain and/or path), else `defaultValue`.
   * @throws CookieConflictError when several cookies match: narrow with `{ domain, path }`
   * @example
   * jar.get('sid'); // the value, or undefined
   * jar.get('lang', 'en'); // 'en' when there is no such cookie
   * jar.get('sid', undefined, { domain: 'api.example.org', path: '/' }); // one of several `sid` cookies
   */
  get(name: string, defaultValue?: string, scope?: CookieScope): string | undefined {
    const state = stateOf(this);
    const matches = state.select(name, scope);
    if (matches.length > 1) {
      const where = matches
        .map((c) => `${c.domain || '(any host)'}${c.path.startsWith('/') ? '' : ' '}${c.path}`)
        .join(', ');
      throw new CookieConflictError(
        `There are multiple cookies with name ${JSON.stringify(name)} (${where}); pass { domain, path }`,
      );
    }
    return matches[0]?.value ?? defaultValue;
  }

  /**
   * Sets a cookie (Requests' defaults: no domain, so sent to every host; path `/`). A `null` value
   * deletes the cookies of that name in the given domain and path. An expiry in the past deletes.
   * @throws TypeError for a bad name, value, path or domain, or a public-suffix domain without
   *   `hostOnly: true`; RangeError over 4096 bytes
   * @example
   * jar.set('token', 'x'); // sent to every host, path /
   * jar.set('sid', 'abc', { domain: 'example.org', secure: true, expires: Date.now() + 3_600_000 }); // ms since the epoch
   * jar.set('token', null); // deletes it
   */
  set(name: string, value: string | null, attributes: CreateCookieAttributes = {}): void {
    if (value === null) {
      this.delete(name, attributes);
      return;
    }
    this.setCookie(createCookie(name, value, attributes));
  }

  /**
   * True when a cookie named `name` is in the jar (in scope).
   * @example
   * if (!jar.has('sid', { domain: 'example.org' })) await s.post('https://example.org/login', { data: credentials });
   */
  has(name: string, scope?: CookieScope): boolean {
    const state = stateOf(this);
    return state.select(name, scope).length > 0;
  }

  /**
   * Deletes every cookie named `name` in scope; true when one was deleted.
   * @example
   * jar.delete('sid'); // true when a cookie was removed
   */
  delete(name: string, scope?: CookieScope): boolean {
    const state = stateOf(this);
    const matches = state.select(name, scope);
    for (const cookie of matches) state.remove(cookie.domain, cookie.path, cookie.name);
    return matches.length > 0;
  }

  /**
   * Name → value of the cookies in scope (a null-prototype object; later cookies win).
   * @example
   * jar.getDict({ domain: 'example.org' }); // { sid: 'abc', theme: 'dark' }
   */
  getDict(scope?: CookieScope): Record<string, string> {
    const dict: Record<string, string> = Object.create(null);
    const normalized = normalizeScope(scope);
    for (const cookie of this) if (inScope(cookie, normalized)) dict[cookie.name] = cookie.value;
    return dict;
  }

  /**
   * Every cookie's name, oldest cookie first.
   * @example
   * jar.keys(); // ['sid', 'theme']
   */
  keys(): string[] {
    const state = stateOf(this);
    return state.snapshot().map((c) => c.name);
  }

  /**
   * Every cookie's value, oldest cookie first.
   * @example
   * jar.values(); // ['abc', 'dark']
   */
  values(): string[] {
    const state = stateOf(this);
    return state.snapshot().map((c) => c.value);
  }

  /**
   * Every cookie as `[name, value]`, oldest cookie first.
   * @example
   * for (const [name, value] of jar.items()) console.log(`${name}=${value}`);
   */
  items(): [string, string][] {
    const state = stateOf(this);
    return state.snapshot().map((c) => [c.name, c.value]);
  }

  /**
   * Iterates the cookies (snapshots), oldest first.
   * @example
   * for (const cookie of jar) console.log(cookie.name, cookie.domain, cookie.path, cookie.expires);
   */
  [Symbol.iterator](): Iterator<Cookie> {
    const state = stateOf(this);
    return state.snapshot()[Symbol.iterator]();
  }

  /** How many unexpired cookies the jar holds. */
  get size(): number {
    const state = stateOf(this);
    return state.snapshot().length;
  }

  /**
   * Copies every cookie of another jar (or iterable of cookies), or every pair of a dict, into this jar.
   * @example
   * jar.update({ theme: 'light', lang: 'fr' });
   * jar.update(otherJar); // every cookie of another jar, with its domain and path
   */
  update(other: CookieDict | Iterable<CookieInput>): void {
    if (isCookieDict(other)) {
      for (const [name, value] of dictEntries(other)) this.set(name, value);
    } else {
      for (const cookie of other) this.setCookie(cookie);
    }
  }

  /**
   * A new jar with the same cookies.
   * @example
   * const snapshot = s.cookies instanceof RequestsCookieJar ? s.cookies.copy() : null;
   */
  copy(): RequestsCookieJar {
    const jar = new RequestsCookieJar();
    jar.update(this);
    return jar;
  }

  /**
   * The distinct domains of the cookies (`''` for cookies sent to every host).
   * @example
   * jar.listDomains(); // ['example.org', 'api.example.org']
   */
  listDomains(): string[] {
    const state = stateOf(this);
    return [...new Set(state.snapshot().map((c) => c.domain))];
  }

  /**
   * The distinct paths of the cookies.
   * @example
   * jar.listPaths(); // ['/', '/admin']
   */
  listPaths(): string[] {
    const state = stateOf(this);
    return [...new Set(state.snapshot().map((c) => c.path))];
  }

  /**
   * True when the jar holds cookies for more than one domain.
   * @example
   * if (jar.multipleDomains()) console.log('pass { domain } to get() to pick one');
   */
  multipleDomains(): boolean {
    return this.listDomains().length > 1;
  }

  /**
   * Removes cookies: all of them, or those of a domain, then a path, then a name (each optional).
   * @example
   * jar.clear('example.org'); // every cookie of that domain
   * jar.clear(); // all
   */
  clear(domain?: string, path?: string, name?: string): void {
    const state = stateOf(this);
    if (domain === undefined && path === undefined && name === undefined) {
      state.domains.clear();
      state.domainless.clear();
      return;
    }
    const scope = normalizeScope({
      ...(domain === undefined ? {} : { domain }),
      ...(path === undefined ? {} : { path }),
    });
    for (const cookie of state.rawCookies().map(fromTough)) {
      if (inScope(cookie, scope) && (name === undefined || cookie.name === name)) {
        state.remove(cookie.domain, cookie.path, cookie.name);
      }
    }
  }

  /**
   * Drops expired cookies from storage (they are already never yielded or sent).
   * @example
   * jar.clearExpiredCookies(); // before saving the jar with toJSON()
   */
  clearExpiredCookies(): void {
    const state = stateOf(this);
    const now = Date.now();
    for (const tough of state.rawCookies()) {
      if (isToughExpired(tough, now)) state.remove(tough.domain ?? '', tough.path ?? '/', tough.key);
    }
  }

  /**
   * Drops session cookies (those without an expiry), as closing a browser does.
   * @example
   * jar.clearSessionCookies(); // as a browser does when it closes
   */
  clearSessionCookies(): void {
    const state = stateOf(this);
    for (const cookie of state.snapshot()) {
      if (cookie.expires === null) state.remove(cookie.domain, cookie.path, cookie.name);
    }
  }

  /**
   * Stores a cookie, replacing the one with the same domain, path and name. A cookie with an
   * expiry in the past deletes that one instead.
   * @throws TypeError for a bad cookie or a public-suffix domain without `hostOnly`; RangeError over 4096 bytes
   * @example
   * jar.setCookie(createCookie('sid', 'abc', { domain: 'example.org', path: '/', secure: true }));
   */
  setCookie(cookie: CookieInput): void {
    const state = stateOf(this);
    const checked = createCookie(cookie.name, cookie.value, {
      domain: cookie.domain,
      path: cookie.path,
      secure: cookie.secure,
      expires: cookie.expires,
      httpOnly: cookie.httpOnly ?? false,
      hostOnly: (cookie.hostOnly ?? false) && cookie.domain !== '',
    });
    if (checked.domain === '') state.putDomainless(checked);
    else state.domains.put(checked);
  }

  /**
   * The jar as JSON-ready data; `JSON.stringify(jar)` uses it. Read back with {@link RequestsCookieJar.fromJSON}.
   * @example
   * writeFileSync('cookies.json', JSON.stringify(jar)); // RequestsCookieJar.fromJSON reads it back
   */
  toJSON(): RequestsCookieJarJSON {
    const state = stateOf(this);
    return cookiesToJSON(state.snapshot());
  }

  /**
   * The jar as a Netscape `cookies.txt` text (session cookies with expiry 0, as curl writes them).
   * @example
   * writeFileSync('cookies.txt', jar.toNetscape()); // curl -b cookies.txt reads it
   */
  toNetscape(): string {
    const state = stateOf(this);
    return formatNetscapeCookies(state.snapshot());
  }
}
