/** Cookie preparation: the `Cookie` header from a dict or a jar (Requests' prepare_cookies). */
import type { CaseInsensitiveDict } from '../case-insensitive-dict.js';
import type { CookieJar } from '../cookie-jar.js';
import { InvalidHeader } from '../errors/invalid-header.js';
import type { CookiesInit } from '../request-init.js';
import { isToken } from './http-token.js';
import { checkHeader } from './prepare-headers.js';

/**
 * Sets `Cookie` in `headers` from `cookies` for a request to `url`, unless a `Cookie` header
 * is already set (as Requests, through cookielib). A plain object becomes `name=value; …`;
 * a jar answers `jar.cookieHeaderFor(url)`.
 *
 * @returns the jar the header came from (null for a plain object or none).
 * @throws InvalidHeader when a cookie would put CR, LF or another control character in the header,
 *   or a plain-object cookie's name is not a token or its value holds `;`.
 * @example
 * prepareCookies(headers, 'https://example.com/', { a: '1', b: '2' }); // Cookie: a=1; b=2
 */
export function prepareCookies(
  headers: CaseInsensitiveDict<string>,
  url: string,
  cookies: CookiesInit | null | undefined,
): CookieJar | null {
  if (cookies == null) return null;
  const jar = isCookieJar(cookies) ? cookies : null;
  if (headers.has('Cookie')) return jar;
  const value =
    jar !== null ? jar.cookieHeaderFor(url) : dictHeader(cookies as Readonly<Record<string, string>>);
  if (value !== null && value !== '') {
    checkHeader('Cookie', value);
    headers.set('Cookie', value);
  }
  return jar;
}

function isCookieJar(cookies: CookiesInit): cookies is CookieJar {
  return typeof (cookies as Partial<CookieJar>).cookieHeaderFor === 'function';
}

function dictHeader(cookies: Readonly<Record<string, string>>): string {
  let header = '';
  for (const name of Object.keys(cookies)) {
    const value = cookies[name];
    if (value == null) continue;
    // A name or value holding ';' (or a name holding '=') would smuggle in other cookies.
    if (!isToken(name) || value.includes(';')) {
      throw new InvalidHeader(
        `Invalid cookie ${JSON.stringify(name)}: the name must be a token and the value hold no ';'`,
      );
    }
    header += header === '' ? `${name}=${value}` : `; ${name}=${value}`;
  }
  return header;
}
