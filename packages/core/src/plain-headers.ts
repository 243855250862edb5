/** The headers of a request or response without their bracket-access view, for library code on the hot path. */
import { type CaseInsensitiveDict, plainDict } from './case-insensitive-dict.js';
import { type PreparedRequest, preparedHeadersOf } from './prepared-request.js';
import { type Response, responseHeadersOf } from './response.js';

/**
 * The header dict of `message` itself, not the bracket-access view its `headers` getter hands
 * out: the same entries (changes show through both ways), reached without a `Proxy` trap per
 * call and without creating the view. For adapters, sessions and auth code that touch headers
 * on every request; users keep `message.headers`. A request or response of another copy of
 * `@reqs/core` is answered through its `headers`.
 *
 * @example
 * for (const [name, value] of plainHeaders(request)) out.push(name, value);
 */
export function plainHeaders(message: PreparedRequest | Response): CaseInsensitiveDict<string> {
  return preparedHeadersOf(message) ?? responseHeadersOf(message) ?? plainDict(message.headers);
}
