import { brand } from './brand.js';
import { RequestException } from './request-exception.js';

/** More redirects than `maxRedirects` allows. */
export class TooManyRedirects extends RequestException {
  override name: string = 'TooManyRedirects';
}
brand(TooManyRedirects, 'TooManyRedirects');
