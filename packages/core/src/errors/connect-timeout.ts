import { brand } from './brand.js';
import { ConnectionError } from './connection-error.js';

/**
 * No connection within the connect timeout: safe to retry. Also `instanceof Timeout`.
 * @example
 * try {
 *   await requests.get('http://10.255.255.1/', { timeout: { connect: 2_000, read: 30_000 } });
 * } catch (error) {
 *   if (error instanceof ConnectTimeout) console.log('no connection in 2 s: nothing was sent');
 * }
 */
export class ConnectTimeout extends ConnectionError {
  /** The class's name, `'ConnectTimeout'`, shown in stack traces and `String(error)`. */
  override name: string = 'ConnectTimeout';
}
brand(ConnectTimeout, 'ConnectTimeout', 'Timeout');
