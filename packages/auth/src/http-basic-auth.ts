/** HTTPBasicAuth: HTTP Basic authentication (RFC 7617), as Requests' `HTTPBasicAuth`. */
import { basicAuthHeader, type PreparedRequest } from '@reqs/core';
import { CredentialsAuth } from './credentials-auth.js';

/**
 * Sends `Authorization: Basic base64(username:password)` with every request. The credentials
 * are encoded as latin-1 when every character fits, else as UTF-8, as Requests does.
 *
 * @example
 * await requests.get('https://httpbin.org/basic-auth/user/pass', { auth: new HTTPBasicAuth('user', 'pass') });
 * // the same as { auth: ['user', 'pass'] }
 */
export class HTTPBasicAuth extends CredentialsAuth {
  /**
   * Sets the `Authorization` header.
   * @example
   * const prepared = new Request('GET', 'https://httpbin.org/get').prepare();
   * new HTTPBasicAuth('user', 'pass').call(prepared);
   * console.log(prepared.headers.get('authorization')); // 'Basic dXNlcjpwYXNz'
   */
  call(r: PreparedRequest): PreparedRequest {
    r.headers.set('Authorization', basicAuthHeader(this.username, this.password));
    return r;
  }
}
