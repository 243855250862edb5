import { brand } from './brand.js';
import { RequestException } from './request-exception.js';

/**
 * The body could not be decoded with its Content-Encoding.
 * @example
 * try {
 *   await requests.get('https://httpbin.org/gzip');
 * } catch (error) {
 *   if (error instanceof ContentDecodingError) console.log('the body is not valid gzip', error.cause);
 * }
 */
export class ContentDecodingError extends RequestException {
  /** The class's name, `'ContentDecodingError'`, shown in stack traces and `String(error)`. */
  override name: string = 'ContentDecodingError';
}
brand(ContentDecodingError, 'ContentDecodingError');
