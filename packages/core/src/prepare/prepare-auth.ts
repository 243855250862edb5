/** Auth preparation: Basic for pairs, `call` for AuthBase, the function itself otherwise. */
import type { Auth, AuthBase, AuthCallable } from '../auth-base.js';
import { basicAuthHeader } from '../basic-auth-header.js';
import type { PreparedRequest } from '../prepared-request.js';
import { authFromUrl } from './auth-from-url.js';

/**
 * Applies `auth` to `request` and returns the request the scheme returned (usually the same
 * one), or null when there was nothing to apply. Without `auth`, credentials in the URL are
 * sent as HTTP Basic (they stay in the URL, as in Requests; adapters never send userinfo).
 * An `AuthBase` is recognised by its `call` method, not `instanceof`, so that two copies of
 * @reqs/core interoperate.
 *
 * @throws TypeError when `auth` is none of a pair, an object with `call`, or a function.
 */
export function prepareAuth(request: PreparedRequest, auth: Auth | null | undefined): PreparedRequest | null {
  let scheme = auth;
  if (scheme == null) {
    const fromUrl = authFromUrl(request.url);
    if (fromUrl === null || (fromUrl[0] === '' && fromUrl[1] === '')) return null;
    scheme = fromUrl;
  }
  if (typeof scheme === 'function') return (scheme as AuthCallable)(request);
  if (Array.isArray(scheme) && scheme.length === 2) {
    request.headers.set('Authorization', basicAuthHeader(String(scheme[0]), String(scheme[1])));
    return request;
  }
  if (typeof (scheme as Partial<AuthBase>).call === 'function') return (scheme as AuthBase).call(request);
  throw new TypeError(
    'auth must be [username, password], an AuthBase (an object with a call method) or a function',
  );
}
