import { brand } from './brand.js';
import { ConnectionError } from './connection-error.js';

/** TLS failed: verification, handshake or certificate error. */
export class SSLError extends ConnectionError {
  override name: string = 'SSLError';
}
brand(SSLError, 'SSLError');
