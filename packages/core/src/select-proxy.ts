/** Choosing the proxy for a URL from a proxies mapping (Requests' select_proxy). */
import { urlHostParts } from './url-host-parts.js';

/**
 * The proxy URL to use for `url`, or null for a direct connection. Keys are tried from the
 * most specific: `scheme://host`, `scheme`, `all://host`, `all`. A URL without a host only
 * looks at `scheme` and `all`. Host keys match the host name alone (no port); an IPv6 host
 * may be written with or without brackets.
 *
 * @example
 * selectProxy('https://api.example.com/x', {
 *   https: 'http://proxy:3128',
 *   'all://api.example.com': 'socks5://other:1080',
 * }); // 'http://proxy:3128'
 */
export function selectProxy(
  url: string | URL,
  proxies: Readonly<Record<string, string | null | undefined>> | null | undefined,
): string | null {
  if (proxies == null) return null;
  let any = false;
  for (const _ in proxies) {
    any = true;
    break;
  }
  if (!any) return null;
  const { scheme, hostname } = urlHostParts(typeof url === 'string' ? url : url.href);
  if (hostname === '') return own(proxies, scheme) ?? own(proxies, 'all');
  const hosts = hostname.includes(':') ? [hostname, `[${hostname}]`] : [hostname];
  for (const prefix of [scheme, 'all']) {
    for (const host of hosts) {
      const found = own(proxies, `${prefix}://${host}`);
      if (found != null) return found;
    }
    const found = own(proxies, prefix);
    if (found != null) return found;
  }
  return null;
}

function own(proxies: Readonly<Record<string, string | null | undefined>>, key: string): string | null {
  if (!Object.hasOwn(proxies, key)) return null;
  const value = proxies[key];
  return value == null || value === '' ? null : value;
}
