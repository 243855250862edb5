import { brand } from './brand.js';
import { InvalidURL } from './invalid-url.js';

/** The proxy URL is not valid. */
export class InvalidProxyURL extends InvalidURL {
  override name: string = 'InvalidProxyURL';
}
brand(InvalidProxyURL, 'InvalidProxyURL');
