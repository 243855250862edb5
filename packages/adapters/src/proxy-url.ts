// A proxy URL, checked once: scheme, host, port and credentials.
import { InvalidProxyURL, prependSchemeIfNeeded, redactUrl } from '@reqs/core';

/** The proxy schemes HTTPAdapter speaks. */
export type ProxyScheme = 'http' | 'https' | 'socks5' | 'socks5h';

/** A parsed proxy URL. */
export interface ProxyUrl {
  readonly scheme: ProxyScheme;
  readonly host: string;
  readonly port: number;
  /** Credentials from `user:pass@`, percent-decoded; null without a user name. */
  readonly auth: { readonly username: string; readonly password: string } | null;
  /** A stable key for pools: scheme, host, port and credentials. */
  readonly key: string;
}

const DEFAULT_PORTS: Readonly<Record<ProxyScheme, number>> = {
  http: 80,
  https: 443,
  socks5: 1080,
  socks5h: 1080,
};
// socks4 is not spoken; socks:// is taken as socks5 like undici and curl do.
const ALIASES: Readonly<Record<string, ProxyScheme>> = { socks: 'socks5' };

function decode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

// `scheme://authority`: the authority ends at the first / ? # or backslash.
const SCHEME_AND_AUTHORITY = /^[a-z][a-z0-9+.-]*:\/\/([^/?#\\]*)/i;

/** The host of an authority (`user:pass@host:port`, `[::1]:80`), possibly empty. */
function hostOf(authority: string): string {
  const hostPort = authority.slice(authority.lastIndexOf('@') + 1);
  if (hostPort.startsWith('[')) return hostPort;
  const colon = hostPort.indexOf(':');
  return colon === -1 ? hostPort : hostPort.slice(0, colon);
}

/** The error for a bad proxy URL; the URL is echoed without credentials (or not at all). */
function malformed(why: string, url: string): InvalidProxyURL {
  const shown = redactUrl(url);
  const echo = shown.includes('@') ? '' : `: ${shown}`;
  return new InvalidProxyURL(
    `Please check proxy URL. It is malformed and could be missing the host. (${why}${echo})`,
  );
}

/**
 * Parses and checks a proxy URL. A URL without `scheme://` is taken as `http://` (Requests'
 * `prepend_scheme_if_needed`, through core's {@link prependSchemeIfNeeded}): `proxy:3128`,
 * `user:pass@proxy:3128` and `//proxy:3128` are HTTP proxies.
 *
 * @throws InvalidProxyURL when there is no host, or a scheme other than http, https, socks5,
 *   socks5h (socks is socks5). Its message never carries the password.
 */
export function parseProxyUrl(raw: string): ProxyUrl {
  let match = SCHEME_AND_AUTHORITY.exec(raw);
  const url = match === null ? prependSchemeIfNeeded(raw, 'http') : raw;
  if (match === null) match = SCHEME_AND_AUTHORITY.exec(url);
  if (match === null || hostOf(match[1] ?? '') === '') throw malformed('no host', url);
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw malformed('not a URL', url);
  }
  const name = parsed.protocol.slice(0, -1).toLowerCase();
  const scheme = ALIASES[name] ?? (Object.hasOwn(DEFAULT_PORTS, name) ? (name as ProxyScheme) : null);
  if (scheme === null) throw malformed(`unsupported proxy scheme '${name}'`, url);
  if (parsed.hostname === '') throw malformed('no host', url);
  const port = parsed.port === '' ? DEFAULT_PORTS[scheme] : Number(parsed.port);
  const auth =
    parsed.username === '' ? null : { username: decode(parsed.username), password: decode(parsed.password) };
  const credentials = auth === null ? '' : `${auth.username}:${auth.password}@`;
  const host = parsed.hostname;
  return { scheme, host, port, auth, key: `${scheme}://${credentials}${host}:${port}` };
}
