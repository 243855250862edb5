/** The scheme, host name and port of a URL, read without normalizing it (for proxy rules). */
import { splitUrl } from './prepare/split-url.js';

/** What proxy selection and bypass rules look at. */
export interface UrlHostParts {
  /** Lower case, without `:`; `''` when the URL has none. */
  scheme: string;
  /** Lower case, IPv6 without brackets; `''` when the URL has no host (`file:///x`). */
  hostname: string;
  /** The port written in the URL, else the scheme's default (80, 443), else null. */
  port: number | null;
}

const DEFAULT_PORTS: Readonly<Record<string, number>> = { http: 80, https: 443, ws: 80, wss: 443 };

/**
 * Splits `url` into scheme, host name and effective port (internal to core).
 *
 * @example
 * urlHostParts('http://User@[::1]:8080/x'); // { scheme: 'http', hostname: '::1', port: 8080 }
 */
export function urlHostParts(url: string): UrlHostParts {
  const parts = splitUrl(url);
  const scheme = (parts.scheme ?? '').toLowerCase();
  const fallback = Object.hasOwn(DEFAULT_PORTS, scheme) ? (DEFAULT_PORTS[scheme] ?? null) : null;
  const authority = parts.authority ?? '';
  const hostPort = authority.slice(authority.lastIndexOf('@') + 1);
  let hostname: string;
  let portText = '';
  if (hostPort.startsWith('[')) {
    const close = hostPort.indexOf(']');
    hostname = close === -1 ? hostPort.slice(1) : hostPort.slice(1, close);
    if (close !== -1 && hostPort.charCodeAt(close + 1) === 0x3a) portText = hostPort.slice(close + 2);
  } else {
    const colon = hostPort.lastIndexOf(':');
    hostname = colon === -1 ? hostPort : hostPort.slice(0, colon);
    if (colon !== -1) portText = hostPort.slice(colon + 1);
  }
  const port = /^[0-9]{1,5}$/.test(portText) ? Number(portText) : fallback;
  return { scheme, hostname: hostname.toLowerCase(), port };
}
