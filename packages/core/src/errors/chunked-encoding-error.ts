import { brand } from './brand.js';
import { RequestException } from './request-exception.js';

/** The server declared a chunked or sized body and sent less, or malformed chunks. */
export class ChunkedEncodingError extends RequestException {
  override name: string = 'ChunkedEncodingError';
}
brand(ChunkedEncodingError, 'ChunkedEncodingError');
