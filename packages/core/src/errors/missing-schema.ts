import { brand } from './brand.js';
import { RequestException } from './request-exception.js';

/**
 * The URL has no scheme (http:// or https://).
 * @example
 * await requests.get('example.org/path').catch((error) => {
 *   if (error instanceof MissingSchema) console.log(error.message); // Invalid URL 'example.org/path': No scheme supplied…
 * });
 */
export class MissingSchema extends RequestException {
  /** The class's name as stack traces and `console.log` show it: `'MissingSchema'`. */
  override name: string = 'MissingSchema';
}
brand(MissingSchema, 'MissingSchema');
