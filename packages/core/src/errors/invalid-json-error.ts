import { brand } from './brand.js';
import { RequestException } from './request-exception.js';

/**
 * The `json` body cannot be serialized (NaN, Infinity, cycles, BigInt).
 * @example
 * await requests.post('https://httpbin.org/post', { json: { ratio: Number.NaN } }).catch((error) => {
 *   if (error instanceof InvalidJSONError) console.log(error.message); // NaN is not JSON
 * });
 */
export class InvalidJSONError extends RequestException {
  /** The class's name, `'InvalidJSONError'`, shown in stack traces and `String(error)`. */
  override name: string = 'InvalidJSONError';
}
brand(InvalidJSONError, 'InvalidJSONError');
