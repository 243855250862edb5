/** Credentials embedded in a URL (Requests' get_auth_from_url). */

/**
 * The `[username, password]` in `url`'s userinfo, percent-decoded, or null when there is none.
 * As Requests, a username without a password (`http://user@host`) gives no credentials, and
 * `http://user:@host` gives `['user', '']`.
 *
 * @example
 * authFromUrl('http://me:s%40cret@example.com/'); // ['me', 's@cret']
 */
export function authFromUrl(url: string): [username: string, password: string] | null {
  // Most URLs have no '@' at all: one fast scan answers for them.
  if (!url.includes('@')) return null;
  const scheme = url.indexOf('://');
  if (scheme === -1) return null;
  const start = scheme + 3;
  let end = start;
  while (end < url.length) {
    const c = url.charCodeAt(end);
    if (c === 0x2f || c === 0x3f || c === 0x23) break; // / ? #
    end++;
  }
  const at = url.lastIndexOf('@', end - 1);
  if (at < start) return null;
  const userinfo = url.slice(start, at);
  const colon = userinfo.indexOf(':');
  if (colon === -1) return null;
  return [unquote(userinfo.slice(0, colon)), unquote(userinfo.slice(colon + 1))];
}

function unquote(text: string): string {
  if (!text.includes('%')) return text;
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
