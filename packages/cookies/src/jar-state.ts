/**
 * The storage behind a RequestsCookieJar: tough-cookie's store for cookies with a domain and a
 * small store for cookies sent to every host. Kept apart from the jar object so that the jar's
 * methods work whether `this` is the jar or the bracket Proxy users hold (see cookie-brackets.ts).
 */
import type { CookieScope } from '@reqs/core';
import type { Cookie as ToughCookie } from 'tough-cookie';
import type { Cookie } from './cookie.js';
import { withinHeaderBudget } from './cookie-limits.js';
import { inScope, normalizeScope } from './cookie-scope.js';
import { DomainStore } from './domain-store.js';
import { DomainlessStore } from './domainless-store.js';
import { fromTough, isToughExpired, toTough } from './tough-bridge.js';
import { toughCookie } from './tough-cookie.js';

/** Both stores of one jar, and the queries that span them. */
export class JarState {
  readonly domains = new DomainStore();
  readonly domainless = new DomainlessStore();

  /** Cookies to send to `url`, in RFC 6265 §5.4 order, as many as fit one header (see cookie-limits). */
  cookiesFor(url: string): ToughCookie[] {
    if (this.domains.empty && this.domainless.size === 0) return []; // the common empty-jar case
    let target: URL;
    try {
      target = new URL(url);
    } catch {
      return [];
    }
    const found = this.domains.cookiesFor(target);
    if (this.domainless.size > 0) {
      const secure = target.protocol === 'https:' || target.protocol === 'wss:';
      found.push(...this.domainless.matching(decodedPath(target), secure, Date.now()));
      found.sort(toughCookie().cookieCompare);
    }
    return withinHeaderBudget(found);
  }

  putDomainless(cookie: Cookie): void {
    if (cookie.isExpired()) this.domainless.remove(cookie.path, cookie.name);
    else this.domainless.put(toTough(cookie));
  }

  remove(domain: string, path: string, name: string): void {
    if (domain === '') this.domainless.remove(path, name);
    else this.domains.remove(domain, path, name);
  }

  /** Every stored cookie, expired ones included, oldest first. */
  rawCookies(): ToughCookie[] {
    const stored = this.domains.all();
    if (this.domainless.size === 0) return stored;
    return [...stored, ...this.domainless.all()].sort((a, b) => a.creationIndex - b.creationIndex);
  }

  /** Snapshots of the unexpired cookies, oldest first. */
  snapshot(): Cookie[] {
    const now = Date.now();
    return this.rawCookies()
      .filter((c) => !isToughExpired(c, now))
      .map(fromTough);
  }

  /** The unexpired cookies named `name` in scope. */
  select(name: string, scope: CookieScope | undefined): Cookie[] {
    const normalized = normalizeScope(scope);
    return this.snapshot().filter((c) => c.name === name && inScope(c, normalized));
  }
}

const states = new WeakMap<object, JarState>();

/** Gives `jar` (and its Proxy) the state `state`. */
export function attachState(jar: object, state: JarState): void {
  states.set(jar, state);
}

/**
 * The state of a RequestsCookieJar (`this` in its methods: the jar or its Proxy).
 * @throws TypeError when `jar` is not a RequestsCookieJar
 */
export function stateOf(jar: object): JarState {
  const state = states.get(jar);
  if (state === undefined) throw new TypeError('Expected a RequestsCookieJar as `this`');
  return state;
}

function decodedPath(url: URL): string {
  try {
    return decodeURI(url.pathname);
  } catch {
    return url.pathname;
  }
}
