/** Validation and normalisation shared by every way a cookie enters a jar. */

/**
 * The most bytes a cookie's name and value may hold together (RFC 6265 §6.1, browsers' limit).
 * @example
 * jar.set('big', 'x'.repeat(MAX_COOKIE_BYTES)); // RangeError: over the limit with its name
 */
export const MAX_COOKIE_BYTES = 4096;

// Control characters (tab included) and ';' would break the Cookie header; '=' ends a name.
const BAD_NAME = /[\x00-\x1f\x7f;=]/;
const BAD_VALUE = /[\x00-\x1f\x7f;]/;
const BAD_DOMAIN = /[\x00-\x20\x7f/\\?#@;,]/;

/** UTF-8 length of `text`, without depending on Buffer or allocating. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** True when name and value together exceed {@link MAX_COOKIE_BYTES}. */
export function isOversized(name: string, value: string): boolean {
  // Cheap bound first: every UTF-16 unit is at least one byte.
  if (name.length + value.length > MAX_COOKIE_BYTES) return true;
  return utf8Length(name) + utf8Length(value) > MAX_COOKIE_BYTES;
}

/** Lower-cases a domain and drops one leading dot; `''` means "every host". */
export function normalizeDomain(domain: string | undefined | null): string {
  if (!domain) return '';
  const lower = domain.trim().toLowerCase();
  return lower.startsWith('.') ? lower.slice(1) : lower;
}

/** What is wrong with a cookie's name, value, domain or path, or null when nothing is. */
export function cookieProblem(name: string, value: string, domain: string, path: string): string | null {
  if (typeof name !== 'string' || name === '' || BAD_NAME.test(name)) {
    return `Invalid cookie name ${JSON.stringify(name)}: it must be non-empty, without ';', '=' or control characters`;
  }
  if (typeof value !== 'string') {
    return `Invalid value for cookie ${JSON.stringify(name)}: expected a string, got ${typeof value}`;
  }
  if (BAD_VALUE.test(value)) {
    return `Invalid value for cookie ${JSON.stringify(name)}: ';' and control characters are not allowed`;
  }
  if (BAD_DOMAIN.test(domain))
    return `Invalid domain ${JSON.stringify(domain)} for cookie ${JSON.stringify(name)}`;
  // A path is kept as given, as Requests' create_cookie keeps it; one not starting with '/'
  // matches no request path, so that cookie is stored but never sent.
  if (typeof path !== 'string' || BAD_VALUE.test(path)) {
    return `Invalid path ${JSON.stringify(path)} for cookie ${JSON.stringify(name)}: ';' and control characters are not allowed`;
  }
  return null;
}

/**
 * Throws a TypeError or RangeError naming what is wrong with a cookie set by hand.
 * @throws TypeError for an empty name, or control characters, `;` (or `=` in the name)
 * @throws RangeError when name and value exceed 4096 bytes
 */
export function assertValidCookie(name: string, value: string, domain: string, path: string): void {
  const problem = cookieProblem(name, value, domain, path);
  if (problem !== null) throw new TypeError(problem);
  if (isOversized(name, value)) {
    throw new RangeError(
      `Cookie ${JSON.stringify(name)} is larger than ${MAX_COOKIE_BYTES} bytes (name and value)`,
    );
  }
}

/** Milliseconds since the epoch from a number or Date; `null`/`undefined` mean a session cookie. */
export function toExpiryMs(expires: number | Date | null | undefined, name: string): number | null {
  if (expires === null || expires === undefined) return null;
  const ms = expires instanceof Date ? expires.getTime() : expires;
  if (typeof ms !== 'number' || !Number.isFinite(ms)) {
    throw new TypeError(`Invalid expiry for cookie ${JSON.stringify(name)}: ${String(expires)}`);
  }
  return ms;
}
