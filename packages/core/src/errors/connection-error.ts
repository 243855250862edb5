import { brand } from './brand.js';
import { RequestException } from './request-exception.js';

/**
 * A connection could not be made or was lost (refused, reset, DNS failure).
 * @example
 * try {
 *   await requests.get('http://localhost:1/');
 * } catch (error) {
 *   if (error instanceof ConnectionError) console.log(`cannot reach ${error.request?.url}: ${error.message}`);
 * }
 */
export class ConnectionError extends RequestException {
  /** The class's name, `'ConnectionError'`, shown in stack traces and `String(error)`. */
  override name: string = 'ConnectionError';
}
brand(ConnectionError, 'ConnectionError');
