/** Proxies and `Proxy-Authorization` on a redirect hop (Requests' rebuild_proxies). */
import { basicAuthHeader, type PreparedRequest, selectProxy } from '@reqs/core';
import { resolveProxies } from './environment.js';

/**
 * The proxies for the hop to `prepared.url` (the given ones plus the environment's, see
 * `resolveProxies`), and `Proxy-Authorization` rebuilt for it: removed, then set again from
 * the credentials in the proxy URL only when the hop goes through an HTTP(S) proxy in plain
 * forwarding mode (an `http:` URL). An `https:` URL goes through a CONNECT tunnel, where the
 * adapter authenticates to the proxy itself and the header would reach the origin; a SOCKS
 * proxy does not read HTTP headers; a direct hop has no proxy to authenticate to.
 *
 * @example
 * const proxies = rebuildProxies(next, { http: 'http://u:p@proxy:3128' }, true);
 */
export function rebuildProxies(
  prepared: PreparedRequest,
  proxies: Readonly<Record<string, string>>,
  trustEnv: boolean,
): Record<string, string> {
  const resolved = resolveProxies(prepared.url, proxies, trustEnv);
  const headers = prepared.headers;
  headers.delete('Proxy-Authorization');
  if (/^https/i.test(prepared.url)) return resolved;
  const proxy = selectProxy(prepared.url, resolved);
  const credentials = proxy === null ? null : httpProxyCredentials(proxy);
  if (credentials !== null)
    headers.set('Proxy-Authorization', basicAuthHeader(credentials[0], credentials[1]));
  return resolved;
}

/** `[user, pass]` from an `http(s)://user:pass@host` proxy URL (no scheme means http), else null. */
function httpProxyCredentials(proxy: string): [string, string] | null {
  let url: URL;
  try {
    url = new URL(proxy.includes('://') ? proxy : `http://${proxy}`);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.username === '' || url.password === '') return null;
  return [unquote(url.username), unquote(url.password)];
}

function unquote(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
