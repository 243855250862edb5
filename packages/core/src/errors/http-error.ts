import { brand } from './brand.js';
import { RequestException } from './request-exception.js';

/**
 * An HTTP error status, raised by `Response.raiseForStatus()`.
 * @example
 * try {
 *   (await requests.get('https://httpbin.org/status/500')).raiseForStatus();
 * } catch (error) {
 *   if (error instanceof HTTPError) console.log(error.message, error.response?.statusCode);
 * }
 */
export class HTTPError extends RequestException {
  /** The class's name, `'HTTPError'`, shown in stack traces and `String(error)`. */
  override name: string = 'HTTPError';
}
brand(HTTPError, 'HTTPError');
