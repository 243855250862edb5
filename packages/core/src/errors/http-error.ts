import { brand } from './brand.js';
import { RequestException } from './request-exception.js';

/** An HTTP error status, raised by `Response.raiseForStatus()`. */
export class HTTPError extends RequestException {
  override name: string = 'HTTPError';
}
brand(HTTPError, 'HTTPError');
