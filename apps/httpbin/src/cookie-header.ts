/** Reading the Cookie header and writing Set-Cookie the way Flask/werkzeug does. */

/** Parses `Cookie: a=1; b="x y"` into name → value; the first occurrence of a name wins. */
export function parseCookieHeader(header: string | undefined): Map<string, string> {
  const cookies = new Map<string, string>();
  if (!header) return cookies;
  for (const piece of header.split(';')) {
    const eq = piece.indexOf('=');
    if (eq < 0) continue;
    const name = piece.slice(0, eq).trim();
    let value = piece.slice(eq + 1).trim();
    if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) {
      value = value.slice(1, -1).replace(/\\(.)/g, '$1');
    }
    if (name && !cookies.has(name)) cookies.set(name, value);
  }
  return cookies;
}

// RFC 6265 cookie-value: cookie-octets, optionally in double quotes. Anything else is sent quoted
// with `"` and `\` escaped, as werkzeug quotes it.
const COOKIE_VALUE =
  /^(?:[\x21\x23-\x2b\x2d-\x3a\x3c-\x5b\x5d-\x7e]*|"[\x21\x23-\x2b\x2d-\x3a\x3c-\x5b\x5d-\x7e]*")$/;

/** Options for {@link setCookie}. */
export interface SetCookieOptions {
  secure?: boolean;
  /** Deletes the cookie: empty value, expired, `Max-Age=0`. */
  expire?: boolean;
}

/** Formats one Set-Cookie header value with `Path=/`. */
export function setCookie(name: string, value: string, options: SetCookieOptions = {}): string {
  const quoted = COOKIE_VALUE.test(value) ? value : `"${value.replace(/(["\\])/g, '\\$1')}"`;
  const parts = [`${name}=${options.expire ? '' : quoted}`];
  if (options.expire) parts.push('Expires=Thu, 01 Jan 1970 00:00:00 GMT', 'Max-Age=0');
  parts.push('Path=/');
  if (options.secure) parts.push('Secure');
  // Header values are written as latin-1: send UTF-8 bytes, as werkzeug does.
  return Buffer.from(parts.join('; '), 'utf8').toString('latin1');
}
