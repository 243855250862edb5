import { brand } from './brand.js';
import { RequestException } from './request-exception.js';

/** A valid URL is required to make a request. */
export class URLRequired extends RequestException {
  override name: string = 'URLRequired';
}
brand(URLRequired, 'URLRequired');
