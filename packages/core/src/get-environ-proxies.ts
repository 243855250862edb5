/** Proxies from the environment: `<scheme>_proxy` variables (Requests' get_environ_proxies, urllib's getproxies). */
import { environmentVariables } from './node-builtin.js';
import { shouldBypassProxies } from './should-bypass-proxies.js';

const SUFFIX = '_proxy';

/**
 * The proxy the environment names for `key` (`http`, `https`, `all`, any scheme): `<key>_proxy`,
 * else `<KEY>_PROXY`. A lower-case variable set to `''` disables the key even when the upper-case
 * one is set. As urllib (CVE-2016-1000110, "httpoxy"), upper-case `HTTP_PROXY` is ignored when
 * `REQUEST_METHOD` is set: in a CGI script it may come from a client's `Proxy:` header.
 *
 * @example
 * process.env.HTTPS_PROXY = 'http://proxy:3128';
 * getEnvironProxy('https'); // 'http://proxy:3128'
 */
export function getEnvironProxy(key: string): string | null {
  const names = variableNames(key);
  const env = environmentVariables();
  const lower = env[names.lower];
  if (lower !== undefined) return lower === '' ? null : lower;
  const upper = env[names.upper];
  if (upper === undefined || upper === '') return null;
  return names.upper === 'HTTP_PROXY' && env.REQUEST_METHOD !== undefined ? null : upper;
}

interface VariableNames {
  readonly lower: string;
  readonly upper: string;
}

// A session asks for `http`, `https` and `all` on every request: their names are built once.
const namesByKey = new Map<string, VariableNames>();
const MAX_KEYS = 32;

function variableNames(key: string): VariableNames {
  let names = namesByKey.get(key);
  if (names === undefined) {
    names = { lower: `${key.toLowerCase()}${SUFFIX}`, upper: `${key.toUpperCase()}_PROXY` };
    if (namesByKey.size >= MAX_KEYS) namesByKey.clear();
    namesByKey.set(key, names);
  }
  return names;
}

/**
 * Every proxy the environment names (`{ http, https, all, … }` from `*_proxy` variables, lower
 * case first; `no_proxy` is not a proxy and is left out), or `{}` when `url` bypasses proxies
 * (see `shouldBypassProxies`; `noProxy` replaces the `no_proxy` variable when given).
 *
 * @example
 * getEnvironProxies('http://example.com/'); // { http: 'http://proxy:3128' } with HTTP_PROXY set
 */
export function getEnvironProxies(url: string, noProxy?: string | null): Record<string, string> {
  const proxies: Record<string, string> = Object.create(null);
  if (shouldBypassProxies(url, noProxy)) return proxies;
  for (const name of Object.keys(environmentVariables())) {
    if (name.length <= SUFFIX.length || name.slice(-SUFFIX.length).toLowerCase() !== SUFFIX) continue;
    const key = name.slice(0, -SUFFIX.length).toLowerCase();
    if (key === 'no' || key in proxies) continue;
    const value = getEnvironProxy(key);
    if (value !== null) proxies[key] = value;
  }
  return proxies;
}
