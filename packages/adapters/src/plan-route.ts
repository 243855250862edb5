// Plans how one request travels: route, pool key, undici origin, request target, extra headers.
import {
  basicAuthHeader,
  InvalidSchema,
  InvalidURL,
  type PreparedRequest,
  redactUrl,
  selectProxy,
} from '@reqs/core';
import type { Route } from './connect/route.js';
import { type ProxyUrl, parseProxyUrl } from './proxy-url.js';

/** Everything the adapter needs to dispatch a request, except TLS. */
export interface RoutePlan {
  route: Route;
  /** Pools are shared only between requests with equal keys (TLS settings are added to it). */
  poolKey: string;
  /** Whether TLS is spoken on this route (then the TLS settings join the pool key). */
  secure: boolean;
  /** The origin given to undici's Client (its default Host header). */
  origin: string;
  /** The request target: origin-form (`/path?q`), or absolute-form through a forwarding proxy. */
  path: string;
  /** Whether the request's `Proxy-Authorization` goes out with it (forwarding proxy, or no proxy). */
  keepProxyAuthorization: boolean;
  /** Header pairs added unless the request sets them. */
  extraHeaders: string[] | null;
}

const DEFAULT_PORT: Readonly<Record<string, number>> = { 'http:': 80, 'https:': 443 };

function proxyAuthorization(proxy: ProxyUrl): string | null {
  return proxy.auth === null ? null : basicAuthHeader(proxy.auth.username, proxy.auth.password);
}

function unixPlan(url: URL, request: PreparedRequest): RoutePlan {
  // requests-unixsocket: the socket path is the percent-encoded host.
  const path = decodeURIComponent(url.host);
  if (path === '') throw new InvalidURL(`No socket path in ${redactUrl(request.url)}`, { request });
  const route: Route = { kind: 'unix', path };
  return {
    route,
    poolKey: `unix|${path}`,
    secure: false,
    origin: 'http://localhost',
    path: request.pathUrl,
    keepProxyAuthorization: false,
    extraHeaders: null,
  };
}

function proxiedPlan(url: URL, request: PreparedRequest, proxy: ProxyUrl, secure: boolean): RoutePlan {
  const target = { host: url.hostname, port: Number(url.port) || DEFAULT_PORT[url.protocol]! };
  const fromUrl = proxyAuthorization(proxy);
  const base = {
    origin: url.origin,
    path: request.pathUrl,
    keepProxyAuthorization: false,
    extraHeaders: null,
  };
  if (proxy.scheme === 'socks5' || proxy.scheme === 'socks5h') {
    const route: Route = { kind: 'socks', proxy, target, secure };
    return { ...base, route, poolKey: `socks|${proxy.key}|${url.origin}`, secure };
  }
  if (secure) {
    // The request's own Proxy-Authorization goes to the proxy with CONNECT, never through the tunnel.
    const auth = request.headers.get('proxy-authorization') ?? fromUrl;
    const route: Route = { kind: 'tunnel', proxy, target, proxyAuthorization: auth };
    return { ...base, route, poolKey: `tunnel|${proxy.key}|${url.origin}|${auth ?? ''}`, secure: true };
  }
  const route: Route = { kind: 'forward', proxy };
  const absolute = url.hash === '' ? url.href : url.href.slice(0, -url.hash.length);
  const extra = fromUrl === null ? ['Host', url.host] : ['Host', url.host, 'Proxy-Authorization', fromUrl];
  return {
    route,
    poolKey: `forward|${proxy.key}`,
    secure: proxy.scheme === 'https',
    origin: `${proxy.scheme}://${proxy.host.includes(':') ? `[${proxy.host}]` : proxy.host}:${proxy.port}`,
    path: absolute,
    keepProxyAuthorization: true,
    extraHeaders: extra,
  };
}

function hasKeys(record: Readonly<Record<string, string>>): boolean {
  for (const _ in record) return true;
  return false;
}

/** `scheme://authority` of an absolute URL, or null; a plain scan, no parsing. */
function originPrefix(url: string): string | null {
  const start = url.indexOf('://');
  if (start === -1) return null;
  for (let i = start + 3; i < url.length; i++) {
    const c = url.charCodeAt(i);
    if (c === 0x2f || c === 0x3f || c === 0x23) return url.slice(0, i); // / ? #
  }
  return url;
}

// Direct plans by origin prefix: most requests skip URL parsing entirely.
const directPlans = new Map<string, Omit<RoutePlan, 'path'>>();
const MAX_CACHED_PLANS = 256;

/**
 * Plans the route of `request`: unix socket for `http+unix:`, else the proxy chosen by
 * `selectProxy` (from `@reqs/core`) from `proxies`, else direct.
 *
 * @throws InvalidSchema for a scheme this adapter does not speak; InvalidProxyURL for a bad proxy URL.
 */
export function planRoute(request: PreparedRequest, proxies: Readonly<Record<string, string>>): RoutePlan {
  const proxied = hasKeys(proxies);
  const prefix = proxied ? null : originPrefix(request.url);
  const cached = prefix === null ? undefined : directPlans.get(prefix);
  if (cached !== undefined) return { ...cached, path: request.pathUrl };
  const plan = parsePlan(request, proxies);
  if (prefix !== null && plan.route.kind === 'direct') {
    if (directPlans.size >= MAX_CACHED_PLANS) directPlans.clear();
    directPlans.set(prefix, plan);
  }
  return plan;
}

function parsePlan(request: PreparedRequest, proxies: Readonly<Record<string, string>>): RoutePlan {
  let url: URL;
  try {
    url = new URL(request.url);
  } catch {
    // Node's TypeError carries the whole URL as `input`: not kept as the cause (credentials).
    throw new InvalidURL(`Invalid URL ${JSON.stringify(redactUrl(request.url))}`, { request });
  }
  if (url.protocol === 'http+unix:') return unixPlan(url, request);
  const secure = url.protocol === 'https:';
  if (!secure && url.protocol !== 'http:') {
    throw new InvalidSchema(`No connection adapters were found for '${redactUrl(request.url)}'`, { request });
  }
  const proxyUrl = selectProxy(url, proxies);
  if (proxyUrl !== null) return proxiedPlan(url, request, parseProxyUrl(proxyUrl), secure);
  const target = { host: url.hostname, port: Number(url.port) || DEFAULT_PORT[url.protocol]! };
  return {
    route: { kind: 'direct', target, secure },
    poolKey: url.origin,
    secure,
    origin: url.origin,
    path: request.pathUrl,
    // With no proxy, a Proxy-Authorization the user set goes to the origin, as in Requests
    // (test_proxy_authorization_preserved_on_request); the session removes it on every redirect.
    keepProxyAuthorization: true,
    extraHeaders: null,
  };
}
