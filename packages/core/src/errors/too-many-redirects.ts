import { brand } from './brand.js';
import { RequestException } from './request-exception.js';

/**
 * More redirects than `maxRedirects` allows.
 * @example
 * await requests.get('https://httpbin.org/redirect/5', { maxRedirects: 2 }).catch((error) => {
 *   if (error instanceof TooManyRedirects) console.log(error.response?.headers.get('location'));
 * });
 */
export class TooManyRedirects extends RequestException {
  override name: string = 'TooManyRedirects';
}
brand(TooManyRedirects, 'TooManyRedirects');
