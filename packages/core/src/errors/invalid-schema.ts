import { brand } from './brand.js';
import { RequestException } from './request-exception.js';

/** The URL's scheme has no adapter, or is not allowed here. */
export class InvalidSchema extends RequestException {
  override name: string = 'InvalidSchema';
}
brand(InvalidSchema, 'InvalidSchema');
