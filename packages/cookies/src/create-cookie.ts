/** createCookie: Requests' `create_cookie`, validated. */
import type { CookieAttributes } from '@reqs/core';
import { Cookie } from './cookie.js';
import { assertValidCookie, normalizeDomain, toExpiryMs } from './cookie-rules.js';

/**
 * Attributes of a hand-made cookie: core's {@link CookieAttributes} plus `hostOnly`.
 * @example
 * createCookie('sid', 'abc', { domain: 'example.org', path: '/app', secure: true, httpOnly: true, expires: new Date('2030-01-01') });
 */
export interface CreateCookieAttributes extends CookieAttributes {
  /**
   * Send the cookie to `domain` exactly and not to its subdomains (as a `Set-Cookie` without a
   * `Domain` attribute). Needs a `domain`. Default false: a domain cookie.
   */
  hostOnly?: boolean;
}

/**
 * Makes a {@link Cookie} from a name, a value and optional attributes, with Requests' defaults:
 * no domain (sent to every host), path `/`, not secure, a session cookie.
 *
 * @throws TypeError for an empty name, `;`/`=`/control characters in the name, `;`/control
 *   characters in the value, a path not starting with `/`, `hostOnly` without a domain
 * @throws RangeError when name and value together exceed 4096 bytes
 * @example
 * ```ts
 * jar.setCookie(createCookie('sid', 'abc', { domain: 'example.com', secure: true }));
 * ```
 */
export function createCookie(name: string, value: string, attributes: CreateCookieAttributes = {}): Cookie {
  const domain = normalizeDomain(attributes.domain);
  const path = attributes.path ?? '/';
  assertValidCookie(name, value, domain, path);
  const hostOnly = attributes.hostOnly ?? false;
  if (hostOnly && domain === '') {
    throw new TypeError(`Cookie ${JSON.stringify(name)} is hostOnly but has no domain`);
  }
  return new Cookie({
    name,
    value,
    domain,
    path,
    secure: attributes.secure ?? false,
    expires: toExpiryMs(attributes.expires, name),
    httpOnly: attributes.httpOnly ?? false,
    hostOnly,
  });
}
