import { brand } from './brand.js';
import { RequestException } from './request-exception.js';

/**
 * The URL's scheme has no adapter, or is not allowed here.
 * @example
 * await requests.get('ftp://example.org/file').catch((error) => {
 *   if (error instanceof InvalidSchema) console.log(error.message); // No connection adapters were found for 'ftp://example.org/file'
 * });
 */
export class InvalidSchema extends RequestException {
  /** The class's name, `'InvalidSchema'`, shown in stack traces and `String(error)`. */
  override name: string = 'InvalidSchema';
}
brand(InvalidSchema, 'InvalidSchema');
