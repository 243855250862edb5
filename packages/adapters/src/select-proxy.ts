// Which proxy a URL goes through (Requests' select_proxy).

/**
 * Picks the proxy for `url` from `proxies`, most specific key first: `scheme://host`,
 * `scheme`, `all://host`, `all`. Returns null when none applies.
 *
 * @example
 * selectProxy('https://api.example.com/x', { https: 'http://proxy:3128', all: 'socks5h://s:1080' });
 * // 'http://proxy:3128'
 */
export function selectProxy(
  url: string | URL,
  proxies: Readonly<Record<string, string>> | null | undefined,
): string | null {
  if (!proxies) return null;
  let parsed: URL;
  try {
    parsed = typeof url === 'string' ? new URL(url) : url;
  } catch {
    return null;
  }
  const scheme = parsed.protocol.slice(0, -1);
  const host = parsed.hostname.toLowerCase();
  const keys = host === '' ? [scheme, 'all'] : [`${scheme}://${host}`, scheme, `all://${host}`, 'all'];
  for (const key of keys) {
    if (Object.hasOwn(proxies, key)) {
      const value = proxies[key];
      if (typeof value === 'string' && value !== '') return value;
    }
  }
  return null;
}
