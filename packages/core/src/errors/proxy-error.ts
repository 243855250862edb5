import { brand } from './brand.js';
import { ConnectionError } from './connection-error.js';

/**
 * The proxy refused or failed the connection.
 * @example
 * await requests.get('https://httpbin.org/get', { proxies: { https: 'http://localhost:1' } }).catch((error) => {
 *   if (error instanceof ProxyError) console.log('the proxy failed:', error.message);
 * });
 */
export class ProxyError extends ConnectionError {
  /** The class's name as stack traces and `console.log` show it: `'ProxyError'`. */
  override name: string = 'ProxyError';
}
brand(ProxyError, 'ProxyError');
