import { brand } from './brand.js';
import { RequestException } from './request-exception.js';

/** A header name or value is not valid. */
export class InvalidHeader extends RequestException {
  override name: string = 'InvalidHeader';
}
brand(InvalidHeader, 'InvalidHeader');
