import { brand } from './brand.js';
import { InvalidURL } from './invalid-url.js';

/**
 * The proxy URL is not valid.
 * @example
 * await requests.get('https://httpbin.org/get', { proxies: { https: 'http://' } }).catch((error) => {
 *   if (error instanceof InvalidProxyURL) console.log(error.message);
 * });
 */
export class InvalidProxyURL extends InvalidURL {
  /** The class's name, `'InvalidProxyURL'`, shown in stack traces and `String(error)`. */
  override name: string = 'InvalidProxyURL';
}
brand(InvalidProxyURL, 'InvalidProxyURL');
