import { brand } from './brand.js';
import { RequestException } from './request-exception.js';

/**
 * A header name or value is not valid.
 * @example
 * // Thrown before anything is sent: a header value may not contain a line break.
 * await requests.get('https://httpbin.org/get', { headers: { 'X-Note': 'a\r\nb' } }).catch((error) => {
 *   if (error instanceof InvalidHeader) console.log(error.message);
 * });
 */
export class InvalidHeader extends RequestException {
  /** The class's name, `'InvalidHeader'`, shown in stack traces and `String(error)`. */
  override name: string = 'InvalidHeader';
}
brand(InvalidHeader, 'InvalidHeader');
