import { brand } from './brand.js';
import { RequestException } from './request-exception.js';

/** The URL is not valid. */
export class InvalidURL extends RequestException {
  override name: string = 'InvalidURL';
}
brand(InvalidURL, 'InvalidURL');
