import { brand } from './brand.js';
import { RequestException } from './request-exception.js';

/**
 * The request body cannot be sent again (a redirect or auth retry needs it).
 * @example
 * // A one-shot body meets a 307 redirect, which must send it again:
 * const body = Readable.from([Buffer.from('data')]);
 * await requests.post('https://httpbin.org/redirect-to?url=/post&status_code=307', { data: body }).catch((error) => {
 *   if (error instanceof UnrewindableBodyError) console.log(error.message);
 * });
 */
export class UnrewindableBodyError extends RequestException {
  /** The class's name as stack traces and `console.log` show it: `'UnrewindableBodyError'`. */
  override name: string = 'UnrewindableBodyError';
}
brand(UnrewindableBodyError, 'UnrewindableBodyError');
