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
  abstract call(r: PreparedRequest): PreparedRequest;
}

/** A function that authenticates a prepared request, as Requests accepts callables. */
export type AuthCallable = (r: PreparedRequest) => PreparedRequest;

/** What `auth` accepts: `[user, pass]` means HTTP Basic. */
export type Auth = readonly [username: string, password: string] | AuthBase | AuthCallable;
