import { brand } from './brand.js';
import { RequestException } from './request-exception.js';

/** The request timed out. Catching it catches both ConnectTimeout and ReadTimeout. */
export class Timeout extends RequestException {
  override name: string = 'Timeout';
}
brand(Timeout, 'Timeout');
