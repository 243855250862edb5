import { brand } from './brand.js';
import { ConnectionError } from './connection-error.js';

/**
 * TLS failed: verification, handshake or certificate error.
 * @example
 * await requests.get('https://self-signed.badssl.com/').catch((error) => {
 *   if (error instanceof SSLError) console.log('TLS failed:', error.message); // or pass `verify: '/path/to/ca.pem'`
 * });
 */
export class SSLError extends ConnectionError {
  /** The class's name as stack traces and `console.log` show it: `'SSLError'`. */
  override name: string = 'SSLError';
}
brand(SSLError, 'SSLError');
