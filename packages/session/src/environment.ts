/** What a session reads from the environment when `trustEnv` is on: proxies and CA bundles. */
import { environmentVariables, getEnvironProxy, selectProxy, shouldBypassProxies } from '@reqs/core';

/**
 * The CA bundle the environment names: `REQUESTS_CA_BUNDLE`, else `CURL_CA_BUNDLE` (the first
 * non-empty), else null.
 * @example
 * // REQUESTS_CA_BUNDLE=/etc/ssl/corp.pem
 * const r = await requests.get('https://httpbin.org/get', { verify: caBundleFromEnvironment() ?? true });
 */
export function caBundleFromEnvironment(): string | null {
  const env = environmentVariables();
  return env.REQUESTS_CA_BUNDLE || env.CURL_CA_BUNDLE || null;
}

/** The scheme of `url`, lower case (`''` when it has none). */
function schemeOf(url: string): string {
  const colon = url.indexOf(':');
  return colon === -1 ? '' : url.slice(0, colon).toLowerCase();
}

/**
 * The proxies to use for a request to `url` (Requests' resolve_proxies): `proxies` as given,
 * plus the environment's proxy for the URL's scheme (`<scheme>_proxy`, else `all_proxy`) when
 * `trustEnv` is on, no entry of `proxies` applies to `url` already (explicit settings beat the
 * environment, docs/reference/divergences.md), and `url` is not excluded by
 * `proxies.no_proxy` or else `NO_PROXY`.
 * Returns `proxies` itself when nothing is added.
 *
 * @example
 * // HTTPS_PROXY=http://proxy:3128
 * resolveProxies('https://example.com/', {}, true); // { https: 'http://proxy:3128' }
 */
export function resolveProxies(
  url: string,
  proxies: Readonly<Record<string, string>>,
  trustEnv: boolean,
): Record<string, string> {
  if (!trustEnv || selectProxy(url, proxies) !== null) return proxies as Record<string, string>;
  const scheme = schemeOf(url);
  if (scheme === '') return proxies as Record<string, string>;
  const proxy = getEnvironProxy(scheme) ?? getEnvironProxy('all');
  if (proxy === null || shouldBypassProxies(url, proxies.no_proxy ?? null)) {
    return proxies as Record<string, string>;
  }
  return { ...proxies, [scheme]: proxy };
}
