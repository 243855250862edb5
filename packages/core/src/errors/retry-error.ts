import { brand } from './brand.js';
import { RequestException } from './request-exception.js';

/**
 * Retries are exhausted; `cause` holds the last error, `response` the last response.
 * @example
 * const s = new Session();
 * s.mount('https://', new HTTPAdapter({ maxRetries: new Retry({ total: 2, statusForcelist: [503] }) }));
 * try {
 *   await s.get('https://httpbin.org/status/503');
 * } catch (error) {
 *   if (error instanceof RetryError) console.log(error.response?.statusCode, error.cause); // the last answer
 * }
 */
export class RetryError extends RequestException {
  /** The class's name as stack traces and `console.log` show it: `'RetryError'`. */
  override name: string = 'RetryError';
}
brand(RetryError, 'RetryError');
