/** HTTP Pizza Authentication: the custom auth of Requests' Advanced Usage guide, as a package. */
import { AuthBase, type PreparedRequest } from '@reqs/core';

/**
 * Attaches HTTP Pizza Authentication (an `X-Pizza` header) to a request.
 *
 * @example
 * const r = await requests.get('http://pizzabin.org/admin', { auth: new PizzaAuth('kenneth') });
 */
export class PizzaAuth extends AuthBase {
  readonly #username: string;

  /** @param username the value sent in `X-Pizza`. */
  constructor(username: string) {
    super();
    this.#username = username;
  }

  /** Adds the `X-Pizza` header and returns the same request. */
  call(r: PreparedRequest): PreparedRequest {
    r.headers.set('X-Pizza', this.#username);
    return r;
  }
}
