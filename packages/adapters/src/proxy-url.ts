// A proxy URL, checked once: scheme, host, port and credentials.
import { InvalidProxyURL, redactUrl } from '@reqs/core';

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

/**
 * Parses and checks a proxy URL.
 *
 * @throws InvalidProxyURL when there is no scheme, no host, or a scheme other than
 *   http, https, socks5, socks5h.
 */
export function parseProxyUrl(raw: string): ProxyUrl {
  const fail = (why: string) =>
    new InvalidProxyURL(
      `Please check proxy URL. It is malformed and could be missing the host. (${why}: ${redactUrl(raw)})`,
    );
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(raw)) throw fail('no scheme');
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw fail('not a URL');
  }
  const name = url.protocol.slice(0, -1).toLowerCase();
  const scheme = ALIASES[name] ?? (Object.hasOwn(DEFAULT_PORTS, name) ? (name as ProxyScheme) : null);
  if (scheme === null) throw fail(`unsupported proxy scheme '${name}'`);
  if (url.hostname === '') throw fail('no host');
  const port = url.port === '' ? DEFAULT_PORTS[scheme] : Number(url.port);
  const auth =
    url.username === '' ? null : { username: decode(url.username), password: decode(url.password) };
  const credentials = auth === null ? '' : `${auth.username}:${auth.password}@`;
  return { scheme, host: url.hostname, port, auth, key: `${scheme}://${credentials}${url.hostname}:${port}` };
}
