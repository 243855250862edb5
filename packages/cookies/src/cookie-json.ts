/** The JSON form of a RequestsCookieJar: a version and one plain record per cookie. */
import type { Cookie } from './cookie.js';
import { createCookie } from './create-cookie.js';

/**
 * One cookie in a jar's JSON form. `expires` is milliseconds since the epoch or null.
 * @example
 * for (const record of jar.toJSON().cookies) console.log(record.name, record.domain, record.expires);
 */
export interface CookieRecord {
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
  /** Set with the `HttpOnly` attribute (informative: reqs sends it anyway). */
  httpOnly: boolean;
  /** Sent to `domain` exactly, not to its subdomains. */
  hostOnly: boolean;
  /** Expiry in milliseconds since the epoch, or `null` for a session cookie. */
  expires: number | null;
}

/**
 * What `RequestsCookieJar.toJSON()` returns and `RequestsCookieJar.fromJSON()` reads.
 * @example
 * const data: RequestsCookieJarJSON = jar.toJSON();
 * const again = RequestsCookieJar.fromJSON(data);
 */
export interface RequestsCookieJarJSON {
  /** The version of this format, `1`: a later, incompatible format would change it. */
  version: 1;
  /** One record per cookie of the jar, in the jar's order. */
  cookies: CookieRecord[];
}

/** The JSON form of `cookies`. */
export function cookiesToJSON(cookies: Iterable<Cookie>): RequestsCookieJarJSON {
  const records: CookieRecord[] = [];
  for (const c of cookies) {
    records.push({
      name: c.name,
      value: c.value,
      domain: c.domain,
      path: c.path,
      secure: c.secure,
      httpOnly: c.httpOnly,
      hostOnly: c.hostOnly,
      expires: c.expires,
    });
  }
  return { version: 1, cookies: records };
}

/**
 * Cookies from a jar's JSON form (a string or the parsed value). Reads only the known fields.
 * @throws TypeError when the JSON or a record is malformed, naming the record
 */
export function cookiesFromJSON(data: unknown): Cookie[] {
  const parsed: unknown = typeof data === 'string' ? parseJSON(data) : data;
  if (
    typeof parsed !== 'object' ||
    parsed === null ||
    !Array.isArray((parsed as { cookies?: unknown }).cookies)
  ) {
    throw new TypeError('Invalid cookie jar JSON: expected an object with a "cookies" array');
  }
  const records = (parsed as { cookies: unknown[] }).cookies;
  return records.map((record, index) => recordToCookie(record, index));
}

function parseJSON(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new TypeError('Invalid cookie jar JSON: not valid JSON', { cause: error });
  }
}

function recordToCookie(record: unknown, index: number): Cookie {
  if (typeof record !== 'object' || record === null) {
    throw new TypeError(`Invalid cookie jar JSON: cookies[${index}] is not an object`);
  }
  const r = record as Partial<Record<keyof CookieRecord, unknown>>;
  const field = <T>(key: keyof CookieRecord, type: string, fallback: T): T => {
    const value = Object.hasOwn(r, key) ? r[key] : undefined;
    if (value === undefined) return fallback;
    if (typeof value !== type && !(key === 'expires' && value === null)) {
      throw new TypeError(`Invalid cookie jar JSON: cookies[${index}].${key} must be a ${type}`);
    }
    return value as T;
  };
  try {
    return createCookie(field('name', 'string', ''), field('value', 'string', ''), {
      domain: field('domain', 'string', ''),
      path: field('path', 'string', '/'),
      secure: field('secure', 'boolean', false),
      httpOnly: field('httpOnly', 'boolean', false),
      hostOnly: field('hostOnly', 'boolean', false),
      expires: field<number | null>('expires', 'number', null),
    });
  } catch (error) {
    throw new TypeError(`Invalid cookie jar JSON: cookies[${index}]: ${(error as Error).message}`, {
      cause: error,
    });
  }
}
