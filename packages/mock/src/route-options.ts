/** How a mock route is matched besides its method and URL, and how often it answers. */
import type { PreparedRequest, Scalar } from '@reqs/core';

/**
 * Query parameters or form fields to match: an array value is every value of a repeated key.
 * @example
 * mock.get('https://api.test/items', { json: [] }, { query: { tag: ['a', 'b'], page: 1 } });
 */
export type MockParams = Readonly<Record<string, Scalar | readonly Scalar[]>>;

/**
 * Options of a route: extra matchers, and `times` / `persist`.
 * @example
 * mock.post('https://api.test/search', { json: { hits: [] } }, { query: { page: '1' }, headers: { Authorization: /^Bearer / }, times: 2 });
 */
export interface MockRouteOptions {
  /**
   * Query parameters the URL must carry (others may be present too): `{ q: 'x', tag: ['a', 'b'] }`,
   * a query string, or `URLSearchParams`. Order is not significant.
   */
  readonly query?: MockParams | URLSearchParams | string;
  /**
   * Request headers (names in any casing): a string must be equal, a RegExp must match,
   * `null` means the header must be absent.
   */
  readonly headers?: Readonly<Record<string, string | RegExp | null>>;
  /** The request body parsed as JSON must deep-equal this value. */
  readonly json?: unknown;
  /** The request body: equal to a string or bytes, matching a RegExp (as UTF-8 text), or accepted by a function. */
  readonly body?: string | Uint8Array | RegExp | ((body: Uint8Array) => boolean);
  /** The request body parsed as `application/x-www-form-urlencoded` must hold exactly these fields. */
  readonly form?: MockParams;
  /** Any other condition on the prepared request. */
  readonly match?: (request: PreparedRequest) => boolean;
  /**
   * How many requests the route answers before it stops matching (default: unlimited for one
   * answer, the sequence's length for a sequence, whose last answer repeats up to `times`).
   */
  readonly times?: number;
  /** Answer forever; a sequence repeats its last answer. Not with `times`. */
  readonly persist?: boolean;
}
