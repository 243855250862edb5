/**
 * Requests' dict interface on a jar: `jar['sid']`, `jar['sid'] = 'x'`, `delete jar.sid`,
 * `'sid' in jar`, `Object.keys(jar)`, through a Proxy made once per jar.
 */
import type { CookieJar, CookieScope } from '@reqs/core';

const PLAIN = Symbol('reqs.cookies.plainJar');

/** What bracket access calls on a jar. */
type DictJar = CookieJar & { has(name: string, scope?: CookieScope): boolean };

/**
 * Wraps `jar` so that bracket access by a name that is not a member of the jar reads, sets or
 * deletes the cookie of that name through `get`/`set`/`delete` (all hosts); members win over
 * cookie names.
 */
export function withBrackets<J extends DictJar>(jar: J): J {
  const handler: ProxyHandler<J> = {
    get(target, key, receiver) {
      if (key === PLAIN) return target;
      if (typeof key === 'string' && !(key in target)) return proxy.get(key);
      return Reflect.get(target, key, receiver);
    },
    set(target, key, value, receiver) {
      if (typeof key !== 'string' || key in target) return Reflect.set(target, key, value, receiver);
      proxy.set(key, value as string | null); // set() names a value that is not a string
      return true;
    },
    deleteProperty(target, key) {
      if (typeof key === 'string' && !(key in target)) proxy.delete(key);
      else Reflect.deleteProperty(target, key);
      return true;
    },
    has(target, key) {
      return key in target || (typeof key === 'string' && proxy.has(key));
    },
    ownKeys(target) {
      return [...new Set(Array.from(proxy, (cookie) => cookie.name)), ...Reflect.ownKeys(target)];
    },
    getOwnPropertyDescriptor(target, key) {
      const own = Reflect.getOwnPropertyDescriptor(target, key);
      if (own !== undefined || typeof key !== 'string') return own;
      // The last cookie of that name wins, as in getDict(): listing never throws a conflict.
      let value: string | undefined;
      for (const cookie of proxy) if (cookie.name === key) value = cookie.value;
      if (value === undefined) return undefined;
      return { value, enumerable: true, writable: true, configurable: true };
    },
  };
  const proxy = new Proxy(jar, handler);
  return proxy;
}

/**
 * The jar behind a RequestsCookieJar's bracket Proxy: the same jar and cookies, without bracket
 * access, whose method calls skip the Proxy's trap (for code that calls the jar on every
 * request, as the Session does). Any other jar is returned as it is.
 *
 * @example
 * const jar = plainCookieJar(session.cookies);
 * jar.cookieHeaderFor(url); // what session.cookies.cookieHeaderFor(url) answers
 */
export function plainCookieJar<J extends CookieJar>(jar: J): J {
  return (jar as J & { [PLAIN]?: J })[PLAIN] ?? jar;
}
