import { brand } from './brand.js';
import { RequestException } from './request-exception.js';

/**
 * A valid URL is required to make a request.
 * @example
 * const url = process.env.API_URL; // unset: undefined, reaching reqs through a cast or from JavaScript
 * await requests.get(url as string).catch((error) => {
 *   if (error instanceof URLRequired) console.log(error.message);
 * });
 */
export class URLRequired extends RequestException {
  /** The class's name as stack traces and `console.log` show it: `'URLRequired'`. */
  override name: string = 'URLRequired';
}
brand(URLRequired, 'URLRequired');
