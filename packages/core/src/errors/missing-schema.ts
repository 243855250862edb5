import { brand } from './brand.js';
import { RequestException } from './request-exception.js';

/** The URL has no scheme (http:// or https://). */
export class MissingSchema extends RequestException {
  override name: string = 'MissingSchema';
}
brand(MissingSchema, 'MissingSchema');
