import { brand } from './brand.js';
import { Timeout } from './timeout.js';

/**
 * The server sent no byte for longer than the read timeout (headers or body).
 * @example
 * try {
 *   await requests.get('https://httpbin.org/delay/10', { timeout: 2_000 });
 * } catch (error) {
 *   if (error instanceof ReadTimeout) console.log('the server went quiet for 2 s');
 * }
 */
export class ReadTimeout extends Timeout {
  /** The class's name as stack traces and `console.log` show it: `'ReadTimeout'`. */
  override name: string = 'ReadTimeout';
}
brand(ReadTimeout, 'ReadTimeout');
