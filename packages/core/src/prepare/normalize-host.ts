/** Host validation and normalization: lower case, IDNA for non-ASCII names (urllib3 + Requests). */
import { InvalidURL } from '../errors/invalid-url.js';
import { nodeBuiltin } from '../node-builtin.js';
import { HOST_CHARS } from './encode-invalid-chars.js';

const INVALID_LABEL = 'URL has an invalid label.';
const net = nodeBuiltin<typeof import('node:net')>('node:net');
const nodeUrl = nodeBuiltin<typeof import('node:url')>('node:url');
/** Node's UTS #46 ToASCII, else the same WHATWG host parsing through `URL` ('' when it fails, as Node's). */
const domainToASCII =
  nodeUrl?.domainToASCII ??
  ((domain: string): string => {
    try {
      return new URL(`http://${domain}/`).hostname;
    } catch {
      return '';
    }
  });
/** Node's inet_pton check, else the WHATWG IPv6 parser through `URL`. */
const isIPv6 =
  net?.isIPv6 ??
  ((address: string): boolean => {
    try {
      return new URL(`http://[${address}]/`).hostname !== '';
    } catch {
      return false;
    }
  });
/** Octets in a DNS label, and in a name written out without its root dot (RFC 1035). */
const MAX_LABEL = 63;
const MAX_NAME = 253;
// Roughly IDNA 2008's PVALID: lower-case letters, other letters, marks and decimal digits,
// the hyphen, and the contextual characters (middle dot, Greek keraia, Hebrew geresh and
// gershayim, katakana middle dot, ZWNJ, ZWJ). Symbols such as ☃ are rejected, as Requests does.
const IDNA_LABEL =
  /^(?:[\p{Ll}\p{Lo}\p{Lm}\p{Mn}\p{Mc}\p{Nd}\u00B7\u0375\u05F3\u05F4\u30FB-]|\u200C|\u200D)+$/u;

/**
 * The host as sent: an IPv6 literal lower-cased, a name lower-cased and, when it is not
 * ASCII, IDNA-encoded (`ジェーピーニック.jp` → `xn--hckqz9bzb1cyrb.jp`).
 *
 * @param url the whole URL, for messages.
 * @throws InvalidURL `URL has an invalid label.` for a name starting with `*` or `.`, a
 *   label IDNA does not allow, or a non-ASCII name whose encoding has a label over 63 octets or
 *   is over 253 (as Requests' `idna`); `Failed to parse: …` for characters no host may hold.
 */
export function normalizeHost(host: string, url: string): string {
  if (host.charCodeAt(0) === 0x5b) return ipLiteral(host, url);
  let ascii = true;
  for (let i = 0; i < host.length; i++) {
    const c = host.charCodeAt(i);
    if (c >= 128) ascii = false;
    else if (HOST_CHARS[c] !== 1 && !(c === 0x25 && isEscape(host, i))) throw failedToParse(url);
  }
  if (ascii) {
    if (host.charCodeAt(0) === 0x2a || host.charCodeAt(0) === 0x2e) throw new InvalidURL(INVALID_LABEL);
    return host.toLowerCase();
  }
  return idnaHost(host);
}

function idnaHost(host: string): string {
  const lower = host.toLowerCase();
  for (const label of lower.split('.')) {
    if (isAsciiLabel(label)) continue;
    if (label.normalize('NFKC') !== label || !IDNA_LABEL.test(label)) throw new InvalidURL(INVALID_LABEL);
  }
  const encoded = domainToASCII(lower);
  if (encoded === '' || !fitsDns(encoded)) throw new InvalidURL(INVALID_LABEL);
  return encoded;
}

/**
 * True when an encoded name fits DNS (RFC 1035 §2.3.4), as IDNA requires: labels of at most 63
 * octets, at most 253 in all (a trailing root dot not counted).
 */
function fitsDns(name: string): boolean {
  const bare = name.endsWith('.') ? name.slice(0, -1) : name;
  if (bare.length > MAX_NAME) return false;
  for (const label of bare.split('.')) if (label.length > MAX_LABEL) return false;
  return true;
}

function isAsciiLabel(label: string): boolean {
  for (let i = 0; i < label.length; i++) if (label.charCodeAt(i) >= 128) return false;
  return true;
}

function isEscape(text: string, i: number): boolean {
  return /^[0-9A-Fa-f]{2}$/.test(text.slice(i + 1, i + 3));
}

function ipLiteral(host: string, url: string): string {
  if (host.charCodeAt(host.length - 1) !== 0x5d) throw failedToParse(url);
  const inner = host.slice(1, -1);
  const zone = inner.indexOf('%');
  const address = zone === -1 ? inner : inner.slice(0, zone);
  if (!isIPv6(address)) throw failedToParse(url);
  if (zone === -1) return host.toLowerCase();
  // RFC 6874: the zone ID is introduced by "%25"; urllib3 also accepts a bare "%".
  const rawZone =
    inner.startsWith('%25', zone) && inner.length > zone + 3 ? inner.slice(zone + 3) : inner.slice(zone + 1);
  if (rawZone === '' || !/^[A-Za-z0-9\-._~]+$/.test(rawZone)) throw failedToParse(url);
  return `[${address.toLowerCase()}%25${rawZone}]`;
}

/** urllib3's LocationParseError message, which Requests raises as InvalidURL. */
export function failedToParse(url: string): InvalidURL {
  return new InvalidURL(`Failed to parse: ${url}`);
}
