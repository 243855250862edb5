/** URL preparation (Requests' prepare_url over urllib3's parse_url). */
import { InvalidURL } from '../errors/invalid-url.js';
import { MissingSchema } from '../errors/missing-schema.js';
import { URLRequired } from '../errors/url-required.js';
import type { ParamsInit } from '../request-init.js';
import { requoteUri } from '../requote-uri.js';
import { encodeForm } from './encode-form.js';
import { encodeInvalidChars, PATH_CHARS, QUERY_CHARS, USERINFO_CHARS } from './encode-invalid-chars.js';
import { failedToParse, normalizeHost } from './normalize-host.js';
import { removeDotSegments } from './remove-dot-segments.js';
import { splitUrl } from './split-url.js';

/**
 * The URL to send: leading whitespace stripped, scheme and host lower-cased, the host
 * IDNA-encoded, dot segments removed, `params` appended after the URL's own query, and the
 * whole re-quoted (see `requoteUri`); the fragment is kept. A URL with a scheme other than
 * http(s) (`file:…`, `http+unix:…` counts as http-like only by prefix, as in Requests:
 * anything with a `:` not starting with `http`) passes through unchanged.
 *
 * @throws URLRequired when `url` is `null` or `undefined`.
 * @throws MissingSchema `Invalid URL 'x': No scheme supplied. Perhaps you meant https://x?` (also
 *   for a host and port without a scheme: `localhost:3000`, `127.0.0.1:8080/get`)
 * @throws InvalidURL `Invalid URL 'http://': No host supplied`, `URL has an invalid label.`,
 *   `Failed to parse: …` (bad port, bad host characters), or control characters in the URL.
 * @throws TypeError for `params` that are not an object, pairs, a string or `URLSearchParams`,
 *   or hold a value that is not a string, number, boolean, bigint or null (see `formPairs`).
 * @example
 * prepareUrl('http://example.com/path#frag', { a: 'b' }); // 'http://example.com/path?a=b#frag'
 */
export function prepareUrl(url: string | URL | null | undefined, params?: ParamsInit | null): string {
  if (typeof url !== 'string' || params != null) return prepare(url, params);
  const cached = preparedUrls.get(url);
  if (cached !== undefined) return cached;
  const prepared = prepare(url, params);
  // Not kept: URLs with credentials (no password outlives its request in a cache).
  if (!url.includes('@')) {
    if (preparedUrls.size >= MAX_CACHED_URLS) preparedUrls.clear();
    preparedUrls.set(url, prepared);
  }
  return prepared;
}

// Preparation is a pure function of the URL string: a session sending to the same URLs
// again (the common case) looks the result up instead of re-parsing. Only successes are
// kept; the cache is bounded (emptied when full), never invalidated (nothing can change).
const preparedUrls = new Map<string, string>();
const MAX_CACHED_URLS = 256;

function prepare(url: string | URL | null | undefined, params: ParamsInit | null | undefined): string {
  // No URL at all (`requests.get(undefined)`): Requests 0.x's URLRequired, named as such.
  if (url == null) throw new URLRequired(`A URL is required to make a request: the URL given was ${url}`);
  const text = String(url).trimStart();
  checkControlChars(text);
  // Checked for every URL, so that bad params fail the same way whatever the scheme.
  const encodedParams = encodeParams(params);
  if (text.includes(':') && !/^http/i.test(text) && !HOST_AND_PORT.test(text)) return text;
  const parts = splitUrl(text);
  if (parts.scheme === null || HOST_AND_PORT.test(text)) {
    throw new MissingSchema(`Invalid URL '${text}': No scheme supplied. Perhaps you meant https://${text}?`);
  }
  const scheme = parts.scheme.toLowerCase();
  const normalize = scheme === 'http' || scheme === 'https';
  const netloc = prepareNetloc(parts.authority, text, normalize);
  let path = parts.path;
  if (normalize && path !== '') path = encodeInvalidChars(removeDotSegments(path), PATH_CHARS);
  if (path === '') path = '/';
  else if (path.charCodeAt(0) !== 0x2f) path = `/${path}`;
  let query = parts.query ?? '';
  if (normalize && query !== '') query = encodeInvalidChars(query, QUERY_CHARS);
  if (encodedParams !== '') query = query === '' ? encodedParams : `${query}&${encodedParams}`;
  let fragment = parts.fragment ?? '';
  if (normalize && fragment !== '') fragment = encodeInvalidChars(fragment, QUERY_CHARS);
  let out = `${scheme}://${netloc}${path}`;
  if (query !== '') out += `?${query}`;
  if (fragment !== '') out += `#${fragment}`;
  return requoteUri(out);
}

// `localhost:3000`, `127.0.0.1:8080/get`, `[::1]:80`: a host and a port, not a scheme
// `localhost:` with the path `3000`. Requests passes these through and fails later with "No
// connection adapters were found for 'localhost:3000'"; the missing-scheme hint says more.
const HOST_AND_PORT = /^(?:[a-z0-9][a-z0-9.-]*|\[[0-9a-f:.]+\]):[0-9]+(?:[/?#]|$)/i;

/** `params` as a query string (`''` for none). @throws TypeError for an unsupported type or value. */
function encodeParams(params: ParamsInit | null | undefined): string {
  if (params == null) return '';
  if (typeof params === 'string') return params;
  return encodeForm(params, 'params');
}

/** `userinfo@host:port` with the userinfo escaped, the host normalized and the port checked. */
function prepareNetloc(authority: string | null, url: string, normalize: boolean): string {
  if (!authority) throw new InvalidURL(`Invalid URL '${url}': No host supplied`);
  const at = authority.lastIndexOf('@');
  let userinfo = at === -1 ? '' : authority.slice(0, at);
  const hostPort = at === -1 ? authority : authority.slice(at + 1);
  const colon = hostPort.lastIndexOf(':');
  const bracket = hostPort.lastIndexOf(']');
  const hasPort = colon !== -1 && colon > bracket;
  const host = hasPort ? hostPort.slice(0, colon) : hostPort;
  if (host === '') throw new InvalidURL(`Invalid URL '${url}': No host supplied`);
  const port = hasPort ? preparePort(hostPort.slice(colon + 1), url) : '';
  if (normalize && userinfo !== '') userinfo = encodeInvalidChars(userinfo, USERINFO_CHARS);
  const netloc = normalize ? normalizeHost(host, url) : host;
  return `${userinfo === '' ? '' : `${userinfo}@`}${netloc}${port === '' ? '' : `:${port}`}`;
}

/** The port without leading zeros (`''` for an empty one). @throws InvalidURL when not 0–65535. */
function preparePort(port: string, url: string): string {
  if (port === '') return '';
  if (!/^[0-9]{1,10}$/.test(port)) throw failedToParse(url);
  const value = Number(port);
  if (value > 65535) throw failedToParse(url);
  return String(value);
}

/** @throws InvalidURL for CR, LF, NUL or another control character (they would split the request line). */
function checkControlChars(url: string): void {
  for (let i = 0; i < url.length; i++) {
    const c = url.charCodeAt(i);
    if (c < 0x20 || c === 0x7f) {
      throw new InvalidURL(`Invalid URL ${JSON.stringify(url)}: URL can't contain control characters`);
    }
  }
}
