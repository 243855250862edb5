/** originOf: the scheme, host and port of a URL, to tell whether two URLs share an origin. */

/**
 * `scheme://host:port` of `url` (lower-cased, default ports left out, as `URL` normalises),
 * or null when `url` does not parse or has no host.
 *
 * @example
 * originOf('HTTP://Example.org:80/a') // 'http://example.org'
 */
export function originOf(url: string): string | null {
  if (!URL.canParse(url)) return null;
  const { protocol, host } = new URL(url);
  return host === '' ? null : `${protocol}//${host.toLowerCase()}`;
}
