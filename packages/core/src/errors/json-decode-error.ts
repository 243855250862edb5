import { brand } from './brand.js';
import { InvalidJSONError } from './invalid-json-error.js';
import type { RequestExceptionOptions } from './request-exception.js';

/** Options of a JSONDecodeError: where parsing failed, besides the usual context. */
export interface JSONDecodeErrorOptions extends RequestExceptionOptions {
  /** The text that failed to parse. */
  doc?: string;
  /** The offset in `doc` where parsing failed. */
  pos?: number;
}

/** The response body is not valid JSON (from `Response.json()`). */
export class JSONDecodeError extends InvalidJSONError {
  override name: string = 'JSONDecodeError';
  /** The text that failed to parse. */
  readonly doc: string;
  /** The offset in `doc` where parsing failed. */
  readonly pos: number;

  constructor(message = '', options: JSONDecodeErrorOptions = {}) {
    super(message, options);
    this.doc = options.doc ?? '';
    this.pos = options.pos ?? 0;
  }
}
brand(JSONDecodeError, 'JSONDecodeError');
