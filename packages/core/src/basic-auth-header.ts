/** The `Authorization` value of HTTP Basic auth (Requests' _basic_auth_str). */
import { Buffer } from 'node:buffer';

/**
 * `'Basic ' + base64(username:password)`. The credentials are encoded as latin-1 when every
 * character fits (what Requests and most servers expect), else as UTF-8 (RFC 7617 `charset`).
 *
 * @example
 * basicAuthHeader('user', 'pass'); // 'Basic dXNlcjpwYXNz'
 */
export function basicAuthHeader(username: string, password: string): string {
  const credentials = `${username}:${password}`;
  return `Basic ${Buffer.from(credentials, isLatin1(credentials) ? 'latin1' : 'utf8').toString('base64')}`;
}

function isLatin1(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0xff) return false;
  return true;
}
