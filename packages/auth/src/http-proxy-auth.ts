/** HTTPProxyAuth: Basic credentials for a proxy, as Requests' `HTTPProxyAuth`. */
import { basicAuthHeader, type PreparedRequest } from '@reqs/core';
import { HTTPBasicAuth } from './http-basic-auth.js';

/**
 * Sends `Proxy-Authorization: Basic …` (for the proxy, never forwarded to the origin).
 * Usually unnecessary: credentials in the proxy URL (`http://user:pass@proxy:3128`) do the same.
 *
 * @example
 * await requests.get(url, { proxies: { http: 'http://proxy:3128' }, auth: new HTTPProxyAuth('user', 'pass') });
 */
export class HTTPProxyAuth extends HTTPBasicAuth {
  /**
   * Sets the `Proxy-Authorization` header.
   * @example
   * const prepared = new Request('GET', 'http://example.org/').prepare();
   * new HTTPProxyAuth('user', 'pass').call(prepared);
   * console.log(prepared.headers.get('proxy-authorization')); // 'Basic dXNlcjpwYXNz'
   */
  override call(r: PreparedRequest): PreparedRequest {
    r.headers.set('Proxy-Authorization', basicAuthHeader(this.username, this.password));
    return r;
  }
}
