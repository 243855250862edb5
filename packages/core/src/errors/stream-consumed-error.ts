import { brand } from './brand.js';
import { RequestException } from './request-exception.js';

/** The body has already been read by a stream. */
export class StreamConsumedError extends RequestException {
  override name: string = 'StreamConsumedError';
}
brand(StreamConsumedError, 'StreamConsumedError');
