/** Method preparation: upper-cased and checked to be an RFC 9110 token. */
import { InvalidHeader } from '../errors/invalid-header.js';
import { isToken } from './http-token.js';

/**
 * The method upper-cased, as Requests does; `''` when none is given.
 *
 * @throws InvalidHeader when the method is not an RFC 9110 token: it would corrupt the
 *   request line just as a bad header name would corrupt the header section (docs/reference/divergences.md#security).
 * @example
 * prepareMethod('get'); // 'GET'
 */
export function prepareMethod(method: string | null | undefined): string {
  if (method == null) return '';
  const upper = method.toUpperCase();
  if (!isToken(upper)) {
    throw new InvalidHeader(`Invalid method ${JSON.stringify(method)}: a method must be an RFC 9110 token`);
  }
  return upper;
}
