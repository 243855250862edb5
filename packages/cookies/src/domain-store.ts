/**
 * Cookies with a domain, held by tough-cookie (RFC 6265): domain and path matching, public-suffix
 * refusal, Secure only in secure contexts, expiry. RequestsCookieJar puts its dict API on top.
 */
import type { MemoryCookieStore, Cookie as ToughCookie, CookieJar as ToughCookieJar } from 'tough-cookie';
import type { Cookie } from './cookie.js';
import { enforceCookieLimits } from './cookie-limits.js';
import { isToughExpired, toTough } from './tough-bridge.js';
import { CookieEngineUnavailableError, toughCookie } from './tough-cookie.js';

const noop = (): void => {};

/** tough-cookie's jar on its memory store. */
interface ToughJar {
  readonly store: MemoryCookieStore;
  readonly jar: ToughCookieJar;
}

/** A jar configured for reqs' rules. */
function createToughJar(): ToughJar {
  const { CookieJar, MemoryCookieStore } = toughCookie();
  const store = new MemoryCookieStore();
  // allowSecureOnLocal: false — tough-cookie 5+ treats http://localhost and 127.0.0.1 as secure
  // contexts; reqs never sends (or accepts) a Secure cookie over plain http.
  const jar = new CookieJar(store, { allowSecureOnLocal: false, rejectPublicSuffixes: true });
  return { store, jar };
}

/**
 * tough-cookie's synchronous jar and memory store, configured for reqs' rules; made (and
 * tough-cookie loaded) when the first cookie is stored.
 */
export class DomainStore {
  #tough: ToughJar | null = null;
  // Skips tough-cookie's domain permutation while nothing has been stored.
  #empty = true;

  get #jar(): ToughCookieJar {
    this.#tough ??= createToughJar();
    return this.#tough.jar;
  }

  /** True while nothing has been stored since creation or the last {@link clear}. */
  get empty(): boolean {
    return this.#empty;
  }

  /** Cookies to send to `url`, sorted as RFC 6265 §5.4 says (longest path first, then oldest). */
  cookiesFor(url: URL): ToughCookie[] {
    if (this.#empty) return [];
    try {
      return this.#jar.getCookiesSync(url);
    } catch {
      return []; // a URL tough-cookie cannot read has no cookies
    }
  }

  /**
   * Stores a parsed `Set-Cookie` cookie received from `url`; refused ones are dropped silently.
   * An expired cookie deletes the stored one it replaces.
   */
  storeFromResponse(cookie: ToughCookie, url: string, now: number): void {
    const options = { ignoreError: true, now: new Date(now) };
    let stored: ToughCookie | undefined;
    try {
      stored = this.#jar.setCookieSync(cookie, url, options);
      // RFC 6265 §5.3 step 5: a Domain equal to the request host but refused as a public suffix
      // (an intranet single-label host, say) makes a host-only cookie instead.
      if (stored === undefined && cookie.domain && cookie.cdomain() === requestHost(url)) {
        cookie.domain = null;
        cookie.hostOnly = null;
        stored = this.#jar.setCookieSync(cookie, url, options);
      }
    } catch {
      return; // an unparsable URL: nothing to store, as a browser would do
    }
    if (stored !== undefined) this.#stored(stored, now);
  }

  /**
   * Stores a hand-made cookie (its domain non-empty) as if set by `https://<domain>/`.
   * @throws TypeError when tough-cookie refuses it (public suffix, bad host, cookie prefix rules)
   */
  put(cookie: Cookie): void {
    const host = asciiHost(cookie);
    const tough = toTough(cookie);
    if (!cookie.hostOnly) tough.domain = host;
    const url = `https://${host.includes(':') ? `[${host}]` : host}/`;
    // tough-cookie replaces a path not starting with '/' by the default path; Requests keeps it.
    const displaced = cookie.path.startsWith('/') ? undefined : this.#find(host, '/', cookie.name);
    let stored: ToughCookie | undefined;
    try {
      stored = this.#jar.setCookieSync(tough, url, { ignoreError: false });
    } catch (error) {
      throw rejected(cookie, (error as Error).message, error);
    }
    if (stored === undefined) {
      throw rejected(
        cookie,
        'a __Secure- or __Host- prefix needs Secure (and __Host- a host-only cookie on /)',
      );
    }
    if (!cookie.path.startsWith('/')) this.#movePath(stored, cookie.path, displaced);
    this.#stored(stored, Date.now());
  }

  /** Every stored cookie, expired ones included, oldest first. */
  all(): ToughCookie[] {
    let all: ToughCookie[] = [];
    if (!this.#empty && this.#tough !== null) {
      this.#tough.store.getAllCookies((error, cookies) => {
        if (!error && cookies) all = cookies;
      });
    }
    return all;
  }

  /** Removes the cookie with this domain (as stored), path and name. */
  remove(domain: string, path: string, name: string): void {
    this.#tough?.store.removeCookie(domain, path, name, noop);
  }

  /** Removes every cookie. */
  clear(): void {
    this.#tough?.jar.removeAllCookiesSync();
    this.#empty = true;
  }

  #find(domain: string, path: string, name: string): ToughCookie | undefined {
    let found: ToughCookie | undefined;
    this.#tough?.store.findCookie(domain, path, name, (error, cookie) => {
      if (!error && cookie) found = cookie;
    });
    return found;
  }

  /** Moves `stored` (validated and stored at the default path) to `path`; puts back what it displaced. */
  #movePath(stored: ToughCookie, path: string, displaced: ToughCookie | undefined): void {
    const store = this.#tough?.store;
    if (store === undefined) return;
    store.removeCookie(stored.domain ?? '', stored.path ?? '/', stored.key, noop);
    if (displaced !== undefined) store.putCookie(displaced, noop);
    stored.path = path;
    stored.pathIsDefault = false;
    store.putCookie(stored, noop);
  }

  #stored(cookie: ToughCookie, now: number): void {
    this.#empty = false;
    if (this.#tough !== null && cookie.domain) enforceCookieLimits(this.#tough.store, cookie.domain);
    if (isToughExpired(cookie, now)) this.remove(cookie.domain ?? '', cookie.path ?? '/', cookie.key);
  }
}

function requestHost(url: string): string | undefined {
  try {
    return toughCookie().canonicalDomain(new URL(url).hostname);
  } catch {
    return undefined;
  }
}

/** The cookie's domain in ASCII (punycode), as tough-cookie indexes it. */
function asciiHost(cookie: Cookie): string {
  let host: string | undefined;
  try {
    host = toughCookie().canonicalDomain(cookie.domain);
  } catch (error) {
    if (error instanceof CookieEngineUnavailableError) throw error;
    host = undefined;
  }
  if (!host) throw rejected(cookie, 'not a valid host name');
  return host;
}

function rejected(cookie: Cookie, reason: string, cause?: unknown): TypeError {
  const hint = reason.includes('public suffix')
    ? ' (pass { hostOnly: true } to send it to that exact host only)'
    : '';
  const message = `Cannot set cookie ${JSON.stringify(cookie.name)} for domain ${JSON.stringify(cookie.domain)}: ${reason}${hint}`;
  return new TypeError(message, cause === undefined ? undefined : { cause });
}
