import { brand } from './brand.js';
import { RequestException } from './request-exception.js';

/**
 * The server declared a chunked or sized body and sent less, or malformed chunks.
 * @example
 * try {
 *   await requests.get('https://httpbin.org/bytes/65536');
 * } catch (error) {
 *   if (error instanceof ChunkedEncodingError) console.log('the body was cut short; try again');
 * }
 */
export class ChunkedEncodingError extends RequestException {
  /** The class's name, `'ChunkedEncodingError'`, shown in stack traces and `String(error)`. */
  override name: string = 'ChunkedEncodingError';
}
brand(ChunkedEncodingError, 'ChunkedEncodingError');
