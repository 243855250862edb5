/** The `Authorization` value of HTTP Basic auth (Requests' _basic_auth_str). */
import { NodeBuffer } from './node-builtin.js';

/**
 * `'Basic ' + base64(username:password)`. The credentials are encoded as latin-1 when every
 * character fits (what Requests and most servers expect), else as UTF-8 (RFC 7617 `charset`).
 *
 * @example
 * basicAuthHeader('user', 'pass'); // 'Basic dXNlcjpwYXNz'
 */
export function basicAuthHeader(username: string, password: string): string {
  const credentials = `${username}:${password}`;
  const latin1 = isLatin1(credentials);
  if (NodeBuffer !== undefined)
    return `Basic ${NodeBuffer.from(credentials, latin1 ? 'latin1' : 'utf8').toString('base64')}`;
  // btoa takes a string of byte values: the latin-1 text itself, or its UTF-8 bytes spelled so.
  return `Basic ${btoa(latin1 ? credentials : String.fromCharCode(...new TextEncoder().encode(credentials)))}`;
}

function isLatin1(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0xff) return false;
  return true;
}
