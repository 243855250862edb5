/** redactUrl: a URL as it may appear in a message or a log, without its credentials. */

// What may precede the `//` of an authority: nothing, or a scheme and its colon.
const SCHEME_PREFIX = /^(?:[a-zA-Z][a-zA-Z0-9+.-]*:)?$/;

/**
 * `url` without the userinfo of its authority (`http://user:pass@host/` → `http://host/`), so
 * error messages never carry a password (urllib3's messages never do either). A URL without
 * an `@` is returned as it is, unparsed; so is anything that has no `//authority`. Never throws.
 *
 * @example
 * redactUrl('https://me:s3cret@example.com/path?q'); // 'https://example.com/path?q'
 * redactUrl('http://example.com/a@b'); // 'http://example.com/a@b' (an `@` in the path is kept)
 */
export function redactUrl(url: string): string {
  if (typeof url !== 'string') return String(url);
  const at = url.indexOf('@');
  if (at === -1) return url;
  const slashes = url.indexOf('//');
  if (slashes === -1 || slashes > at || !SCHEME_PREFIX.test(url.slice(0, slashes))) return url;
  const start = slashes + 2;
  let end = start;
  while (end < url.length) {
    const c = url.charCodeAt(end);
    if (c === 0x2f || c === 0x5c || c === 0x3f || c === 0x23) break; // / \ ? #
    end++;
  }
  const last = url.lastIndexOf('@', end - 1);
  if (last < start) return url;
  return url.slice(0, start) + url.slice(last + 1);
}
