import { brand } from './brand.js';
import { RequestException } from './request-exception.js';

/** A connection could not be made or was lost (refused, reset, DNS failure). */
export class ConnectionError extends RequestException {
  override name: string = 'ConnectionError';
}
brand(ConnectionError, 'ConnectionError');
