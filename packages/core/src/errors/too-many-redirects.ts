import { brand } from './brand.js';
import { RequestException } from './request-exception.js';

/**
 * More redirects than `maxRedirects` allows.
 * @example
 * await using s = new Session({ maxRedirects: 2 });
 * await s.get('https://httpbin.org/redirect/5').catch((error) => {
 *   if (error instanceof TooManyRedirects) console.log(error.response?.headers.get('location'));
 * });
 */
export class TooManyRedirects extends RequestException {
  /** The class's name as stack traces and `console.log` show it: `'TooManyRedirects'`. */
  override name: string = 'TooManyRedirects';
}
brand(TooManyRedirects, 'TooManyRedirects');
