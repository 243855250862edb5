import type { PreparedRequest } from './prepared-request.js';

/**
 * The base class of authentication schemes: `call` adds credentials to a prepared request
 * (and may register response hooks, as Digest does to answer a challenge).
 *
 * @example
 * class PizzaAuth extends AuthBase {
 *   constructor(private readonly username: string) { super() }
 *   call(r: PreparedRequest) { r.headers.set('X-Pizza', this.username); return r }
 * }
 */
export abstract class AuthBase {
  /**
   * Adds the credentials to `r` (headers, URL, hooks) and returns the request to send.
   *
   * @example
   * ```ts
   * const auth = new HTTPBasicAuth('user', 'pass');
   * const signed = auth.call(s.prepareRequest(new Request('GET', 'https://httpbin.org/basic-auth/user/pass')));
   * console.log(signed.headers.get('Authorization')); // 'Basic dXNlcjpwYXNz'
   * ```
   */
  abstract call(r: PreparedRequest): PreparedRequest;
}

/**
 * A function that authenticates a prepared request, as Requests accepts callables.
 * @example
 * const bearer: AuthCallable = (p) => {
 *   p.headers.set('Authorization', `Bearer ${process.env.API_TOKEN}`);
 *   return p;
 * };
 * await requests.get('https://httpbin.org/bearer', { auth: bearer });
 */
export type AuthCallable = (r: PreparedRequest) => PreparedRequest;

/**
 * What `auth` accepts: `[user, pass]` means HTTP Basic.
 * @example
 * const basic: Auth = ['user', 'pass'];
 * const digest: Auth = new HTTPDigestAuth('user', 'pass');
 * await requests.get('https://httpbin.org/basic-auth/user/pass', { auth: basic });
 */
export type Auth = readonly [username: string, password: string] | AuthBase | AuthCallable;
