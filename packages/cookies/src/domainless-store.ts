/**
 * Cookies without a domain, which Requests sends to every host. tough-cookie cannot hold a
 * cookie without a domain, so RequestsCookieJar keeps these here and merges them in.
 */
import type { Cookie as ToughCookie } from 'tough-cookie';
import { isToughExpired } from './tough-bridge.js';
import { toughCookie } from './tough-cookie.js';

/** A Map keyed by path and name (neither can hold a newline), in creation order. */
export class DomainlessStore {
  readonly #cookies = new Map<string, ToughCookie>();

  static #key(path: string, name: string): string {
    return `${path}\n${name}`;
  }

  /** Stores `cookie` (domain null, path set), replacing one with the same path and name. */
  put(cookie: ToughCookie): void {
    const key = DomainlessStore.#key(cookie.path ?? '/', cookie.key);
    const old = this.#cookies.get(key);
    const now = new Date();
    // Like tough-cookie: a replaced cookie keeps its creation time and place in the order.
    cookie.creation = old?.creation ?? now;
    if (old) cookie.creationIndex = old.creationIndex;
    cookie.lastAccessed = now;
    this.#cookies.set(key, cookie);
  }

  /** Removes the cookie with this path and name, if any. */
  remove(path: string, name: string): void {
    this.#cookies.delete(DomainlessStore.#key(path, name));
  }

  /** Every stored cookie (expired ones included), oldest first. */
  all(): ToughCookie[] {
    return [...this.#cookies.values()];
  }

  /** Cookies to send for a request path; Secure ones only when `secureContext`. */
  matching(requestPath: string, secureContext: boolean, now: number): ToughCookie[] {
    const found: ToughCookie[] = [];
    const { pathMatch } = toughCookie();
    for (const cookie of this.#cookies.values()) {
      if (cookie.secure && !secureContext) continue;
      if (isToughExpired(cookie, now)) continue;
      if (pathMatch(requestPath, cookie.path ?? '/')) found.push(cookie);
    }
    return found;
  }

  /** Removes every cookie. */
  clear(): void {
    this.#cookies.clear();
  }

  /** How many cookies are stored, expired ones included. */
  get size(): number {
    return this.#cookies.size;
  }
}
