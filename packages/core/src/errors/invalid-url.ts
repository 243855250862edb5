import { brand } from './brand.js';
import { RequestException } from './request-exception.js';

/**
 * The URL is not valid.
 * @example
 * await requests.get('http://exa mple.org/').catch((error) => {
 *   if (error instanceof InvalidURL) console.log(error.message);
 * });
 */
export class InvalidURL extends RequestException {
  /** The class's name, `'InvalidURL'`, shown in stack traces and `String(error)`. */
  override name: string = 'InvalidURL';
}
brand(InvalidURL, 'InvalidURL');
