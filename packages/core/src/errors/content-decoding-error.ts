import { brand } from './brand.js';
import { RequestException } from './request-exception.js';

/** The body could not be decoded with its Content-Encoding. */
export class ContentDecodingError extends RequestException {
  override name: string = 'ContentDecodingError';
}
brand(ContentDecodingError, 'ContentDecodingError');
