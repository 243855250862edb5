/**
 * How many cookies a jar keeps and how large a `Cookie` header it sends: RFC 6265 §6.1's limits
 * as browsers apply them, so a server flooding `Set-Cookie` cannot make later requests fail.
 */
import type { MemoryCookieStore, Cookie as ToughCookie } from 'tough-cookie';
import { utf8Length } from './cookie-rules.js';
import { toughCookie } from './tough-cookie.js';

/**
 * The most cookies kept per registrable domain (`example.com` and its subdomains); RFC 6265 §6.1.
 * @example
 * console.log(`a jar keeps at most ${MAX_COOKIES_PER_DOMAIN} cookies per domain`);
 */
export const MAX_COOKIES_PER_DOMAIN = 50;

/**
 * The most cookies kept in one jar (server-set ones); RFC 6265 §6.1.
 * @example
 * console.log(`a jar keeps at most ${MAX_COOKIES} cookies`);
 */
export const MAX_COOKIES = 3000;

/**
 * The longest `Cookie` header value sent (bytes): `Cookie: ` plus this plus CRLF fits the 8 KiB
 * header-line limit of nginx and Apache by default, so a request never fails for its cookies.
 * @example
 * const header = jar.cookieHeaderFor('https://example.org/') ?? '';
 * console.log(header.length <= MAX_COOKIE_HEADER_BYTES); // true
 */
export const MAX_COOKIE_HEADER_BYTES = 8182;

type Index = MemoryCookieStore['idx'];

/**
 * Evicts the least recently used cookies (last sent or stored, then oldest) beyond
 * {@link MAX_COOKIES_PER_DOMAIN} in the registrable domain of `domain`, then beyond
 * {@link MAX_COOKIES} in all. Linear in the number of stored cookies.
 */
export function enforceCookieLimits(store: MemoryCookieStore, domain: string): void {
  const group = registrableDomain(domain);
  const inGroup: ToughCookie[] = [];
  let total = 0;
  forEachCookie(store.idx, (cookie, cookieDomain) => {
    total++;
    if (cookieDomain === group || cookieDomain.endsWith(`.${group}`)) inGroup.push(cookie);
  });
  total -= evictBeyond(store, inGroup, MAX_COOKIES_PER_DOMAIN);
  if (total <= MAX_COOKIES) return;
  const all: ToughCookie[] = [];
  forEachCookie(store.idx, (cookie) => all.push(cookie));
  evictBeyond(store, all, MAX_COOKIES);
}

/** The cookies of `cookies` (in order) whose `name=value` pairs fit one `Cookie` header. */
export function withinHeaderBudget(cookies: ToughCookie[]): ToughCookie[] {
  if (headerBytes(cookies) <= MAX_COOKIE_HEADER_BYTES) return cookies; // the usual case: no copy
  let bytes = 0;
  const kept: ToughCookie[] = [];
  for (const cookie of cookies) {
    const size = utf8Length(cookie.key) + 1 + utf8Length(cookie.value) + (kept.length === 0 ? 0 : 2);
    if (bytes + size > MAX_COOKIE_HEADER_BYTES) continue; // a smaller later cookie may still fit
    bytes += size;
    kept.push(cookie);
  }
  return kept;
}

function headerBytes(cookies: readonly ToughCookie[]): number {
  let bytes = cookies.length === 0 ? 0 : 2 * (cookies.length - 1);
  for (const cookie of cookies) bytes += cookie.key.length + 1 + cookie.value.length;
  // Every UTF-16 unit is at most 3 UTF-8 bytes: exact lengths only near the budget.
  if (bytes * 3 <= MAX_COOKIE_HEADER_BYTES) return bytes;
  for (const cookie of cookies)
    bytes += utf8Length(cookie.key) + utf8Length(cookie.value) - cookie.key.length - cookie.value.length;
  return bytes;
}

function forEachCookie(index: Index, visit: (cookie: ToughCookie, domain: string) => void): void {
  for (const domain in index) {
    const paths = index[domain];
    for (const path in paths) {
      const cookies = paths[path];
      for (const key in cookies) {
        const cookie = cookies[key];
        if (cookie !== undefined) visit(cookie, domain);
      }
    }
  }
}

/** Removes the least recently used of `cookies` until `limit` remain; returns how many it removed. */
function evictBeyond(store: MemoryCookieStore, cookies: ToughCookie[], limit: number): number {
  const excess = cookies.length - limit;
  if (excess <= 0) return 0;
  cookies.sort((a, b) => accessTime(a) - accessTime(b) || a.creationIndex - b.creationIndex);
  for (const cookie of cookies.slice(0, excess)) {
    store.removeCookie(cookie.domain ?? '', cookie.path ?? '/', cookie.key, () => {});
  }
  return excess;
}

function accessTime(cookie: ToughCookie): number {
  const at = cookie.lastAccessed ?? cookie.creation;
  return at instanceof Date ? at.getTime() : 0;
}

/** `example.com` for `a.b.example.com`; the domain itself for an IP address or a bare name. */
function registrableDomain(domain: string): string {
  try {
    return toughCookie().getPublicSuffix(domain) ?? domain;
  } catch {
    return domain; // a special-use name (`intranet.test`): the domain is its own group
  }
}
