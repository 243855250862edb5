import { brand } from './brand.js';
import { RequestException } from './request-exception.js';

/**
 * The request timed out. Catching it catches both ConnectTimeout and ReadTimeout.
 * @example
 * try {
 *   await requests.get('https://httpbin.org/delay/5', { timeout: 1_000 });
 * } catch (error) {
 *   if (error instanceof Timeout) console.log('connect or read timed out');
 * }
 */
export class Timeout extends RequestException {
  /** The class's name as stack traces and `console.log` show it: `'Timeout'`. */
  override name: string = 'Timeout';
}
brand(Timeout, 'Timeout');
