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

/**
 * The response body is not valid JSON (from `Response.json()`).
 * @example
 * const r = await requests.get('https://httpbin.org/html');
 * try {
 *   r.json();
 * } catch (error) {
 *   if (error instanceof JSONDecodeError) console.log(error.pos, error.doc.slice(0, 20));
 * }
 */
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
