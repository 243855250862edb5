/** Whether a URL goes direct because of `no_proxy` (Requests' should_bypass_proxies). */
import { environmentVariables, nodeBuiltin } from './node-builtin.js';
import { urlHostParts } from './url-host-parts.js';

/** Address matching needs node:net; without it (browsers: no proxies) every entry is a name. */
const net = nodeBuiltin<typeof import('node:net')>('node:net');
const isIP = net?.isIP ?? ((_address: string): number => 0);

/**
 * True when `url` must not go through a proxy: it has no host (`file:///…`), or it matches an
 * entry of `noProxy` (by default the `no_proxy` / `NO_PROXY` environment variable, lower case
 * first). Entries are separated by commas (spaces ignored):
 * - `*` matches every host;
 * - a domain (`example.com` or `.example.com`) matches that host and its subdomains, on a
 *   label boundary (`badexample.com` does not match `example.com`, unlike Requests' suffix test);
 * - `host:port` matches only that port (the scheme's default port counts);
 * - an IP address matches itself; a CIDR block (`10.0.0.0/8`, `fd00::/8`) matches the
 *   addresses in it.
 *
 * @example
 * shouldBypassProxies('http://10.1.2.3/', '10.0.0.0/8,.internal'); // true
 */
export function shouldBypassProxies(url: string, noProxy?: string | null): boolean {
  const { hostname, port } = urlHostParts(url);
  if (hostname === '') return true;
  const list = noProxy ?? environmentNoProxy();
  if (list == null || list === '') return false;
  const family = isIP(hostname);
  for (const raw of list.split(',')) {
    const entry = raw.replaceAll(' ', '').replace(/^\*\./, '.').toLowerCase();
    if (entry === '') continue;
    if (entry === '*') return true;
    if (family !== 0 ? matchesAddress(hostname, family, port, entry) : matchesDomain(hostname, port, entry)) {
      return true;
    }
  }
  return false;
}

/** `no_proxy`, else `NO_PROXY` (as Requests: an empty lower-case value falls through). */
function environmentNoProxy(): string | undefined {
  const env = environmentVariables();
  return env.no_proxy || env.NO_PROXY;
}

function matchesDomain(hostname: string, port: number | null, entry: string): boolean {
  const { host, entryPort } = splitEntry(entry);
  if (entryPort !== null && entryPort !== port) return false;
  const name = host.replace(/^\.+/, '');
  if (name === '') return false;
  return hostname === name || hostname.endsWith(`.${name}`);
}

function matchesAddress(address: string, family: number, port: number | null, entry: string): boolean {
  const slash = entry.indexOf('/');
  if (slash !== -1) return inBlock(address, family, entry.slice(0, slash), entry.slice(slash + 1));
  const { host, entryPort } = splitEntry(entry);
  if (entryPort !== null && entryPort !== port) return false;
  if (host === address) return true;
  // Compare addresses, not spellings (`::1` and `0:0::1` are one address).
  if (isIP(host) !== family) return false;
  const list = new net!.BlockList();
  list.addAddress(host, family === 6 ? 'ipv6' : 'ipv4');
  return list.check(address, family === 6 ? 'ipv6' : 'ipv4');
}

function inBlock(address: string, family: number, network: string, prefixText: string): boolean {
  const type = family === 6 ? 'ipv6' : 'ipv4';
  const prefix = /^[0-9]{1,3}$/.test(prefixText) ? Number(prefixText) : -1;
  const bare = network.startsWith('[') && network.endsWith(']') ? network.slice(1, -1) : network;
  if (isIP(bare) !== family || prefix < 0 || prefix > (family === 6 ? 128 : 32)) return false;
  const list = new net!.BlockList();
  list.addSubnet(bare, prefix, type);
  return list.check(address, type);
}

/** `host`, `host:port`, `[v6]`, `[v6]:port` or a bare IPv6 address. */
function splitEntry(entry: string): { host: string; entryPort: number | null } {
  if (entry.startsWith('[')) {
    const close = entry.indexOf(']');
    const host = close === -1 ? entry.slice(1) : entry.slice(1, close);
    const rest = close === -1 ? '' : entry.slice(close + 1);
    return { host, entryPort: rest.startsWith(':') ? portOf(rest.slice(1)) : null };
  }
  const colon = entry.indexOf(':');
  if (colon === -1 || entry.indexOf(':', colon + 1) !== -1) return { host: entry, entryPort: null };
  return { host: entry.slice(0, colon), entryPort: portOf(entry.slice(colon + 1)) };
}

function portOf(text: string): number | null {
  return /^[0-9]{1,5}$/.test(text) ? Number(text) : null;
}
