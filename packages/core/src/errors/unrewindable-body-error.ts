import { brand } from './brand.js';
import { RequestException } from './request-exception.js';

/** The request body cannot be sent again (a redirect or auth retry needs it). */
export class UnrewindableBodyError extends RequestException {
  override name: string = 'UnrewindableBodyError';
}
brand(UnrewindableBodyError, 'UnrewindableBodyError');
