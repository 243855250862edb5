import { brand } from './brand.js';
import { ConnectionError } from './connection-error.js';

/** No connection within the connect timeout: safe to retry. Also `instanceof Timeout`. */
export class ConnectTimeout extends ConnectionError {
  override name: string = 'ConnectTimeout';
}
brand(ConnectTimeout, 'ConnectTimeout', 'Timeout');
