/**
 * `requests.auth`: the auth base class and the built-in schemes.
 * @example
 * ```ts
 * import { auth, get } from 'reqs';
 *
 * const r = await get('https://httpbin.org/basic-auth/user/pass', {
 *   auth: new auth.HTTPBasicAuth('user', 'pass'),
 * });
 * ```
 */
export { HTTPBasicAuth, HTTPDigestAuth, HTTPProxyAuth } from '@reqs/auth';
export { AuthBase } from '@reqs/core';
