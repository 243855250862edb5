/** The absolute URL a `Location` points to (the URL steps of Requests' resolve_redirects). */
import { InvalidURL, requoteUri } from '@reqs/core';

/**
 * Where a redirect goes, and the fragment to carry on: what {@link resolveRedirectUrl} returns.
 * @example
 * const { url, fragment }: RedirectUrl = resolveRedirectUrl('//cdn.example.org/a', 'https://example.org/x#top', 'top');
 * // url: 'https://cdn.example.org/a#top', fragment: 'top'
 */
export interface RedirectUrl {
  /** The absolute, re-quoted URL of the next hop, with the fragment in force. */
  url: string;
  /** The fragment in force for later hops (`''` for none). */
  fragment: string;
}

const HAS_AUTHORITY = /^[a-z][a-z0-9+.-]*:\/\//i;

/**
 * Resolves `location` against `base` (the URL of the redirect response):
 * 1. scheme-relative (`//host/x`) takes the scheme of `base`;
 * 2. a `Location` without a fragment keeps `previousFragment` (RFC 9110 §10.2.2); one with a
 *    fragment replaces it for later hops;
 * 3. relative references (`/x`, `x`, `?q`) resolve against `base`; the result is re-quoted
 *    (percent-encoding what is not allowed, as Requests' `requote_uri`).
 *
 * @throws InvalidURL when `location` cannot be resolved into a URL.
 * @example
 * resolveRedirectUrl('/b', 'http://h/a#top', 'top'); // { url: 'http://h/b#top', fragment: 'top' }
 */
export function resolveRedirectUrl(location: string, base: string, previousFragment: string): RedirectUrl {
  let url = location.trim();
  if (url.startsWith('//')) url = `${base.slice(0, base.indexOf(':'))}:${url}`;
  let fragment = previousFragment;
  const hash = url.indexOf('#');
  const withoutFragment = hash === -1 ? url : url.slice(0, hash);
  const own = hash === -1 ? '' : url.slice(hash + 1);
  if (own !== '') fragment = own;
  url = fragment === '' ? withoutFragment : `${withoutFragment}#${fragment}`;
  if (HAS_AUTHORITY.test(url)) return { url: requoteUri(url), fragment };
  try {
    return { url: new URL(requoteUri(url), base).href, fragment };
  } catch (error) {
    throw new InvalidURL(`Invalid redirect URL '${location}' (from ${base})`, { cause: error });
  }
}
