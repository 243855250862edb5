import { brand } from './brand.js';
import { RequestException } from './request-exception.js';

/** The `json` body cannot be serialized (NaN, Infinity, cycles, BigInt). */
export class InvalidJSONError extends RequestException {
  override name: string = 'InvalidJSONError';
}
brand(InvalidJSONError, 'InvalidJSONError');
