/** prependSchemeIfNeeded: give a scheme-less URL one (Requests' utils.prepend_scheme_if_needed). */
import { splitUrl } from './prepare/split-url.js';

// urllib3's test for "this URL starts with a scheme": letters, digits, `+` and `-` (no dot,
// so `example.com:80` is a host and port), or a leading slash.
const STARTS_WITH_SCHEME = /^(?:[a-zA-Z][a-zA-Z0-9+-]*:|\/)/;
// `localhost:8080`, `proxy:`, `user:pass@host`: a host and port or credentials, not a scheme
// (see the deviation below).
const HOST_AND_PORT = /^[a-zA-Z][a-zA-Z0-9+-]*:(?:[0-9]+(?:[/?#]|$)|$|[^/?#@]*@)/;

/**
 * `url` with `newScheme` in front when it has no scheme of its own; a scheme it has is never
 * replaced. Credentials, port, path, query and fragment are kept; the scheme and host are
 * lower-cased (as urllib3's parser does). As in Requests, a URL without `//` gets one
 * (`example.com/path` → `http://example.com/path`, `//example.com` → `http://example.com`).
 *
 * Deviation: Requests reads `localhost:8080` as the scheme `localhost` and returns
 * `localhost://8080` (and `user:pass@host` as `user://pass@host`); here a name followed by
 * `:` and digits only is a host and port (`http://localhost:8080`), and a `:` before an `@`
 * separates credentials (`http://user:pass@host`).
 *
 * @example
 * prependSchemeIfNeeded('example.com:80', 'http'); // 'http://example.com:80'
 * prependSchemeIfNeeded('https://example.com/', 'http'); // 'https://example.com/'
 */
export function prependSchemeIfNeeded(url: string, newScheme: string): string {
  const hasScheme = STARTS_WITH_SCHEME.test(url) && !HOST_AND_PORT.test(url);
  const parts = splitUrl(hasScheme ? url : `//${url}`);
  let netloc = parts.authority ?? '';
  let path = parts.path;
  // As Requests: with no authority, what was parsed as the path is taken for the host.
  if (netloc === '') [netloc, path] = [path, ''];
  const scheme = (parts.scheme ?? newScheme).toLowerCase();
  return unsplit(scheme, lowerHost(netloc), path, parts.query, parts.fragment);
}

/** `user:pass@Host:80` → `user:pass@host:80`: the userinfo keeps its case. */
function lowerHost(netloc: string): string {
  const at = netloc.lastIndexOf('@');
  return netloc.slice(0, at + 1) + netloc.slice(at + 1).toLowerCase();
}

/** Python's `urlunparse` for a URL with a network location (empty query and fragment dropped). */
function unsplit(
  scheme: string,
  netloc: string,
  path: string,
  query: string | null,
  fragment: string | null,
): string {
  const slash = path !== '' && !path.startsWith('/') ? '/' : '';
  let url = `${scheme}://${netloc}${slash}${path}`;
  if (query) url += `?${query}`;
  if (fragment) url += `#${fragment}`;
  return url;
}
