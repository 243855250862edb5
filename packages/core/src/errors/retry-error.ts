import { brand } from './brand.js';
import { RequestException } from './request-exception.js';

/** Retries are exhausted; `cause` holds the last error, `response` the last response. */
export class RetryError extends RequestException {
  override name: string = 'RetryError';
}
brand(RetryError, 'RetryError');
